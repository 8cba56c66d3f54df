import { afterEach, describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../shared/contract';
import { createTestCore, LOCAL_TEMPLATE } from '../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
const core = () => {
  const c = createTestCore();
  cores.push(c);
  return c;
};
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

describe('the API contract', () => {
  it('declares every method with an input and an output schema, named domain.verbNoun', () => {
    for (const name of METHOD_NAMES) {
      expect(name).toMatch(/^[a-z]+\.[a-z][A-Za-z]+$/);
      expect(contract[name].input).toBeDefined();
      expect(contract[name].output).toBeDefined();
    }
  });

  it.each([
    ['reports.create', { templateId: LOCAL_TEMPLATE, agency: '', year: 2024, reportDate: null }, /请填写单位名称/],
    ['reports.create', { templateId: LOCAL_TEMPLATE, agency: '某局', year: 20245, reportDate: null }, /年度不能晚于/],
    ['reports.create', { templateId: LOCAL_TEMPLATE, agency: '某局', year: 2024, reportDate: '2025-02-30' }, /日期不存在/],
    ['reports.create', { templateId: LOCAL_TEMPLATE, agency: '某局', year: 2024, reportDate: null, extra: 1 }, /extra/],
    ['sections.save', { id: 'x', content: { root: { type: 'paragraph' } }, baseRevision: 0 }, /root/],
    ['sections.rename', { id: 'x', heading: '   ', baseRevision: 0 }, /标题不能为空/],
    ['reports.get', { id: '../../etc/passwd' }, /编号格式不正确/],
    ['reports.get', 'not an object', /输入不正确/],
  ])('%s refuses invalid input with a Chinese message and changes nothing', async (method, input, message) => {
    const c = core();
    const result = await c.call(method, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(message);
    }
    expect(await c.invoke('reports.list', {})).toEqual([]);
  });

  it('refuses an unknown method', async () => {
    const result = await core().call('reports.dropAll', {});
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '未知的操作：reports.dropAll' } });
  });

  it('answers a missing record with NOT_FOUND', async () => {
    const result = await core().call('reports.get', { id: 'nope' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, LOCAL_TEMPLATE } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
const core = () => {
  const c = createTestCore();
  cores.push(c);
  return c;
};
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

describe('template library', () => {
  it('lists the built-in templates', async () => {
    const list = await core().invoke('templates.list', {});
    expect(
      list
        .filter((t) => t.builtin)
        .map((t) => t.id)
        .sort(),
    ).toEqual(['fazhi-annual-department', 'fazhi-annual-local', 'fazhi-work-plan', 'fazhi-work-points', 'gov-info-annual', 'yifa-report']);
  });

  it('copies a built-in template, edits it and saves it as the user own', async () => {
    const c = core();
    const copy = await c.invoke('templates.copy', { id: LOCAL_TEMPLATE, name: '某县法治政府报告' });
    expect(copy.id).toBe('fazhi-annual-local-copy');
    const edited = {
      ...copy,
      parts: [
        ...copy.parts,
        { id: 'suggestions', heading: '对上级加强法治政府建设的意见建议', required: true, guidance: { summary: '本省要求增加的部分。' } },
      ],
    };
    await c.invoke('templates.save', { template: edited });
    const again = await c.invoke('templates.get', { id: copy.id });
    expect(again.parts.map((p) => p.id).at(-1)).toBe('suggestions');
    expect((await c.invoke('templates.list', {})).find((t) => t.id === copy.id)).toMatchObject({ builtin: false, partCount: 6 });
    const report = await c.invoke('reports.create', { templateId: copy.id, agency: '某县人民政府', year: 2024, reportDate: null });
    expect(report.sections.filter((s) => s.kind === 'part')).toHaveLength(6);
  });

  it('never overwrites or deletes a built-in template', async () => {
    const c = core();
    const builtin = await c.invoke('templates.get', { id: LOCAL_TEMPLATE });
    await expect(c.invoke('templates.save', { template: { ...builtin, name: '改' } })).rejects.toThrow(/内置模板不能修改/);
    await expect(c.invoke('templates.delete', { id: LOCAL_TEMPLATE })).rejects.toThrow(/内置模板不能删除/);
    expect((await c.invoke('templates.get', { id: LOCAL_TEMPLATE })).name).toBe(builtin.name);
  });

  it('exports a template to a file and imports it again on another database', async () => {
    const file = await core().invoke('templates.exportFile', { id: 'yifa-report' });
    expect(file.fileName).toBe('依法行政工作报告.nianbao-template.json');
    const other = core();
    const imported = await other.invoke('templates.importFile', { content: decode(file.base64) });
    // The built-in id is taken, so the import gets a fresh one and nothing is overwritten.
    expect(imported.id).toBe('yifa-report-copy');
    expect(imported.parts).toEqual((await other.invoke('templates.get', { id: 'yifa-report' })).parts);
    const again = await other.invoke('templates.importFile', { content: decode(file.base64) });
    expect(again.id).toBe('yifa-report-copy-2');
  });

  it('refuses a malformed template file with a message that names the field', async () => {
    const c = core();
    const good = JSON.parse(decode((await c.invoke('templates.exportFile', { id: 'yifa-report' })).base64));
    good.parts[1].guidance.summary = '';
    await expect(c.invoke('templates.importFile', { content: JSON.stringify(good) })).rejects.toThrow(
      /parts\[1\]\.guidance\.summary（部分 › 第2项 › 撰写指引 › 概述）/,
    );
    await expect(c.invoke('templates.importFile', { content: '{"schemaVersion": 1,' })).rejects.toThrow(/不是有效的 JSON/);
    await expect(c.invoke('templates.importFile', { content: JSON.stringify({ ...good, schemaVersion: 2 }) })).rejects.toThrow(
      /schemaVersion（格式版本）/,
    );
    expect((await c.invoke('templates.list', {})).filter((t) => !t.builtin)).toEqual([]);
  });
});

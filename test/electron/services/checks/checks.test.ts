import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
function core(dbPath?: string) {
  const c = createTestCore(dbPath);
  cores.push(c);
  return c;
}
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function reportWith(c: ReturnType<typeof core>, measures: string[]) {
  const detail = await c.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '江宁县人民政府',
    year: 2024,
    reportDate: '2025-01-15',
  });
  const byPart = (id: string) => detail.sections.find((s) => s.partId === id)!;
  await saveAtCurrent(c, { id: byPart('measures').id, content: stateFromParagraphs(measures) });
  for (const id of ['leaders', 'shortcomings', 'plans', 'other']) {
    await saveAtCurrent(c, { id: byPart(id).id, content: stateFromParagraphs(['2024年，按要求开展了相关工作。']) });
  }
  return { detail, measuresId: byPart('measures').id };
}

describe('checks.runReport', () => {
  it('finds mistakes in the saved sections, located by section and paragraph', async () => {
    const c = core();
    const { detail, measuresId } = await reportWith(c, ['全县共办理案件37件。', '推进法制政府建设,成效明显。']);
    const { findings, summary } = await c.invoke('checks.runReport', { reportId: detail.report.id });
    const inMeasures = findings.filter((f) => f.sectionId === measuresId).map((f) => [f.rule, f.paragraph, f.start, f.fix]);
    expect(inMeasures).toEqual([
      ['words.confusable', 1, 2, '法治'],
      ['punct.halfwidth', 1, 8, '，'],
    ]);
    expect(summary).toMatchObject({ error: 2, ignored: 0 });
  });

  it('reports an empty mandatory part and a missing date as errors', async () => {
    const c = core();
    const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '某局', year: 2024, reportDate: null });
    const { findings } = await c.invoke('checks.runReport', { reportId: detail.report.id });
    const structure = findings.filter((f) => f.category === '结构').map((f) => f.message);
    expect(structure).toContain('缺少成文日期（如“2025年1月7日”）。');
    expect(structure.filter((m) => m.includes('还没有内容'))).toHaveLength(5);
  });

  it('remembers an ignored finding per report with who and when, and can take it back', async () => {
    const c = core();
    const { detail } = await reportWith(c, ['推进法制政府建设。']);
    const first = await c.invoke('checks.runReport', { reportId: detail.report.id });
    const target = first.findings.find((f) => f.rule === 'words.confusable')!;
    await c.invoke('checks.ignore', {
      reportId: detail.report.id,
      fingerprint: target.fingerprint,
      rule: target.rule,
      excerpt: target.excerpt,
      by: '张三',
    });
    c.close();
    cores.pop();
    const reopened = core(c.dbPath);
    const second = await reopened.invoke('checks.runReport', { reportId: detail.report.id });
    const again = second.findings.find((f) => f.fingerprint === target.fingerprint)!;
    expect(again.ignored?.by).toBe('张三');
    expect(Date.parse(again.ignored!.at)).not.toBeNaN();
    expect(second.summary.error).toBe(first.summary.error - 1);
    expect(second.summary.ignored).toBe(1);
    await reopened.invoke('checks.unignore', { reportId: detail.report.id, fingerprint: target.fingerprint });
    expect((await reopened.invoke('checks.runReport', { reportId: detail.report.id })).summary.ignored).toBe(0);
  });

  it('applies the user lists saved in settings, and refuses bad lists without changing them', async () => {
    const c = core();
    const { detail } = await reportWith(c, ['江宁区人民政府召开会议。']);
    await c.invoke('checks.saveUserLists', { leaders: [], sensitiveTerms: [], confusables: [{ wrong: '江宁区', right: '江宁县' }] });
    const { findings } = await c.invoke('checks.runReport', { reportId: detail.report.id });
    expect(findings.some((f) => f.fix === '江宁县')).toBe(true);
    const bad = await c.call('checks.saveUserLists', { leaders: [{ name: '', title: '县长' }], sensitiveTerms: [], confusables: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await c.invoke('checks.getConfig', {})).user.confusables).toEqual([{ wrong: '江宁区', right: '江宁县' }]);
  });

  it('refuses to ignore on a report that does not exist', async () => {
    const r = await core().call('checks.ignore', { reportId: 'nope', fingerprint: 'x', rule: 'r', excerpt: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

import { saveAtCurrent } from '../../../helpers';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { stateFromLines } from '../../../../shared/import/section-content';
import { blockText, stateFromParagraphs, toBlocks } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, REPO_ROOT, tempDir } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const MEASURES = [
  '2025年，某县市场监督管理局深入贯彻《法治政府建设实施纲要（2021—2025年）》，落实厅字〔2019〕28号要求，开展“3·15”“12·4”宣传。',
  '2025年全局行政执法主要数据：办理案件318件，较2024年下降4.5%。',
];
const PLANS = '2026年，我局将继续深化“放管服”改革，力争2027年底前完成。';

/** The 2025 report, then its 2026 successor made by 沿用上年. */
async function rolledOver(dbPath = path.join(tempDir(), 'y.db')) {
  const c = createTestCore(dbPath);
  cores.push(c);
  const detail = await c.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '某县市场监督管理局',
    year: 2025,
    reportDate: '2026-01-10',
  });
  const part = (id: string) => detail.sections.find((s) => s.partId === id)!;
  await saveAtCurrent(c, { id: part('measures').id, content: stateFromParagraphs(MEASURES) });
  await saveAtCurrent(c, {
    id: part('plans').id,
    content: stateFromLines([
      { text: '深化改革', heading: 3 },
      { text: PLANS, heading: null },
    ]),
  });
  const { id } = await c.invoke('rollover.create', { reportId: detail.report.id, year: 2026 });
  return { c, id };
}

const textOf = async (c: ReturnType<typeof createTestCore>, id: string, partId: string) => {
  const s = (await c.invoke('reports.get', { id })).sections.find((x) => x.partId === partId)!;
  return toBlocks(s.content).map(blockText);
};

describe('沿用上年: stale years', () => {
  it('lists every stale year once, never citations, document numbers or event names', async () => {
    const { c, id } = await rolledOver();
    const status = await c.invoke('rollover.status', { reportId: id });
    expect(
      status.staleYears.map((y) => [
        y.paragraph,
        y.text,
        y.replacement,
        y.excerpt.slice(y.start - y.excerptStart, y.start - y.excerptStart + 8),
      ]),
    ).toEqual([
      [0, '2025', '2026', '2025年，某县'],
      [1, '2025', '2026', '2025年全局行'],
      [1, '2024', '2025', '2024年下降4'],
      [1, '2026', '2027', '2026年，我局'],
    ]);
    expect(status.warnings[0]).toContain('4 处年份');
    // The text itself is carried unchanged until the user confirms.
    expect((await textOf(c, id, 'measures'))[0]).toBe(MEASURES[0]);
  });

  it('confirms some mentions; the rest are findings of rollover.stale-year with section and excerpt, in the panel and the CLI', async () => {
    const dbPath = path.join(tempDir(), 'y2.db');
    const { c, id } = await rolledOver(dbPath);
    const status = await c.invoke('rollover.status', { reportId: id });
    const part = status.parts.find((p) => p.heading.includes('主要举措'))!;
    expect(part.state).toBe('stale');
    const after = await c.invoke('rollover.confirmYears', { reportId: id, ids: [status.staleYears[0]!.id, status.staleYears[3]!.id] });
    expect(after.staleYears.map((y) => y.text)).toEqual(['2025', '2024']);
    expect((await textOf(c, id, 'measures'))[0]).toBe(MEASURES[0]!.replace('2025年，', '2026年，'));
    expect((await textOf(c, id, 'plans'))[1]).toBe(PLANS.replace('2026年，', '2027年，'));
    // Moving the years is not rewriting the part: it is still 待更新.
    expect(after.parts.find((p) => p.sectionId === part.sectionId)!.state).toBe('stale');

    const { findings } = await c.invoke('checks.runReport', { reportId: id });
    const stale = findings.filter((f) => f.rule === 'rollover.stale-year');
    expect(stale.map((f) => [f.sectionId, f.paragraph, f.fix, f.excerpt])).toEqual([
      [part.sectionId, 1, '2026', '2025年全局行政执法主'],
      [part.sectionId, 1, '2025', '案件318件，较2024年下降4.5%。'],
    ]);
    c.close();
    cores.length = 0;

    const out: string[] = [];
    const code = await runCli(['check', `report:${id}`, '--json', '--db', dbPath], {
      out: (t) => out.push(t),
      err: () => undefined,
      env: {},
      root: REPO_ROOT,
    });
    expect(code).toBe(0);
    const cli = JSON.parse(out[0]!) as { findings: Array<{ rule: string; excerpt: string; fix: string | null }> };
    expect(cli.findings.filter((f) => f.rule === 'rollover.stale-year').map((f) => f.fix)).toEqual(['2026', '2025']);
  });

  it('全部确认 leaves no stale year and no finding; an ordinary report never has the rule', async () => {
    const { c, id } = await rolledOver();
    const status = await c.invoke('rollover.status', { reportId: id });
    const after = await c.invoke('rollover.confirmYears', { reportId: id, ids: status.staleYears.map((y) => y.id) });
    expect(after.staleYears).toEqual([]);
    expect((await textOf(c, id, 'measures'))[1]).toBe('2026年全局行政执法主要数据：办理案件318件，较2025年下降4.5%。');
    expect((await c.invoke('checks.runReport', { reportId: id })).findings.filter((f) => f.rule === 'rollover.stale-year')).toEqual([]);
    // A stale id (the text changed since) is ignored, not misapplied.
    expect((await c.invoke('rollover.confirmYears', { reportId: id, ids: [status.staleYears[0]!.id] })).staleYears).toEqual([]);

    const source = (await c.invoke('reports.list', {})).find((r) => r.year === 2025)!;
    const own = await c.invoke('checks.runReport', { reportId: source.id });
    expect(own.findings.filter((f) => f.rule === 'rollover.stale-year')).toEqual([]);
  });
});

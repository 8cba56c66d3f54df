import { describe, expect, it } from 'vitest';
import { stateFromLines } from '../../shared/import/section-content';
import { stateFromParagraphs } from '../../shared/rich-text';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

const MEASURES = [
  '2025年，某县市场监督管理局深入贯彻《法治政府建设实施纲要（2021—2025年）》，开展“3·15”宣传。',
  '2025年全局行政执法主要数据：办理案件318件，较2024年下降4.5%。',
];

/** Highlighted ranges of the live check, as the user sees them underlined. */
const underlined = () =>
  app.session.page.evaluate(() => {
    const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
    return [...(registry.get('check-warning') ?? [])].map((r) => r.toString());
  });

describe('沿用上年: the years to move on, end to end', () => {
  it('lists the stale years, confirms one, leaves the rest as findings, then 全部确认', async () => {
    const detail = await post('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '某县市场监督管理局',
      year: 2025,
      reportDate: '2026-01-10',
    });
    const part = (id: string) => detail.sections.find((s: { partId: string }) => s.partId === id).id;
    await post('sections.save', { baseRevision: 0, id: part('measures'), content: stateFromParagraphs(MEASURES) });
    await post('sections.save', {
      baseRevision: 0,
      id: part('plans'),
      content: stateFromLines([
        { text: '深化改革', heading: 3 },
        { text: '2026年，我局将继续深化“放管服”改革。', heading: null },
      ]),
    });

    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('heading', { name: '报告库' }).waitFor();
    await page.getByRole('button', { name: '沿用上年' }).click();
    const dialog = page.getByRole('dialog', { name: '沿用上年' });
    await expect.poll(() => dialog.getByLabel('新报告年度').inputValue(), { timeout: 10_000 }).toBe('2026');
    await dialog.getByRole('button', { name: '创建' }).click();
    const outline = page.getByRole('navigation', { name: '大纲' });
    await outline.locator('.outline-entry', { hasText: '主要举措和成效' }).locator('button').first().click();

    const list = page.locator('details.stale-years');
    await list.waitFor();
    await expect.poll(() => list.locator('summary').textContent(), { timeout: 10_000 }).toContain('年份待更新（4）');
    const rows = list.locator('li.stale-year');
    expect(await rows.locator('.stale-year-change').allTextContents()).toEqual([
      '2025 → 2026',
      '2025 → 2026',
      '2024 → 2025',
      '2026 → 2027',
    ]);
    // The citation (纲要（2021—2025年）) and the event (3·15) are not in the list.
    expect((await rows.allTextContents()).join('')).not.toContain('纲要');
    // In the editor, the live check underlines the three stale years of this part and nothing else.
    await expect.poll(underlined, { timeout: 10_000 }).toEqual(['2025', '2025', '2024']);
    await screenshot(page, 'rollover-stale-years');

    // Confirm the first mention only.
    await rows.first().getByRole('button', { name: '确认 2025 改为 2026' }).click();
    await expect.poll(() => list.locator('summary').textContent(), { timeout: 10_000 }).toContain('年份待更新（3）');
    const editor = page.locator('.editor-content');
    await expect.poll(() => editor.textContent(), { timeout: 10_000 }).toContain('2026年，某县市场监督管理局');

    // What is left is a finding of rollover.stale-year each, with its section and excerpt.
    const reportId = (await post('reports.list', {})).find((r: { year: number }) => r.year === 2026).id;
    const findings = (await post('checks.runReport', { reportId })).findings.filter(
      (f: { rule: string }) => f.rule === 'rollover.stale-year',
    );
    expect(findings.map((f: { excerpt: string; fix: string }) => [f.fix, f.excerpt.includes('年')])).toEqual([
      ['2026', true],
      ['2025', true],
      ['2027', true],
    ]);
    await page.getByRole('button', { name: '校对' }).click();
    const panel = page.getByRole('complementary', { name: '校对' });
    await panel.getByText('2025年全局行政执法', { exact: false }).first().waitFor();
    await screenshot(page, 'rollover-stale-years-findings');

    await list.getByRole('button', { name: '全部确认' }).click();
    await expect.poll(() => page.locator('details.stale-years').count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => editor.textContent(), { timeout: 10_000 })
      .toContain('2026年全局行政执法主要数据：办理案件318件，较2025年下降4.5%。');
    const left = (await post('checks.runReport', { reportId })).findings.filter((f: { rule: string }) => f.rule === 'rollover.stale-year');
    expect(left).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { stateFromLines } from '../../shared/import/section-content';
import { stateFromParagraphs } from '../../shared/rich-text';
import { screenshot, typeWithIme, useFreshApp } from './harness';

const app = useFreshApp();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

const MEASURES = '2024年，全县共办理行政处罚案件318件，同比下降4.5%。组织执法人员培训3期，培训240人次，参训率100%。';

/** Last year's report, written through the API as the app would have saved it. */
async function lastYearReport() {
  const detail = await post('reports.create', {
    templateId: 'fazhi-annual-local',
    agency: '东湖县人民政府',
    year: 2024,
    reportDate: '2025-01-07',
  });
  const part = (id: string) => detail.sections.find((s: { partId: string }) => s.partId === id).id;
  await post('sections.save', { baseRevision: 0, id: part('measures'), content: stateFromParagraphs([MEASURES]) });
  await post('sections.save', {
    baseRevision: 0,
    id: part('plans'),
    content: stateFromLines([
      { text: '深化行政执法体制改革', heading: 3 },
      { text: '推进乡镇综合执法。', heading: null },
      { text: '加强行政复议工作', heading: 3 },
      { text: '发挥主渠道作用。', heading: null },
    ]),
  });
}

describe('rollover 沿用上年, end to end', () => {
  it('last year’s report → new report → checklist → diff', async () => {
    await lastYearReport();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('heading', { name: '报告库' }).waitFor();
    await page.getByRole('button', { name: '沿用上年' }).click();
    const dialog = page.getByRole('dialog', { name: '沿用上年' });
    await expect.poll(() => dialog.getByLabel('新报告年度').inputValue(), { timeout: 10_000 }).toBe('2025');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect
      .poll(() => page.locator('.report-title').textContent(), { timeout: 10_000 })
      .toBe('东湖县人民政府关于2025年法治政府建设情况的报告');

    const outline = page.getByRole('navigation', { name: '大纲' });
    const measuresEntry = outline.locator('.outline-entry', { hasText: '2025年推进法治政府建设的主要举措和成效' });
    await measuresEntry.getByText('上年 100%').waitFor();
    await expect.poll(() => measuresEntry.locator('.badge.carry-stale').textContent(), { timeout: 10_000 }).toBe('待更新');
    await measuresEntry.locator('button').click();

    const panel = page.getByRole('region', { name: '沿用上年' });
    await panel.getByText('内容雷同：请按本年度情况改写').waitFor();
    const editor = page.locator('.editor-content');
    await expect
      .poll(() => editor.locator('.nb-last-year-figure').allTextContents(), { timeout: 10_000 })
      .toEqual(['318', '4.5%', '3', '240', '100%']);

    // Change one figure: it is this year's now and loses its 上年数据 mark.
    await editor
      .locator('.nb-last-year-figure')
      .first()
      .evaluate((mark) => {
        const range = document.createRange();
        range.selectNodeContents(mark);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      });
    await page.keyboard.type('296');
    await expect.poll(() => editor.locator('.nb-last-year-figure').count()).toBe(4);
    await editor.click();
    await page.keyboard.press('Control+End');
    await typeWithIme(page, [{ pinyin: 'xinzeng', text: '新增复议工作内容。' }]);
    await panel.locator('.carry-state.carry-edited').waitFor();
    await expect.poll(() => measuresEntry.locator('.badge.carry-stale').count(), { timeout: 10_000 }).toBe(0);

    const checklist = panel.getByRole('region', { name: '上年计划落实情况' });
    await expect
      .poll(() => checklist.locator('.plan-text').allTextContents(), { timeout: 10_000 })
      .toEqual(['深化行政执法体制改革', '加强行政复议工作']);
    await checklist.getByText('2 项尚未说明').waitFor();
    await checklist.locator('.plan-item').first().getByLabel('在哪一段说明落实情况').selectOption({ index: 1 });
    await checklist
      .locator('.plan-item')
      .first()
      .getByText(/^已在报告中说明：2024年，全县共办理行政处罚案件296件/)
      .waitFor();
    await checklist.locator('.plan-item').nth(1).getByLabel('未落实的原因').fill('上级改革方案尚未出台');
    await checklist.locator('.plan-item').nth(1).getByRole('button', { name: '标为未落实' }).click();
    await checklist.getByText('全部已说明').waitFor();

    await panel.getByRole('button', { name: '对比上年' }).click();
    const diff = page.getByLabel('与上年对比');
    await diff.locator('del').first().waitFor();
    await expect
      .poll(() => diff.getByRole('region', { name: '上年文字' }).locator('del').allTextContents(), { timeout: 10_000 })
      .toContain('318');
    await expect
      .poll(() => diff.getByRole('region', { name: '本年文字' }).locator('ins').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['296', '新增复议工作内容。']));
    await screenshot(page, 'rollover-workspace');

    // Confirming a part that is still true this year takes away its 待更新 mark.
    const plansEntry = outline.locator('.outline-entry', { hasText: '2026年推进法治政府建设的主要安排' });
    await expect.poll(() => plansEntry.locator('.badge.carry-stale').textContent(), { timeout: 10_000 }).toBe('待更新');
    await plansEntry.locator('button').click();
    await panel.getByRole('button', { name: '确认沿用' }).click();
    await panel.locator('.carry-state.carry-confirmed').waitFor();
    await expect.poll(() => plansEntry.locator('.badge.carry-stale').count(), { timeout: 10_000 }).toBe(0);
    await panel.getByText(/^沿用上年的待处理事项/).click();
    await expect
      .poll(() => panel.locator('.rollover-warnings li').allTextContents(), { timeout: 10_000 })
      .not.toContain('“2026年推进法治政府建设的主要安排”仍是上年的文字（待更新），请修改或确认。');

    const status = await post('rollover.status', { reportId: (await post('reports.list', {}))[0].id });
    expect(status.warnings.join()).not.toContain('上年计划事项');
  });
});

import { describe, expect, it } from 'vitest';
import { cellKey } from '../../shared/gov-info/tables';
import { consistentValues } from '../shared/gov-info/fixture';
import { publishedText } from '../shared/gov-info/published';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

describe('政府信息公开工作年度报告, end to end', () => {
  it('fill table 四: an identity finding appears while typing, goes away when fixed, and the cells are saved', async () => {
    const detail = await post<{ report: { id: string } }>('reports.create', {
      templateId: 'gov-info-annual',
      agency: '江宁县市场监督管理局',
      year: 2024,
      reportDate: '2025-01-20',
    });
    // 表三 filled and consistent beforehand; 表四 is typed in the page.
    const t3 = Object.fromEntries(Object.entries(consistentValues()).filter(([k]) => k.startsWith('t3:')));
    await post('govinfo.setCells', { reportId: detail.report.id, cells: t3 });
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page
      .getByRole('region', { name: '2024年度' })
      .getByRole('button', { name: '江宁县市场监督管理局2024年政府信息公开工作年度报告' })
      .click();
    const outline = page.getByRole('navigation', { name: '大纲' });
    await outline.getByText('政府信息公开行政复议、行政诉讼情况', { exact: false }).click();
    const grid = page.getByRole('region', { name: '表格：政府信息公开行政复议、行政诉讼情况' });
    await grid.waitFor();
    const cell = (label: string) => grid.getByLabel(label, { exact: true });
    for (const [label, value] of [
      ['表四「行政复议」·结果维持', '2'],
      ['表四「行政复议」·结果纠正', '1'],
      ['表四「行政复议」·其他结果', '0'],
      ['表四「行政复议」·尚未审结', '1'],
      ['表四「行政复议」·总计', '3'],
    ] as const)
      await cell(label).fill(value);
    const issues = grid.getByRole('list', { name: '表格核对' });
    await expect.poll(() => issues.locator('li[data-rule="table.t4.total"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await issues.textContent()).toContain('表四“行政复议”：总计应等于结果维持、结果纠正、其他结果、尚未审结之和');
    await expect.poll(() => grid.locator('td.error').count()).toBe(5);
    await screenshot(page, 'gov-info-table4-error');

    await cell('表四「行政复议」·总计').fill('4');
    await expect.poll(() => issues.locator('li[data-rule="table.t4.total"]').count(), { timeout: 10_000 }).toBe(0);
    // 不适用 and an unreadable entry
    await cell('表四「复议后起诉」·总计').fill('不适用');
    await cell('表四「未经复议直接起诉」·总计').fill('三');
    await expect.poll(() => grid.locator('td.cell-bad').count()).toBe(1);
    await cell('表四「未经复议直接起诉」·总计').fill('0');
    await cell('表四「未经复议直接起诉」·总计').blur();
    await screenshot(page, 'gov-info-table4-fixed');

    // What was typed is stored (saved after typing stops / on blur), 不适用 kept apart from 0 and empty.
    await expect
      .poll(
        async () =>
          (await post<{ values: Record<string, unknown> }>('govinfo.grids', { reportId: detail.report.id })).values[
            cellKey('t4', 'cases', 'review-total')
          ],
        {
          timeout: 10_000,
        },
      )
      .toBe(4);
    const stored = (await post<{ values: Record<string, unknown> }>('govinfo.grids', { reportId: detail.report.id })).values;
    expect(stored[cellKey('t4', 'cases', 'after-total')]).toBe('不适用');
    expect(stored[cellKey('t4', 'cases', 'direct-total')]).toBe(0);
    expect(stored[cellKey('t4', 'cases', 'direct-upheld')]).toBeUndefined();
    // The check panel of the whole report lists the 未填写 cells of table 四 (empty is not 0).
    const result = await post<{ findings: Array<{ rule: string }> }>('checks.runReport', { reportId: detail.report.id });
    expect(result.findings.filter((f) => f.rule.startsWith('table.')).map((f) => f.rule)).toEqual(['table.incomplete']);
    expect(app.session.problems).toEqual([]);
  });
});

describe("last year's tables pasted from the website", () => {
  it("fill last year's report, then this year's 上年结转 is checked against it in table 三", async () => {
    const detail = await post<{ report: { id: string } }>('reports.create', {
      templateId: 'gov-info-annual',
      agency: '江宁县市场监督管理局',
      year: 2024,
      reportDate: '2025-01-20',
    });
    const now = consistentValues();
    now[cellKey('t3', 'carried', 'person')] = 3; // last year's page says 结转 2 … see below
    now[cellKey('t3', 'new', 'person')] = 37;
    await post('govinfo.setCells', { reportId: detail.report.id, cells: now });
    const last = consistentValues(); // 结转下年度 自然人 4 in our fixture
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page
      .getByRole('region', { name: '2024年度' })
      .getByRole('button', { name: '江宁县市场监督管理局2024年政府信息公开工作年度报告' })
      .click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('收到和处理政府信息公开申请情况', { exact: false }).click();
    const grid = page.getByRole('region', { name: '表格：收到和处理政府信息公开申请情况' });
    await grid.waitFor();
    const issues = grid.getByRole('list', { name: '表格核对' });
    expect(await issues.locator('li[data-rule="table.carry-over"]').count()).toBe(0);
    await grid.getByText('导入表格（往年报告或网页上的表格）').click();
    await grid.getByLabel('粘贴的报告全文').fill(publishedText(last, '\t', 2023));
    await grid.getByRole('button', { name: '识别粘贴的表格' }).click();
    await expect.poll(() => grid.getByRole('status').textContent(), { timeout: 10_000 }).toContain('读入 200 格，没有未读入的行。');
    await expect.poll(() => issues.locator('li[data-rule="table.carry-over"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await issues.textContent()).toContain('2023年报告的“结转下年度继续办理”为 4');
    await screenshot(page, 'gov-info-import-last-year');
    const reports = await post<Array<{ year: number; kind: string }>>('reports.list', {});
    expect(
      reports
        .filter((r) => r.kind === 'gov-info')
        .map((r) => r.year)
        .sort(),
    ).toEqual([2023, 2024]);
    expect(app.session.problems).toEqual([]);
  });
});

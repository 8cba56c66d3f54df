import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp({ acceptDialogs: true });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

interface Detail {
  report: { id: string; title: string };
  sections: Array<{ id: string; partId: string | null; kind: string; plainText: string }>;
}

async function seed() {
  await post('settings.update', { authorName: '张三' });
  const make = async (agency: string, year: number, text: string) => {
    const d = await post<Detail>('reports.create', { templateId: 'fazhi-annual-local', agency, year, reportDate: null });
    const part = d.sections.find((s) => s.partId === 'measures')!;
    await post('sections.save', { id: part.id, content: stateFromParagraphs([text]) });
    return { reportId: d.report.id, partId: part.id, title: d.report.title };
  };
  const old = await make('甲市人民政府', 2023, '全面推行行政执法公示制度，全年办理行政复议案件12件。');
  const current = await make('甲市人民政府', 2024, '全年办理行政复议案件12件，纠错率8%。');
  return { old, current };
}

const part1 = '一、2024年推进法治政府建设的主要举措和成效';

describe('versions and search in the browser', () => {
  it('saves a named version, compares it with the current text, restores a section, moves the status', async () => {
    const { current } = await seed();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('button', { name: current.title }).first().click();
    await page.getByRole('navigation', { name: '大纲' }).getByText(part1).click();
    await page.getByRole('button', { name: '版本记录' }).click();
    await page.getByLabel('版本名称').fill('送审稿');
    await page.getByLabel('说明（可选）').fill('报常务会审议');
    await page.getByRole('button', { name: '保存为命名版本' }).click();
    await page.getByText('已保存第 1 版「送审稿」。').waitFor();
    await page.getByRole('button', { name: '返回编辑' }).click();

    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type('新增培训8场。');
    // "已自动保存" may still show from an earlier save: wait until the database holds the new text.
    await expect
      .poll(
        async () => (await post<Detail>('reports.get', { id: current.reportId })).sections.find((s) => s.id === current.partId)!.plainText,
        {
          timeout: 10_000,
        },
      )
      .toContain('新增培训8场。');

    await page.getByRole('button', { name: '版本记录' }).click();
    const row = page.locator('tr[data-version="1"]');
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('张三');
    await row.getByRole('button', { name: '与当前比较' }).click();
    const section = page.locator(`.compare-section[data-section-id="${current.partId}"]`);
    await section.locator('ins.diff-insert').first().waitFor();
    await expect.poll(() => section.locator('ins.diff-insert').allTextContents(), { timeout: 10_000 }).toEqual(['新增培训8场。']);
    await screenshot(page, 'versions-compare');
    await section.getByRole('button', { name: '恢复此部分' }).click();
    await page.getByRole('alertdialog', { name: '请确认' }).getByRole('button', { name: '恢复' }).click();
    await page
      .getByText('已把“一、')
      .or(page.getByText(/已把“.*”恢复为第 1 版「送审稿」的内容/))
      .first()
      .waitFor();
    await expect.poll(() => editor.textContent(), { timeout: 10_000 }).toBe('全年办理行政复议案件12件，纠错率8%。');
    const stored = await post<Detail>('reports.get', { id: current.reportId });
    expect(stored.sections.find((s) => s.id === current.partId)!.plainText).toBe('全年办理行政复议案件12件，纠错率8%。');

    // 起草 → 审核 → 定稿: read-only; going back needs a reason.
    for (const target of ['审核', '定稿']) {
      await page.getByLabel('改变状态').selectOption({ label: target });
      await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
      await page.getByText(`状态已改为“${target}”`).waitFor();
    }
    await expect.poll(() => page.locator('.editor-content').getAttribute('contenteditable'), { timeout: 10_000 }).toBe('false');
    await page.getByLabel('改变状态').selectOption({ label: '重新打开：起草' });
    await page.getByRole('dialog').getByLabel('理由（必填）').fill('补充全年数据');
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByText('状态已改为“起草”').waitFor();
    await page.getByRole('button', { name: '版本记录' }).click();
    await expect
      .poll(() => page.locator('.version-table tbody tr').first().textContent(), { timeout: 10_000 })
      .toContain('定稿 → 起草：补充全年数据');
    // Regression: remounting the editors after a status change must not save (and fail on 定稿).
    await expect.poll(() => page.locator('.save-status .error').count(), { timeout: 10_000 }).toBe(0);
    await screenshot(page, 'versions-list');
    expect(app.session.problems).toEqual([]);
  });

  it('searches across years from the library and opens the report at the hit', async () => {
    const { old } = await seed();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByLabel('搜索内容').fill('执法公示');
    await page.getByRole('button', { name: '搜索', exact: true }).last().click();
    const hits = page.locator('.search-hit');
    await page.getByText('找到 1 条结果。').waitFor();
    await expect.poll(() => hits.locator('mark').allTextContents(), { timeout: 10_000 }).toEqual(['执法公示']);
    await page.getByLabel('搜索内容').fill('复议');
    await page.getByRole('button', { name: '搜索', exact: true }).last().click();
    await page.getByText('找到 2 条结果。').waitFor();
    await page.getByLabel('年度').fill('2023');
    await page.getByRole('button', { name: '搜索', exact: true }).last().click();
    await page.getByText('找到 1 条结果。').waitFor();
    await screenshot(page, 'search');
    await hits.first().getByRole('button', { name: '打开到此处' }).click();
    await expect.poll(() => page.locator('.report-title').textContent(), { timeout: 10_000 }).toBe(old.title);
    await expect
      .poll(() => page.locator('.editor-content').textContent(), { timeout: 10_000 })
      .toBe('全面推行行政执法公示制度，全年办理行政复议案件12件。');
    // The search term is marked in the editor (CSS Custom Highlight API).
    // (HighlightRegistry is a Map in the browser; the Node-side DOM typings do not say so.)
    type Registry = Map<string, Set<Range>>;
    await page.waitForFunction(() => ((CSS.highlights as unknown as Registry).get('search-hit')?.size ?? 0) > 0);
    const marked = await page.evaluate(() => [...(CSS.highlights as unknown as Registry).get('search-hit')!].map((r) => r.toString()));
    expect(marked).toEqual(['复议']);
    await screenshot(page, 'search-opened');
    expect(app.session.problems).toEqual([]);
  });

  it('shows deadlines due soon on the home screen and backs up from the settings screen', async () => {
    await seed();
    const soon = new Date(Date.now() + 5 * 86_400_000);
    const monthDay = `${String(soon.getMonth() + 1).padStart(2, '0')}-${String(soon.getDate()).padStart(2, '0')}`;
    const year = soon.getFullYear() - 1;
    await post('reports.create', { templateId: 'fazhi-annual-local', agency: '乙区人民政府', year, reportDate: null });
    await post('settings.update', { deadlines: { 'fazhi-annual': { due: monthDay, publish: null } } });
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    const panel = page.getByRole('region', { name: '期限提醒' });
    await expect
      .poll(() => panel.textContent(), { timeout: 10_000 })
      .toMatch(new RegExp(`即将到期乙区人民政府关于${year}年法治政府建设情况的报告报送期限 ${year + 1}-${monthDay}，还有 [45] 天`));
    await screenshot(page, 'library-deadlines');
    await page.getByRole('button', { name: '设置' }).click();
    await expect.poll(() => page.getByLabel('作者姓名（记录在每个版本上）').inputValue(), { timeout: 10_000 }).toBe('张三');
    await page.getByRole('button', { name: '立即备份' }).click();
    await page.getByText(/已备份：nianbao-.*-manual\.db/).waitFor();
    const manualRows = page.locator('.settings-section tbody tr').filter({ hasText: '手动' });
    await manualRows.first().waitFor(); // the list reloads after the backup
    await expect.poll(() => manualRows.count(), { timeout: 10_000 }).toBe(1);
    await screenshot(page, 'settings');
    expect(app.session.problems).toEqual([]);
  });
});

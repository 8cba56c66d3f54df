import fs from 'node:fs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startAppServer, type AppServer, type BrowserSession } from './harness';

let server: AppServer;
let session: BrowserSession;

afterEach(async () => {
  await session?.close();
  await server?.stop();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => server.call<T>(method, input);

async function createViaDialog(template: string, agency: string, year: string) {
  const { page } = session;
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('模板').selectOption({ label: template });
  await dialog.getByLabel('单位名称').fill(agency);
  await dialog.getByLabel('报告年度').fill(year);
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.getByRole('navigation', { name: '大纲' }).waitFor();
  await page.getByRole('button', { name: '← 报告库' }).click();
  await page.getByRole('heading', { name: '报告库' }).waitFor();
}

describe('editing and the report library', () => {
  it('groups reports by year, newest first, with type, agency and status', async () => {
    server = await startAppServer();
    session = await openBrowser();
    const { page } = session;
    await page.goto(server.pageUrl);
    await page.getByText('还没有报告').waitFor();
    const dialogYear = await (async () => {
      await page.getByRole('button', { name: '新建报告' }).click();
      const value = await page.getByLabel('报告年度').inputValue();
      // The date defaults to today for last year's report (dated this year), and empties for an older year.
      const today = new Date();
      const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      expect(await page.getByLabel('成文日期').inputValue()).toBe(iso);
      await page.getByLabel('报告年度').fill('2018');
      await expect.poll(() => page.getByLabel('成文日期').inputValue(), { timeout: 10_000 }).toBe('');
      await page.getByRole('button', { name: '取消' }).click();
      return value;
    })();
    expect(dialogYear).toBe(String(new Date().getFullYear() - 1));
    await createViaDialog('依法行政工作报告', '丹江口市人民政府', '2018');
    await createViaDialog('法治政府建设年度报告（政府部门）', '市司法局', '2024');
    const groups = await page.locator('.year-group h2').allTextContents();
    expect(groups).toEqual(['2024年度', '2018年度']);
    const row2018 = await page.locator('.year-group', { hasText: '2018年度' }).locator('tbody tr').innerText();
    expect(row2018).toContain('丹江口市人民政府2018年依法行政工作报告');
    expect(row2018).toContain('依法行政工作报告');
    expect(row2018).toContain('起草');
    await screenshot(page, 'library');
  });

  it('formats text with the toolbar (heading, bold, list), undoes, and keeps the structure after a restart', async () => {
    server = await startAppServer();
    session = await openBrowser();
    const { page } = session;
    await page.goto(server.pageUrl);
    await createViaDialog('法治政府建设年度报告（地方政府）', '某县人民政府', '2024');
    await page.getByRole('button', { name: '某县人民政府关于2024年法治政府建设情况的报告' }).click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('一、2024年推进法治政府建设的主要举措和成效').click();
    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.type('健全依法决策机制');
    await page.getByRole('button', { name: '小标题' }).click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('严格落实');
    await page.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type('重大行政决策');
    await page.getByRole('button', { name: '加粗' }).click();
    await page.keyboard.type('程序。');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '编号列表' }).click();
    await page.keyboard.type('公众参与');
    await page.keyboard.press('Enter');
    await page.keyboard.type('专家论证');
    // Lexical merges typing within one second into one undo step; pause so 多余 is a step of its own.
    await page.waitForTimeout(1200);
    await page.keyboard.type('多余');
    await page.getByRole('button', { name: '撤销' }).click();
    await page.getByText('已自动保存').waitFor();
    await editor.blur();
    await page.waitForTimeout(1000);

    // Close the app (stop the server) and start it again on the same database.
    await session.close();
    await server.stop();
    server = await startAppServer(server.dbPath);
    session = await openBrowser();
    const [report] = await post('reports.list', {});
    const detail = await post('reports.get', { id: report.id });
    const measures = detail.sections.find((s: { partId: string }) => s.partId === 'measures');
    expect(measures.plainText).toBe('健全依法决策机制\n严格落实重大行政决策程序。\n公众参与\n专家论证');
    const [heading, paragraph, list] = measures.content.root.children;
    expect(heading).toMatchObject({ type: 'heading', tag: 'h3' });
    expect(paragraph.children.map((c: { text: string; format: number }) => [c.text, c.format])).toEqual([
      ['严格落实', 0],
      ['重大行政决策', 1],
      ['程序。', 0],
    ]);
    expect(list).toMatchObject({ type: 'list', listType: 'number' });
    expect(list.children).toHaveLength(2);

    await session.page.goto(server.pageUrl);
    await session.page.getByRole('button', { name: '某县人民政府关于2024年法治政府建设情况的报告' }).click();
    await session.page.getByRole('navigation', { name: '大纲' }).getByText('一、2024年推进法治政府建设的主要举措和成效').click();
    await session.page.locator('.editor-content h3').getByText('健全依法决策机制').waitFor();
    await expect
      .poll(() => session.page.locator('.editor-content ol li').allTextContents(), { timeout: 10_000 })
      .toEqual(['公众参与', '专家论证']);
    await screenshot(session.page, 'editor-formatting');
  });

  it('edits the title and the closing (agency, date) and shows the date in full', async () => {
    server = await startAppServer();
    session = await openBrowser();
    const { page } = session;
    await page.goto(server.pageUrl);
    await createViaDialog('法治政府建设年度报告（政府部门）', '市交通运输局', '2024');
    await page.getByRole('button', { name: '市交通运输局2024年法治政府建设年度报告' }).click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('落款').click();
    await page.getByLabel('署名（单位全称）').fill('市交通运输局（市港航管理局）');
    await page.getByLabel('成文日期').fill('2025-03-05');
    await page.getByLabel('署名（单位全称）').blur();
    await page.getByLabel('落款预览').getByText('2025年3月5日').waitFor();
    await page.getByLabel('落款预览').getByText('市交通运输局（市港航管理局）').waitFor();
    await page.getByRole('navigation', { name: '大纲' }).getByText('标题').click();
    await page.getByLabel('报告标题').fill('市交通运输局关于2024年度法治政府建设工作情况的报告');
    await page.getByLabel('报告标题').blur();
    await page.locator('.report-title', { hasText: '关于2024年度法治政府建设工作情况的报告' }).waitFor();
    const [report] = await post('reports.list', {});
    expect(report).toMatchObject({
      title: '市交通运输局关于2024年度法治政府建设工作情况的报告',
      agency: '市交通运输局（市港航管理局）',
      reportDate: '2025-03-05',
    });
  });

  it('inserts a table in the editor; it is saved and exported as a Word table with a repeated header row', async () => {
    server = await startAppServer();
    session = await openBrowser();
    const { page } = session;
    page.on('dialog', (d) => void d.accept()); // the export lists the empty parts' findings first
    await page.goto(server.pageUrl);
    await createViaDialog('法治政府建设年度报告（地方政府）', '某县人民政府', '2024');
    await page.getByRole('button', { name: '某县人民政府关于2024年法治政府建设情况的报告' }).click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('一、2024年推进法治政府建设的主要举措和成效').click();
    await page.locator('.editor-content').click();
    await page.keyboard.type('全年行政复议和应诉情况如下：');
    await page.getByRole('button', { name: '插入表格' }).click();
    await page.getByRole('dialog', { name: '插入表格' }).getByRole('button', { name: '3 行 × 2 列' }).click();
    const cells = page.locator('.editor-content .nb-table-cell');
    await expect.poll(() => cells.count(), { timeout: 10_000 }).toBe(6);
    const values = ['项目', '件数', '行政复议', '12', '行政诉讼', '7'];
    for (const [i, text] of values.entries()) {
      await cells.nth(i).click();
      await page.keyboard.type(text);
    }
    await page.getByText('已自动保存').waitFor();
    await page.locator('.editor-content').blur();
    await expect
      .poll(
        async () => {
          const detail = await server.call('reports.get', { id: (await server.call('reports.list', {}))[0].id });
          return detail.sections.find((s: { partId: string }) => s.partId === 'measures').plainText;
        },
        { timeout: 10_000 },
      )
      .toContain('行政诉讼\t7');
    await screenshot(page, 'editor-table');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(await download.path()))).file('word/document.xml')!.async('string');
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    const texts = [...table.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(values);
    expect(session.problems).toEqual([]);
  });
});

// Issue 11 in the window: a stored node of an unknown type is shown read-only and survives typing;
// a damaged report row is skipped by the library with its name, the others still listed.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startAppServer, type AppServer, type BrowserSession } from './harness';

let server: AppServer;
let session: BrowserSession;
afterEach(async () => {
  await session?.close();
  await server?.stop();
});

const TITLE = '某县人民政府关于2024年法治政府建设情况的报告';
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (t: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [text(t)] });
const chart = { type: 'nianbao-chart', version: 3, chartKind: 'bar', data: [12, 30, 41], children: [text('图1 近三年行政复议案件数')] };

describe('hostile input in the window', () => {
  it('an unknown node is a read-only block, kept unchanged when the user types in the section', async () => {
    server = await startAppServer();
    const detail = await server.call('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '某县人民政府',
      year: 2024,
      reportDate: null,
    });
    const opening = detail.sections.find((s: { kind: string }) => s.kind === 'opening');
    const stored = {
      root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph('第一段导语。'), chart] },
    };
    const raw = new Database(server.dbPath);
    raw.prepare('UPDATE sections SET content_json = ? WHERE id = ?').run(JSON.stringify(stored), opening.id);
    raw.close();

    session = await openBrowser();
    const { page } = session;
    await page.goto(server.pageUrl);
    await page.getByRole('button', { name: TITLE }).click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('导语').click();
    const block = page.locator('.editor-content .unknown-node');
    await block.waitFor();
    expect(await block.textContent()).toBe('〔本程序无法编辑的内容，已原样保留〕图1 近三年行政复议案件数');
    await page.locator('.editor-content p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('补充一句。');
    await page.getByText('已自动保存').waitFor();
    await screenshot(page, 'unknown-node-block');

    const after = await server.call('reports.get', { id: detail.report.id });
    const saved = after.sections.find((s: { id: string }) => s.id === opening.id);
    expect(saved.plainText).toContain('第一段导语。补充一句。');
    expect(saved.content.root.children[1]).toEqual(chart);
  });

  it('a damaged report row: the library lists the others and names the skipped one', async () => {
    server = await startAppServer();
    await server.call('reports.create', { templateId: 'fazhi-annual-local', agency: '某县人民政府', year: 2024, reportDate: null });
    const bad = await server.call('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '某市司法局',
      year: 2024,
      reportDate: null,
    });
    const raw = new Database(server.dbPath);
    raw.prepare("UPDATE reports SET year = 3000, report_date = '2025/01/07' WHERE id = ?").run(bad.report.id);
    raw.close();

    session = await openBrowser();
    const { page } = session;
    await page.goto(server.pageUrl);
    await page.getByRole('button', { name: TITLE }).waitFor();
    await page.getByTestId('damaged-reports').getByText(`报告“${bad.report.title}”已损坏，已跳过。`).waitFor();
    await screenshot(page, 'library-damaged-row');
    expect(await page.locator('[data-report-id]').count()).toBe(1);
  });
});

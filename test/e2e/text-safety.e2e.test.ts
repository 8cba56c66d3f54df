import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toPlainText, type RichTextState } from '../../shared/rich-text';
import { openBrowser, screenshot, startAppServer, type AppServer, type BrowserSession } from './harness';

// Issue 10: two tabs on one section, a restart of the program with unsaved text, the address as the place.

let server: AppServer | undefined;
let session: BrowserSession | undefined;

afterEach(async () => {
  await session?.close();
  await server?.stop();
  server = undefined;
  session = undefined;
});

interface SectionJson {
  id: string;
  kind: string;
  heading: string;
  revision: number;
  content: RichTextState;
}

async function createReport(s: AppServer): Promise<{ reportId: string; sections: SectionJson[] }> {
  const detail = await s.call<{ report: { id: string }; sections: SectionJson[] }>('reports.create', {
    templateId: 'fazhi-annual-local',
    agency: '市司法局',
    year: 2024,
    reportDate: '2025-01-07',
  });
  return { reportId: detail.report.id, sections: detail.sections };
}

async function storedText(s: AppServer, reportId: string, sectionId: string): Promise<string> {
  const detail = await s.call<{ sections: SectionJson[] }>('reports.get', { id: reportId });
  return toPlainText(detail.sections.find((x) => x.id === sectionId)!.content);
}

/** The old text of every version compared with now: what 版本记录 keeps of this section. */
async function versionTexts(s: AppServer, reportId: string, sectionId: string): Promise<string[]> {
  const versions = await s.call<Array<{ id: string }>>('versions.list', { reportId });
  const out: string[] = [];
  for (const v of versions) {
    const diffs = await s.call<Array<{ sectionId: string; oldText: string }>>('versions.compare', { reportId, from: v.id, to: 'current' });
    out.push(diffs.find((d) => d.sectionId === sectionId)?.oldText ?? '');
  }
  return out;
}

/** Opens the section by its address, as a bookmark or F5 does. */
async function openSection(page: Page, s: AppServer, reportId: string, sectionId: string) {
  await page.goto(`${s.pageUrl}&r=${reportId}&s=${sectionId}`);
  await page.locator('.editor-content').waitFor();
}

async function typeAtEnd(page: Page, text: string) {
  await page.locator('.editor-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const editorText = (page: Page) => page.locator('.editor-content').innerText();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('two tabs on one section', () => {
  it('asks instead of overwriting, keeps both texts on every choice, and a focused tab loads the other text', async () => {
    server = await startAppServer();
    session = await openBrowser();
    const s = server;
    const { reportId, sections } = await createReport(s);
    const part = sections.find((x) => x.kind === 'part')!;
    const a = session.page;
    const b = await session.context.newPage();
    await openSection(a, s, reportId, part.id);
    await openSection(b, s, reportId, part.id);

    await typeAtEnd(a, '甲窗口写的第一段。');
    await a.getByText('已自动保存').waitFor();
    await typeAtEnd(b, '乙窗口写的第一段。');
    const notice = b.getByRole('alert', { name: '修改冲突' });
    await notice.getByText('另一个窗口已修改此部分').waitFor();
    // Nothing was overwritten: the store holds A's text, B's text is still on B's screen.
    expect(await storedText(s, reportId, part.id)).toBe('甲窗口写的第一段。');
    expect(await editorText(b)).toContain('乙窗口写的第一段。');
    await expect.poll(() => b.locator('.save-status').innerText()).toContain('另一个窗口已修改此部分');

    // 查看对方版本: side by side, the other text marked where it differs from mine.
    await notice.getByRole('button', { name: '查看对方版本' }).click();
    const compare = notice.getByLabel('双方版本比较');
    await expect.poll(() => compare.locator('del').allInnerTexts()).toEqual(['甲']);
    await expect.poll(() => compare.locator('ins').allInnerTexts()).toEqual(['乙']);
    await b.bringToFront();
    await screenshot(b, 'conflict-notice');

    // 用我的版本覆盖: B's text is stored, A's is kept as an automatic version.
    await notice.getByRole('button', { name: '用我的版本覆盖' }).click();
    await notice.waitFor({ state: 'detached' });
    await expect.poll(() => storedText(s, reportId, part.id)).toBe('乙窗口写的第一段。');
    expect(await versionTexts(s, reportId, part.id)).toContain('甲窗口写的第一段。');

    // A types on its stale text: the notice in A; 放弃我的修改 shows B's text, A's is kept as a version.
    await typeAtEnd(a, '甲窗口又写一句。');
    const noticeA = a.getByRole('alert', { name: '修改冲突' });
    await noticeA.waitFor();
    expect(await storedText(s, reportId, part.id)).toBe('乙窗口写的第一段。');
    await noticeA.getByRole('button', { name: '放弃我的修改' }).click();
    await noticeA.waitFor({ state: 'detached' });
    await expect.poll(() => editorText(a)).toBe('乙窗口写的第一段。');
    expect(await storedText(s, reportId, part.id)).toBe('乙窗口写的第一段。');
    expect(await versionTexts(s, reportId, part.id)).toContain('甲窗口写的第一段。甲窗口又写一句。');

    // B goes on typing: the text it started from is unchanged, so no conflict and no notice.
    await typeAtEnd(b, '乙接着写。');
    await expect.poll(() => storedText(s, reportId, part.id)).toBe('乙窗口写的第一段。乙接着写。');
    expect(await b.getByRole('alert', { name: '修改冲突' }).count()).toBe(0);

    // A, with nothing unsaved, learns of B's change when it gets the focus back.
    await a.bringToFront();
    await a.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => editorText(a)).toBe('乙窗口写的第一段。乙接着写。');
    expect(session.problems.filter((p) => !/409|403|Failed to load resource/.test(p))).toEqual([]);
  });
});

describe('a restart of the program with unsaved text', () => {
  it('says the program restarted, and the new address pasted into the tab reconnects and saves the text', async () => {
    const port = await freePort();
    server = await startAppServer(undefined, ['--port', String(port)]);
    session = await openBrowser();
    const { reportId, sections } = await createReport(server);
    const part = sections.find((x) => x.kind === 'part')!;
    const page = session.page;
    await openSection(page, server, reportId, part.id);
    await typeAtEnd(page, '重启前已保存。');
    await page.getByText('已自动保存').waitFor();
    const dbPath = server.dbPath;
    await server.stop();
    server = await startAppServer(dbPath, ['--port', String(port)]);
    await typeAtEnd(page, '重启后输入的文字。');
    const banner = page.locator('.connection-banner');
    await banner.getByText('年报程序已重新启动').waitFor();
    expect(await banner.innerText()).toContain('粘贴到本标签页的地址栏');
    await screenshot(page, 'restarted-banner');
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));

    // Pasting the printed address changes only the fragment: same page, new secret, place kept.
    await page.goto(server.pageUrl);
    await banner.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    await expect.poll(() => storedText(server!, reportId, part.id)).toBe('重启前已保存。重启后输入的文字。');
    expect(new URL(page.url()).hash).toBe(`#r=${reportId}&s=${part.id}`);
  });

  it('after F5 offers 恢复未保存的内容, which saves the text that never reached the program', async () => {
    const port = await freePort();
    server = await startAppServer(undefined, ['--port', String(port)]);
    session = await openBrowser();
    const { reportId, sections } = await createReport(server);
    const opening = sections.find((x) => x.kind === 'opening')!;
    const part = sections.find((x) => x.kind === 'part')!;
    const page = session.page;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await openSection(page, server, reportId, part.id);
    await typeAtEnd(page, '已保存的一段。');
    await page.getByText('已自动保存').waitFor();
    const dbPath = server.dbPath;
    await server.stop();
    await typeAtEnd(page, '程序关闭时输入的一段。');
    await page.locator('.connection-banner').waitFor();
    server = await startAppServer(dbPath, ['--port', String(port)]);

    // F5 asks first (beforeunload), then the page comes back on the same section.
    await page.reload();
    expect(dialogs).toContain('beforeunload');
    await page.locator('.connection-banner').getByText('年报程序已重新启动').waitFor();
    await page.goto(server.pageUrl);
    const offer = page.getByRole('alert', { name: '未保存的内容' });
    await offer.getByText(`“${part.heading}”`).waitFor();
    await screenshot(page, 'restore-offer');
    expect(await storedText(server, reportId, part.id)).toBe('已保存的一段。');

    // Go elsewhere first: restoring opens the section with the text and saves it.
    await page.getByRole('navigation', { name: '大纲' }).getByText('导语').click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#r=${reportId}&s=${opening.id}`);
    await offer.getByRole('button', { name: '恢复未保存的内容' }).click();
    await expect.poll(() => editorText(page)).toBe('已保存的一段。程序关闭时输入的一段。');
    await expect.poll(() => storedText(server!, reportId, part.id)).toBe('已保存的一段。程序关闭时输入的一段。');
    await offer.waitFor({ state: 'detached' });
    // Acknowledged: nothing is offered again after another reload.
    await page.reload();
    await page.locator('.editor-content').waitFor();
    await expect.poll(() => editorText(page)).toBe('已保存的一段。程序关闭时输入的一段。');
    expect(await page.getByRole('alert', { name: '未保存的内容' }).count()).toBe(0);
  });
});

describe('restoring text whose section moved on', () => {
  it('goes through the conflict notice, and 用我的版本覆盖 keeps the other text as a version', async () => {
    const port = await freePort();
    server = await startAppServer(undefined, ['--port', String(port)]);
    session = await openBrowser();
    const { reportId, sections } = await createReport(server);
    const part = sections.find((x) => x.kind === 'part')!;
    const page = session.page;
    page.on('dialog', (d) => void d.accept());
    await openSection(page, server, reportId, part.id);
    await typeAtEnd(page, '本机写的一段。');
    await page.getByText('已自动保存').waitFor();
    const dbPath = server.dbPath;
    await server.stop();
    await typeAtEnd(page, '没来得及保存的一句。');
    await page.locator('.connection-banner').waitFor();
    server = await startAppServer(dbPath, ['--port', String(port)]);
    // Meanwhile another window (here: the API) rewrote the section.
    const now = (await server.call<{ sections: SectionJson[] }>('reports.get', { id: reportId })).sections.find((x) => x.id === part.id)!;
    await server.call('sections.save', {
      id: part.id,
      baseRevision: now.revision,
      content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '另一台窗口改写的内容。' }] }] } },
    });

    await page.reload();
    await page.goto(server.pageUrl);
    // Pasted at once, while the reloaded page's first call was still under way with the old secret.
    await page.getByRole('alert', { name: '未保存的内容' }).getByRole('button', { name: '恢复未保存的内容' }).click();
    const notice = page.getByRole('alert', { name: '修改冲突' });
    await notice.waitFor();
    expect(await editorText(page)).toBe('本机写的一段。没来得及保存的一句。');
    expect(await storedText(server, reportId, part.id)).toBe('另一台窗口改写的内容。');
    await notice.getByRole('button', { name: '用我的版本覆盖' }).click();
    await expect.poll(() => storedText(server!, reportId, part.id)).toBe('本机写的一段。没来得及保存的一句。');
    expect(await versionTexts(server, reportId, part.id)).toContain('另一台窗口改写的内容。');
  });
});

describe('the address names the place', () => {
  it('F5 returns to the same section and panel; back and forward move between sections', async () => {
    server = await startAppServer();
    session = await openBrowser();
    const { reportId, sections } = await createReport(server);
    const page = session.page;
    await page.goto(server.pageUrl);
    await page.getByRole('button', { name: /市司法局关于2024年/ }).click();
    const outline = page.getByRole('navigation', { name: '大纲' });
    await outline.waitFor();
    const parts = sections.filter((x) => x.kind === 'part');
    await outline.getByText(parts[0]!.heading).click();
    await outline.getByText(parts[1]!.heading).click();
    await page.getByRole('button', { name: '校对' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#r=${reportId}&s=${parts[1]!.id}&p=checks`);
    expect(page.url()).not.toContain('k=');

    await page.reload();
    await expect.poll(() => page.getByLabel('部分标题').inputValue()).toBe(parts[1]!.heading);
    await page.getByRole('complementary', { name: '校对' }).waitFor();

    await page.goBack(); // before the check panel opened
    await page.goBack(); // the first part
    await expect.poll(() => page.getByLabel('部分标题').inputValue()).toBe(parts[0]!.heading);
    await page.goForward();
    await expect.poll(() => page.getByLabel('部分标题').inputValue()).toBe(parts[1]!.heading);
  });
});

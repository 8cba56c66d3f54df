import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createReportInUi, screenshot, useFreshApp } from './harness';

const app = useFreshApp({ acceptDialogs: true });

const TITLE = '2024年度行政执法数据统计表';

describe('attachments (附件) in the workspace, in Chromium', () => {
  it('adds an attachment after 落款, writes in it, and the Word file lists it and gives it a page of its own', async () => {
    const { page } = app.session;
    await createReportInUi(app);
    const outline = page.getByRole('navigation', { name: '大纲' });

    await page.getByRole('button', { name: '＋ 添加附件' }).click();
    const ask = page.getByRole('dialog', { name: '添加附件' });
    await ask.getByRole('textbox').fill(TITLE);
    await ask.getByRole('button', { name: '确定' }).click();
    // Listed after 落款 with its label; the editor opens with the title in the header.
    await expect.poll(() => outline.locator('.outline-label').allTextContents(), { timeout: 10_000 }).toContain(`附件 ${TITLE}`);
    const labels = await outline.locator('.outline-label').allTextContents();
    expect(labels.indexOf(`附件 ${TITLE}`)).toBe(labels.indexOf('落款') + 1);
    await expect.poll(() => page.getByLabel('附件标题').inputValue(), { timeout: 10_000 }).toBe(TITLE);
    await expect(page.locator('.guidance').textContent()).resolves.toContain('每个附件另起一页');

    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.type('全年办理行政处罚案件1203件。');
    await expect
      .poll(
        async () => {
          const detail = await app.server.call('reports.get', { id: (await app.server.call('reports.list', {}))[0].id });
          return detail.sections.find((s: { kind: string }) => s.kind === 'attachment')?.plainText;
        },
        { timeout: 10_000 },
      )
      .toBe('全年办理行政处罚案件1203件。');
    await screenshot(page, 'attachment-workspace');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(await download.path()))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(
      new RegExp(
        `附件：${TITLE}[\\s\\S]*市司法局[\\s\\S]*<w:pageBreakBefore/>[\\s\\S]*>附件<[\\s\\S]*${TITLE}[\\s\\S]*全年办理行政处罚案件1203件。`,
      ),
    );
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { tempDir } from '../helpers';
import { pdfInfo } from '../support/libreoffice';
import { bodyText } from '../electron/services/export/fixtures';
import { createReportInUi, screenshot, useFreshApp } from './harness';

const app = useFreshApp({ acceptDialogs: true });

describe('全文视图 and 打印预览, in Chromium', () => {
  it('shows the whole report numbered, the outline following the scroll, a click opening that place; the print preview paginates as the PDF', async () => {
    await createReportInUi(app);
    const { page } = app.session;
    const list = await app.server.call('reports.list', {});
    const detail = await app.server.call('reports.get', { id: list[0].id });
    const parts = detail.sections.filter((s: { kind: string }) => s.kind === 'part');
    for (const [i, part] of parts.entries()) {
      const paragraphs = Array.from({ length: 4 }, (_, j) => `第${i + 1}部分第${j + 1}段。${bodyText(3 + j, i * 10 + j)}`);
      await app.server.call('sections.save', { id: part.id, baseRevision: part.revision, content: stateFromParagraphs(paragraphs) });
    }
    await page.reload(); // F5 stays in the report (issue 10: the address names the place)
    await page.locator('.report-title').waitFor();
    await page.getByRole('button', { name: '全文视图' }).click();
    const view = page.getByRole('region', { name: '全文视图' });
    const doc = view.locator('.full-view-doc');
    await doc.locator('h2').first().waitFor();
    expect(await doc.locator('h2').allInnerTexts()).toEqual(
      parts.map((p: { heading: string }, i: number) => `${'一二三四五'[i]}、${p.heading}`),
    );
    await expect.poll(() => doc.innerText()).toContain('第3部分第2段。');

    // Scrolling to 三 moves the outline's mark there.
    await doc.locator('h2').nth(2).scrollIntoViewIfNeeded();
    await doc
      .locator('h2')
      .nth(2)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const outline = view.getByRole('navigation', { name: '全文大纲' });
    await expect.poll(() => outline.locator('[aria-current="true"]').innerText()).toContain('三、');
    await screenshot(page, 'full-view');

    // A click on a paragraph of 三 opens it in the editor.
    await doc.getByText('第3部分第2段。').click();
    await expect.poll(() => page.locator('.editor-content').innerText()).toContain('第3部分第2段。');
    await expect.poll(() => page.getByRole('region', { name: '全文视图' }).count()).toBe(0);

    // 打印预览 (Ctrl+P): the PDF's print layout in the page's print media — as many pages as the exported PDF.
    // The browser's own print preview window cannot be driven headless: record the call, then print
    // the page as that preview would (print media, the CSS page size).
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { printed: number }).printed = 1);
    });
    await page.keyboard.press('Control+p');
    await page.locator('.nb-print-layer h1').waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);
    const dir = tempDir('nianbao-print-');
    const preview = path.join(dir, 'preview.pdf');
    await page.pdf({ path: preview, preferCSSPageSize: true, printBackground: true });
    const exported = await app.server.call('export.pdf', { reportId: list[0].id });
    const pdf = path.join(dir, 'export.pdf');
    fs.writeFileSync(pdf, Buffer.from(exported.base64, 'base64'));
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThan(2);
    expect(Number(pdfInfo(preview).Pages)).toBe(pages);
    expect(pdfInfo(preview)['Page size']).toBe(pdfInfo(pdf)['Page size']);
  });
});

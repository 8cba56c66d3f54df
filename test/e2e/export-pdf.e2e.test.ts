import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createReportInUi, screenshot, useFreshApp } from './harness';

/** Browser mode: 导出 PDF prints the report with the machine's Chromium and downloads the PDF. */

// The export lists error-level findings of the (mostly empty) report first; the user proceeds.
const app = useFreshApp({ acceptDialogs: true });

describe('PDF export in the browser mode', () => {
  it('clicking 导出 PDF downloads an A4 PDF with the title, the headings and the page numbers', async () => {
    const { page } = app.session;
    await createReportInUi(app);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('市司法局关于2024年法治政府建设情况的报告.pdf');
    const file = await download.path();
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    // Printed by Chromium (Skia), not converted by LibreOffice.
    expect(info).toMatch(/Producer:\s+Skia\/PDF/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
    for (const expected of [
      '市司法局关于2024年法治政府建设情况的报告',
      '一、2024年推进法治政府建设的主要举措和成效',
      '二、2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '三、2024年推进法治政府建设存在的不足和原因',
      '四、2025年推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
      '—1—',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.indexOf('一、2024年')).toBeLessThan(text.indexOf('五、其他需要报告的情况'));
    await page.getByText('已导出 PDF 文件。').waitFor();
    await screenshot(page, 'export-pdf-done');
  }, 120_000);
});

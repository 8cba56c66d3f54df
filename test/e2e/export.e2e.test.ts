import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { createReportInUi, screenshot, useFreshApp } from './harness';

// The export lists error-level findings of the (mostly empty) report first; the user proceeds.
const app = useFreshApp({ acceptDialogs: true });

const createReport = () => createReportInUi(app);

describe('export menu and settings, in Chromium', () => {
  it('saves the layout settings with the report and the next Word export uses them; exports HTML', async () => {
    await createReport();
    const { page } = app.session;
    await page.getByRole('button', { name: '排版设置' }).click();
    const dialog = page.getByRole('dialog', { name: '导出排版设置' });
    await dialog.getByLabel('行距').selectOption('29');
    await dialog.getByLabel('标题加粗（各地习惯不同）').check();
    await screenshot(page, 'export-settings-dialog');
    await dialog.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存排版设置。').waitFor();

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    const zip = await JSZip.loadAsync(fs.readFileSync(await docx.path()));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:line="580" w:lineRule="exact"');
    expect(/w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)![0]).toContain('<w:b/>');

    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 网页 HTML' }).click()]);
    expect(html.suggestedFilename()).toBe('市司法局关于2024年法治政府建设情况的报告.html');
    const text = fs.readFileSync(await html.path(), 'utf8');
    expect(text).toContain('<h2>一、2024年推进法治政府建设的主要举措和成效</h2>');
    await page.getByText('已导出 网页 HTML 文件。').waitFor();
    await screenshot(page, 'export-menu');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { docxToPdf, pdfText } from '../support/libreoffice';
import { createReportInUi, screenshot, SCREENSHOT_DIR, useFreshApp } from './harness';

const app = useFreshApp({ acceptDialogs: true });

describe('tables as in Word, in Chromium', () => {
  it('builds a 4 × 5 执法数据 table (size picker, merged header row, Tab adds a row, widths, alignment) and exports it to Word', async () => {
    await createReportInUi(app);
    const { page } = app.session;
    await page.getByRole('navigation', { name: '大纲' }).getByText('一、2024年推进法治政府建设的主要举措和成效').click();
    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.type('全年行政执法情况如下表。');
    await page.keyboard.press('Enter');

    // Size picker: 4 rows × 5 columns typed in.
    await page.getByRole('button', { name: '插入表格' }).click();
    const picker = page.getByRole('dialog', { name: '插入表格' });
    await picker.getByLabel('行数').fill('4');
    await picker.getByLabel('列数').fill('5');
    await picker.getByRole('button', { name: '插入' }).click();
    const table = editor.locator('table');
    await expect.poll(() => table.locator('tr').count()).toBe(4);
    expect(await table.locator('tr').first().locator('th,td').count()).toBe(5);

    // Fill rows 2–4 with Tab; Tab in the last cell adds a fifth row, which is then removed again.
    const rows = [
      ['类别', '行政许可', '行政处罚', '行政强制', '行政检查'],
      ['办理件数', '1204', '356', '12', '2890'],
      ['办结率', '98.5%', '97.2%', '100%', '99.1%'],
    ];
    await table.locator('tr').nth(1).locator('th,td').first().click();
    for (const [r, row] of rows.entries())
      for (const [c, text] of row.entries()) {
        await page.keyboard.type(text);
        if (r < rows.length - 1 || c < row.length - 1) await page.keyboard.press('Tab');
      }
    await page.keyboard.press('Tab');
    await expect.poll(() => table.locator('tr').count()).toBe(5);
    await table.locator('tr').nth(4).locator('td').first().click({ button: 'right' });
    const menu = page.getByRole('menu', { name: '编辑菜单' });
    await menu.getByRole('menuitem', { name: '删除行' }).click();
    await expect.poll(() => table.locator('tr').count()).toBe(4);

    // Merge the first row into one header cell (drag-select across it, then the menu).
    const first = table.locator('tr').first().locator('th,td');
    const a = (await first.nth(0).boundingBox())!;
    const b = (await first.nth(4).boundingBox())!;
    await page.mouse.move(a.x + 10, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
    await first.nth(2).click({ button: 'right' });
    await menu.getByRole('menuitem', { name: '合并单元格' }).click();
    await expect.poll(() => table.locator('tr').first().locator('th,td').count()).toBe(1);
    await table.locator('tr').first().locator('th').click();
    await page.keyboard.type('2024年行政执法数据统计');

    // Figures right-aligned; the first column set to 3.5 cm exactly.
    await table.locator('tr').nth(2).locator('td').nth(1).click({ button: 'right' });
    await menu.getByRole('menuitem', { name: '右对齐' }).click();
    await table.locator('tr').nth(2).locator('td').nth(0).click({ button: 'right' });
    await screenshot(page, 'table-context-menu');
    await menu.getByRole('menuitem', { name: '列宽…' }).click();
    const widths = page.getByRole('dialog', { name: '设置列宽' });
    await widths.getByLabel('第 1 列宽度（厘米）').fill('3.5');
    await widths.getByLabel('第 2 列宽度（厘米）').fill('3');
    await widths.getByLabel('第 3 列宽度（厘米）').fill('3');
    await widths.getByLabel('第 4 列宽度（厘米）').fill('3');
    await widths.getByLabel('第 5 列宽度（厘米）').fill('3');
    await widths.getByRole('button', { name: '确定' }).click();
    await page.keyboard.press('Control+s');
    await page.locator('.save-status', { hasText: /已保存（/ }).waitFor();
    await screenshot(page, 'table-editor');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    const out = path.join(tempDir('nianbao-table-'), 'table.docx');
    fs.copyFileSync(await download.path(), out);
    const doc = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    const trs = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g)!;
    expect(trs).toHaveLength(4);
    expect(trs[0]).toContain('<w:gridSpan w:val="5"/>');
    expect(trs[0]).toContain('<w:tblHeader/>');
    expect(trs[0]).toContain('>2024年行政执法数据统计<');
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // 3.5 cm = 1984 twips, 3 cm = 1701 twips (within rounding of the px the editor stores).
    expect(grid).toHaveLength(5);
    expect(Math.abs(grid[0]! - 1984)).toBeLessThan(20);
    expect(Math.abs(grid[1]! - 1701)).toBeLessThan(20);
    expect(trs[2]).toMatch(/<w:jc w:val="right"\/>[\s\S]*>1204</);
    expect(tbl).toContain('<w:sz w:val="28"/>');

    // Rendered by LibreOffice: the header line, then the rows in order.
    const pdf = docxToPdf(out);
    const text = pdfText(pdf);
    expect(text).toMatch(
      /2024\s*年行政执法数据统计\s*\n类别\s+行政许可\s+行政处罚\s+行政强制\s+行政检查\s*\n办理件数\s+1204\s+356\s+12\s+2890\s*\n办结率\s+98\.5%\s+97\.2%\s+100%\s+99\.1%\s*\n/,
    );
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SCREENSHOT_DIR, 'table-docx-page')]);
  });
});

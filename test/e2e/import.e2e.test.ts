import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers';
import { styledDocx } from '../electron/services/import/docx-fixtures';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();

async function openImport() {
  const { page } = app.session;
  await page.goto(app.server.pageUrl);
  await page.getByRole('heading', { name: '报告库' }).waitFor();
  await page.getByRole('button', { name: '导入往年报告' }).click();
  return page.getByRole('dialog', { name: /导入往年报告/ });
}

describe('import dialog, end to end', () => {
  it('pasted web text: shows source and outline side by side, lets the user correct the mapping, creates the report', async () => {
    const dialog = await openImport();
    const text = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/import/pasted-web-report.txt'), 'utf8');
    await dialog.getByLabel('或粘贴网页上的报告全文').fill(text);
    await dialog.getByRole('button', { name: '识别粘贴的文字' }).click();
    const result = dialog.getByRole('region', { name: '识别结果' });
    await result.getByText('识别结果：法治政府建设年度报告').waitFor();
    // The source, cleaned (full-width punctuation), beside the result.
    await dialog
      .getByRole('region', { name: '原文' })
      .getByText('县政府主要负责人召开专题会议4次，研究解决法治政府建设重大问题。')
      .waitFor();
    await expect
      .poll(() => result.getByLabel('标题').inputValue(), { timeout: 10_000 })
      .toBe('东湖县人民政府关于2024年法治政府建设情况的报告');
    await expect.poll(() => result.getByLabel('成文日期').inputValue(), { timeout: 10_000 }).toBe('2025-03-18');
    await expect.poll(() => result.getByRole('status').textContent(), { timeout: 10_000 }).toContain('缺少必备部分：其他需要报告的情况');
    const extra = result.getByLabel('“对上级机关的意见建议”归入');
    await expect.poll(() => extra.inputValue(), { timeout: 10_000 }).toBe('');
    await extra.selectOption({ label: '其他需要报告的情况' });
    await result.getByRole('status').waitFor({ state: 'detached' });
    await screenshot(app.session.page, 'import-dialog');
    await dialog.getByRole('button', { name: '创建报告' }).click();
    const outline = app.session.page.getByRole('navigation', { name: '大纲' });
    await outline.waitFor();
    const labels = await outline.locator('.outline-label').allTextContents();
    expect(labels).toContain('五、对上级机关的意见建议');
    expect(labels).toContain('（一）深入学习贯彻习近平法治思想');
    await expect
      .poll(() => app.session.page.locator('.report-title').textContent(), { timeout: 10_000 })
      .toBe('东湖县人民政府关于2024年法治政府建设情况的报告');
  });

  it('offers the chosen template’s own parts under 归入 (依法行政工作报告: 工作回顾, 存在的问题, 工作打算)', async () => {
    const dialog = await openImport();
    const text = fs.readFileSync(path.resolve(REPO_ROOT, '..', 'shared', 'examples', 'danjiangkou-2018-yifa-xingzheng-report.txt'), 'utf8');
    await dialog.getByLabel('或粘贴网页上的报告全文').fill(text);
    await dialog.getByRole('button', { name: '识别粘贴的文字' }).click();
    const result = dialog.getByRole('region', { name: '识别结果' });
    await result.getByText('识别结果：依法行政工作报告').waitFor();
    const select = result.locator('select[aria-label$="归入"]').first();
    await expect
      .poll(() => select.locator('option').allTextContents(), { timeout: 10_000 })
      .toEqual(['2018年依法行政工作回顾', '存在的问题', '2019年工作打算', '作为新增部分保留']);
  });

  it('a .docx file: the recovered outline is shown; a bad file gets a clear message', async () => {
    const dialog = await openImport();
    const input = dialog.locator('input[type=file]');
    await input.setInputFiles({
      name: 'old.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('另存为“Word 文档（.docx）”');
    await input.setInputFiles({ name: '南湖区2024年报告.docx', mimeType: 'application/octet-stream', buffer: await styledDocx() });
    const outline = dialog.getByRole('list', { name: '识别出的结构' });
    await outline.waitFor();
    const parts = await outline.locator('.import-part-row strong').allTextContents();
    expect(parts).toEqual([
      '一、2024年推进法治政府建设的主要举措和成效',
      '二、2024年党政主要负责人履行推进法治建设第一责任人职责情况',
      '三、存在的问题和不足',
      '四、2025年工作打算',
    ]);
    await expect.poll(() => outline.getByText('1.健全学法制度').count(), { timeout: 10_000 }).toBe(1);
  });
});

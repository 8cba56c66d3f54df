import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();

const LOCAL = '法治政府建设年度报告（地方政府）';
const MINE = '某省法治政府报告';
const NEW_PART = '对上级加强法治政府建设的意见建议';

async function openLibrary() {
  const { page } = app.session;
  await page.goto(app.server.pageUrl);
  await page.getByRole('heading', { name: '报告库' }).waitFor();
  await page.getByRole('button', { name: '模板库' }).click();
  await page.getByRole('heading', { name: '模板库' }).waitFor();
}

const row = (name: string) =>
  app.session.page.locator('.template-table tbody tr').filter({ has: app.session.page.getByRole('button', { name, exact: true }) });

/** Answers the app's own confirmation dialog (in-app, not the browser's confirm box). */
async function answerDialog(value: boolean) {
  const ask = app.session.page.getByRole('alertdialog', { name: '请确认' });
  await ask.waitFor();
  await ask.getByRole('button', { name: value ? /删除|离开|确定/ : '取消' }).click();
  await ask.waitFor({ state: 'detached' });
}

async function copyLocalAndAddPart() {
  const { page } = app.session;
  await row(LOCAL).getByRole('button', { name: '复制为我的模板' }).click();
  const ask = page.getByRole('dialog', { name: '复制为我的模板' });
  await ask.getByLabel('新模板的名称：').fill(MINE);
  await ask.getByRole('button', { name: '确定' }).click();
  await page.getByRole('heading', { name: `编辑模板：${MINE}` }).waitFor();
  await page.getByRole('button', { name: '添加部分' }).click();
  const part = page.getByRole('group', { name: '第6部分' });
  await expect(part.getByLabel('部分编号').inputValue()).resolves.toBe('part-1');
  // The core refuses a part without a heading and names the field.
  await page.getByRole('button', { name: '保存模板' }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('字段 parts[5].heading（部分 › 第6项 › 标题）：不能为空');
  await part.getByLabel('部分标题').fill(NEW_PART);
  await part.getByLabel('部分编号').fill('Suggestions');
  await expect(part.locator('.error').textContent()).resolves.toContain('只能使用小写字母');
  await part.getByLabel('部分编号').fill('suggestions');
  await expect(part.locator('.error').count()).resolves.toBe(0);
  await part.getByLabel('必填（报告中不能删除）').check();
  await part.getByLabel('撰写指引：概述').fill('写明对上级机关加强法治政府建设的意见和建议，要具体、可操作。');
  await part.getByLabel('撰写指引：必须写到').fill('至少一条具体建议\n\n建议的理由');
  await part.scrollIntoViewIfNeeded();
  await screenshot(page, 'template-editor');
  await page.getByRole('button', { name: '保存模板' }).click();
  await expect(page.getByRole('status').textContent()).resolves.toBe(`已保存模板“${MINE}”。`);
}

async function createReportFrom(templateLabel: string) {
  const { page } = app.session;
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('模板').selectOption({ label: templateLabel });
  await dialog.getByLabel('单位名称').fill('某市司法局');
  await dialog.getByLabel('报告年度').fill('2024');
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.getByRole('navigation', { name: '大纲' }).waitFor();
}

describe('模板库 in the browser', () => {
  it('copies a built-in template, adds a required part with guidance, and a new report follows it', async () => {
    const { page } = app.session;
    await openLibrary();
    await expect.poll(() => page.locator('.template-table .badge.builtin').count(), { timeout: 10_000 }).toBe(6);
    await screenshot(page, 'template-list');
    await copyLocalAndAddPart();

    await page.getByRole('button', { name: '← 模板库' }).click();
    // The list reloads after the editor closes; wait for the saved part count rather than the old one.
    await row(MINE).locator('.part-count', { hasText: '6 个' }).waitFor();
    await expect(row(MINE).locator('.badge').textContent()).resolves.toBe('自定义');
    await page.getByRole('button', { name: '← 报告库' }).click();
    await createReportFrom(`${MINE}（自定义）`);

    const outline = page.getByRole('navigation', { name: '大纲' });
    const labels = await outline.locator('.outline-label').allTextContents();
    expect(labels.slice(2, 8)).toEqual([
      '一、2024年推进法治政府建设的主要举措和成效',
      '二、2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '三、2024年推进法治政府建设存在的不足和原因',
      '四、2025年推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
      `六、${NEW_PART}`,
    ]);
    await outline.getByText(`六、${NEW_PART}`).click();
    const guidance = page.getByRole('complementary', { name: '撰写指引' });
    await expect(guidance.textContent()).resolves.toContain('要具体、可操作');
    await expect.poll(() => guidance.locator('li').allTextContents(), { timeout: 10_000 }).toEqual(['至少一条具体建议', '建议的理由']);
    // Required parts cannot be removed from the report.
    await expect
      .poll(() => outline.locator('.outline-entry', { hasText: NEW_PART }).locator('.badge.required').count(), { timeout: 10_000 })
      .toBe(1);
    expect(app.session.problems).toEqual([]);
  });

  it('exports a template file, refuses a broken copy naming the field, and imports the good one', async () => {
    const { page } = app.session;
    await openLibrary();
    await copyLocalAndAddPart();
    await page.getByRole('button', { name: '← 模板库' }).click();

    const downloading = page.waitForEvent('download');
    await row(MINE).getByRole('button', { name: '导出文件' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${MINE}.nianbao-template.json`);
    const dir = tempDir('nianbao-template-');
    const good = path.join(dir, 'good.json');
    await download.saveAs(good);
    const exported = JSON.parse(fs.readFileSync(good, 'utf8'));
    expect(exported.parts.map((p: { id: string }) => p.id)).toEqual([
      'measures',
      'leaders',
      'shortcomings',
      'plans',
      'other',
      'suggestions',
    ]);

    await row(MINE).getByRole('button', { name: '删除' }).click();
    await answerDialog(true);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`已删除模板“${MINE}”。`);
    await row(MINE).waitFor({ state: 'detached' });

    const broken = path.join(dir, 'broken.json');
    exported.parts[1].guidance.summary = '';
    fs.writeFileSync(broken, JSON.stringify(exported));
    await page.getByLabel('导入模板文件').setInputFiles(broken);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      '字段 parts[1].guidance.summary（部分 › 第2项 › 撰写指引 › 概述）：不能为空',
    );
    await screenshot(page, 'template-import-error');
    await expect.poll(() => row(MINE).count(), { timeout: 10_000 }).toBe(0);

    await page.getByLabel('导入模板文件').setInputFiles(good);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`已导入模板“${MINE}”。`);
    await expect(row(MINE).locator('.part-count').textContent()).resolves.toBe('6 个');
    expect(app.session.problems).toEqual([]);
  });

  it('shows a built-in template read-only and warns before unsaved changes are lost', async () => {
    const { page } = app.session;
    await openLibrary();
    await row(LOCAL).getByRole('button', { name: '查看' }).click();
    await page.getByRole('heading', { name: `查看内置模板：${LOCAL}` }).waitFor();
    await expect(page.locator('.readonly-hint').textContent()).resolves.toContain('复制为我的模板');
    await expect.poll(() => page.getByLabel('模板名称').isDisabled(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: '添加部分' }).isDisabled(), { timeout: 10_000 }).toBe(true);
    await screenshot(page, 'template-builtin-readonly');
    await page.getByRole('button', { name: '← 模板库' }).click();

    await copyLocalAndAddPart();
    await page.getByLabel('模板名称').fill('改过但没保存的名称');
    await page.getByRole('button', { name: '← 模板库' }).click();
    await answerDialog(false);
    // Dismissing the warning keeps the editor with the unsaved text.
    await expect(page.getByLabel('模板名称').inputValue()).resolves.toBe('改过但没保存的名称');
    await page.getByRole('button', { name: '← 模板库' }).click();
    await answerDialog(true);
    await page.getByRole('heading', { name: '模板库' }).waitFor();
    await row(MINE).waitFor();
    await expect.poll(() => row('改过但没保存的名称').count(), { timeout: 10_000 }).toBe(0);
  });
});

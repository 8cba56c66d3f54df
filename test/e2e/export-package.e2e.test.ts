import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { tempDir } from '../helpers';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

interface Detail {
  report: { id: string; title: string };
  sections: Array<{ id: string; partId: string | null }>;
}

async function seed() {
  const d = await post<Detail>('reports.create', {
    templateId: 'fazhi-annual-local',
    agency: '甲市人民政府',
    year: 2024,
    reportDate: null,
  });
  const part = d.sections.find((s) => s.partId === 'measures')!;
  await post('sections.save', { id: part.id, content: stateFromParagraphs(['全年办理行政复议案件12件。']) });
  return d.report;
}

describe('public export and report packages in the browser', () => {
  it('a 公开 export needs the three checks; they are recorded with the exported version', async () => {
    const report = await seed();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('button', { name: report.title }).click();
    await page.getByRole('button', { name: '公开发布导出' }).click();
    const dialog = page.getByRole('dialog', { name: '公开发布前检查' });
    const submit = dialog.getByRole('button', { name: '导出公开发布稿' });
    await dialog.getByLabel('已完成保密审查（不含国家秘密和工作秘密）').check();
    await dialog.getByLabel('已认定公开属性（主动公开）').check();
    await expect.poll(() => submit.isDisabled(), { timeout: 10_000 }).toBe(true);
    await dialog.getByLabel('主要负责人已签批').check();
    await dialog.getByLabel('签批人（可选）').fill('王市长');
    await screenshot(page, 'public-export-checklist');
    const download = page.waitForEvent('download');
    await submit.click();
    expect((await download).suggestedFilename()).toBe(`${report.title}.docx`);
    await page.getByText(/已导出公开发布稿（第 1 版），检查清单已随版本记录/).waitFor();
    await page.getByRole('button', { name: '版本记录' }).click();
    await expect
      .poll(() => page.locator('tr[data-version="1"]').textContent(), { timeout: 10_000 })
      .toContain('公开前检查：已完成，签批：王市长');
    expect(app.session.problems).toEqual([]);
  });

  it('exports a report package and imports it again as a second copy after asking', async () => {
    const report = await seed();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    const download = page.waitForEvent('download');
    await page.locator('tr', { hasText: report.title }).getByRole('button', { name: '导出报告包' }).click();
    const file = path.join(tempDir(), (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(file.endsWith('甲市人民政府关于2024年法治政府建设情况的报告.nianbao')).toBe(true);
    await page.getByLabel('选择报告包文件').setInputFiles(file);
    // The app asks in its own dialog (not the browser's confirm box).
    const ask = page.getByRole('alertdialog', { name: '请确认' });
    await expect.poll(() => ask.textContent()).toContain('本机已有这份报告');
    await ask.getByRole('button', { name: '保留两份' }).click();
    await page.getByText(/已导入为副本“.*（导入副本）”/).waitFor();
    await expect.poll(() => page.locator('.report-table tbody tr').count(), { timeout: 10_000 }).toBe(2);
    fs.writeFileSync(file, 'not a package');
    await page.getByLabel('选择报告包文件').setInputFiles(file);
    await page.getByText('该文件不是年报的报告包（.nianbao 文件），无法导入。').waitFor();
  });
});

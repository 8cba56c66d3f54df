import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

type Detail = { report: { id: string }; sections: Array<{ id: string; partId: string | null; revision: number }> };

describe('数据 panel', () => {
  it('a field typed in the panel shows last year and the change; the prose that contradicts it is found in 校对', async () => {
    const last = await post<Detail>('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '青石市人民政府',
      year: 2023,
      reportDate: null,
    });
    await post('fields.set', { reportId: last.report.id, fieldId: 'leader-appearance-rate', value: 90 });
    const now = await post<Detail>('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '青石市人民政府',
      year: 2024,
      reportDate: null,
    });
    const leaders = now.sections.find((s) => s.partId === 'leaders')!;
    await post('sections.save', {
      id: leaders.id,
      baseRevision: leaders.revision,
      content: stateFromParagraphs(['全年行政机关负责人出庭应诉率100%。']),
    });
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page
      .getByRole('region', { name: '2024年度' })
      .getByRole('button', { name: /青石市人民政府关于2024年法治政府建设/ })
      .click();
    await page.getByRole('button', { name: '数据', exact: true }).click();
    const panel = page.getByRole('complementary', { name: '数据' });
    const input = panel.getByLabel('行政机关负责人出庭应诉率', { exact: true });
    await input.fill('95');
    await input.blur();
    const row = panel.locator('tr', { has: page.getByLabel('行政机关负责人出庭应诉率', { exact: true }) });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('+5%');
    expect(await row.textContent()).toContain('90%');
    await screenshot(page, 'fields-panel');
    await page.getByRole('button', { name: '校对' }).click();
    await page.getByRole('button', { name: '重新检查' }).click();
    await expect.poll(() => page.locator('.check-item', { hasText: '数据中填的是 95%' }).count(), { timeout: 10_000 }).toBe(1);
    expect(app.session.problems).toEqual([]);
  });

  it('插入 puts a field into the text as a live value: it follows the field and is saved as plain text', async () => {
    const now = await post<Detail>('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '青石市人民政府',
      year: 2024,
      reportDate: null,
    });
    await post('fields.set', { reportId: now.report.id, fieldId: 'review-received', value: 12 });
    const leaders = now.sections.find((s) => s.partId === 'measures')!;
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page
      .getByRole('region', { name: '2024年度' })
      .getByRole('button', { name: /青石市人民政府关于2024年法治政府建设/ })
      .click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('2024年推进法治政府建设的主要举措和成效', { exact: false }).click();
    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.type('全年收到行政复议申请');
    await page.getByRole('button', { name: '数据', exact: true }).click();
    const panel = page.getByRole('complementary', { name: '数据' });
    await panel.getByRole('button', { name: '插入行政复议收案数' }).click();
    await expect.poll(() => editor.locator('.field-value').textContent(), { timeout: 10_000 }).toBe('12件');
    const input = panel.getByLabel('行政复议收案数', { exact: true });
    await input.fill('15');
    await input.blur();
    await expect.poll(() => editor.locator('.field-value').textContent(), { timeout: 10_000 }).toBe('15件');
    await screenshot(page, 'fields-live-value');
    await expect
      .poll(
        async () =>
          (await post<{ sections: Array<{ id: string; plainText: string }> }>('reports.get', { id: now.report.id })).sections.find(
            (s) => s.id === leaders.id,
          )!.plainText,
        { timeout: 10_000 },
      )
      .toBe('全年收到行政复议申请15件');
    expect(app.session.problems).toEqual([]);
  });
});

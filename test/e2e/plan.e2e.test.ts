import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { REPO_ROOT } from '../helpers';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

const AGENCY = '青石市人民政府';
const MEASURES = [
  {
    text: '将习近平法治思想纳入市政府常务会议会前学法内容，全年集中学法不少于4次',
    leadUnit: '市司法局',
    units: '市政府办公室',
    deadline: '全年',
  },
  { text: '组织全市领导干部应知应会法律法规清单考试', leadUnit: '市委组织部', units: '各县（市、区）政府', deadline: '2025-06-30' },
  { text: '开展行政机关负责人出庭应诉专项督导', leadUnit: '市司法局', units: '市中级人民法院', deadline: '2025-09-30' },
  { text: '动态调整市级权责清单并在政府网站公布', leadUnit: '市委编办', units: '市直各部门', deadline: '2025-03-31' },
  { text: '推行证明事项告知承诺制，公布告知承诺事项目录', leadUnit: '市司法局', units: '市政务服务中心', deadline: '2025-12-31' },
  { text: '建设全市行政执法综合监管平台并上线运行', leadUnit: '市数据局', units: '市直各行政执法部门', deadline: '长期' },
];
const ANSWERS = [
  '市政府常务会议会前学法5次，将习近平法治思想作为会前学法的首要内容，集中学法超过计划的4次。',
  '组织全市领导干部参加应知应会法律法规清单考试，参考率达到100%。',
  '动态调整市级权责清单，调整事项126项，已在市政府网站公布。',
  '全面推行证明事项告知承诺制，公布告知承诺事项目录68项。',
];

type Detail = {
  report: { id: string };
  sections: Array<{ id: string; partId: string | null; parentId: string | null; position: number; heading: string; revision: number }>;
};

async function planWithSixMeasures(year = 2025) {
  const plan = await post<Detail>('reports.create', { templateId: 'fazhi-work-points', agency: AGENCY, year, reportDate: null });
  const tasks = plan.sections.find((s) => s.partId === 'tasks')!;
  const aspects = plan.sections.filter((s) => s.parentId === tasks.id).sort((a, b) => a.position - b.position);
  await post('plan.saveMeasures', { sectionId: aspects[0]!.id, measures: MEASURES.slice(0, 3) });
  await post('plan.saveMeasures', { sectionId: aspects[1]!.id, measures: MEASURES.slice(3) });
  return { plan, aspects };
}

describe('the annual plan, end to end', () => {
  it('the plan answers itself: six measures, four answered, two findings; 未完成 with a reason clears one', async () => {
    await planWithSixMeasures();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('heading', { name: '报告库' }).waitFor();
    // The year's report, created new in the app.
    await page.getByRole('button', { name: '新建报告' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('模板').selectOption('fazhi-annual-local');
    await dialog.getByLabel('单位名称').fill(AGENCY);
    await dialog.getByLabel('报告年度').fill('2025');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.locator('.report-title').waitFor();
    const reportId = (await post<Array<{ id: string; kind: string }>>('reports.list', {})).find((r) => r.kind === 'fazhi-annual')!.id;
    const detail = await post<Detail>('reports.get', { id: reportId });
    const measures = detail.sections.find((s) => s.partId === 'measures')!;
    await post('sections.save', { id: measures.id, content: stateFromParagraphs(ANSWERS), baseRevision: measures.revision });
    await page.reload(); // F5 stays in the report (issue 10: the address names the place)
    await page.locator('.report-title').waitFor();

    const planButton = page.getByRole('button', { name: /^年度计划/ });
    await expect.poll(() => planButton.textContent(), { timeout: 10_000 }).toBe('年度计划（2 项未回应）');
    await page.getByRole('button', { name: '校对' }).click();
    const checks = page.getByRole('complementary', { name: '校对' });
    await expect.poll(() => checks.locator('.check-item', { hasText: '在报告中没有提到' }).count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => checks.textContent()).toContain('开展行政机关负责人出庭应诉专项督导');

    await planButton.click();
    const panel = page.getByRole('complementary', { name: '年度计划落实情况' });
    await expect.poll(() => panel.locator('.plan-measure').count()).toBe(6);
    await expect.poll(() => panel.locator('.plan-measure.unanswered').count()).toBe(2);
    // A suggestion found by content is confirmed by the user.
    const first = panel.locator('.plan-measure').first();
    await first.getByText('可能的回应').waitFor();
    await first.getByRole('button', { name: '确认是这一段' }).click();
    await first.getByText('已确认：').waitFor();
    await screenshot(page, 'plan-checklist');

    const court = panel.locator('.plan-measure', { hasText: '出庭应诉专项督导' });
    await court.getByLabel('落实情况').selectOption('not-done');
    await court.getByRole('button', { name: '保存落实情况' }).click();
    await expect.poll(() => court.getByRole('alert').textContent()).toContain('请填写未完成的原因');
    await court.getByLabel('未完成的原因').fill('法院排期调整，督导推迟到2026年一季度');
    await court.getByRole('button', { name: '保存落实情况' }).click();
    await expect.poll(() => planButton.textContent(), { timeout: 10_000 }).toBe('年度计划（1 项未回应）');
    await expect
      .poll(() => panel.locator('.plan-measure', { hasText: '出庭应诉专项督导' }).textContent())
      .toContain('当前：未完成（法院排期调整');

    await page.getByRole('button', { name: '校对' }).click();
    await page.getByRole('button', { name: '重新检查' }).click();
    await expect.poll(() => checks.locator('.check-item', { hasText: '在报告中没有提到' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => checks.textContent()).not.toContain('开展行政机关负责人出庭应诉专项督导');
    await screenshot(page, 'plan-checks-after');
    expect(app.session.problems).toEqual([]);
  });

  it('a plan is written with structured measures under its aspects and they survive a reload', async () => {
    const { plan, aspects } = await planWithSixMeasures(2026);
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('region', { name: '2026年度' }).getByRole('button', { name: '青石市人民政府2026年法治政府建设工作要点' }).click();
    const outline = page.getByRole('navigation', { name: '大纲' });
    await outline.getByText(aspects[2]!.heading, { exact: false }).click();
    const editor = page.getByRole('region', { name: '本方面的措施' });
    await editor.getByRole('button', { name: '＋ 添加措施' }).click();
    await editor.getByLabel('措施 1 内容').fill('公布年度重大行政决策事项目录');
    await editor.getByLabel('牵头单位').fill('市政府办公室');
    await editor.getByLabel('责任单位').fill('市司法局');
    await editor.getByLabel('完成时限').selectOption('date');
    await editor.getByLabel('完成日期').fill('2026-03-31');
    await editor.getByRole('button', { name: '保存措施' }).click();
    await editor.getByText('已保存 1 项措施。').waitFor();
    await screenshot(page, 'plan-measure-editor');
    await page.reload(); // F5 stays in the report and the aspect (issue 10)
    await page.getByRole('navigation', { name: '大纲' }).getByText(aspects[2]!.heading, { exact: false }).click();
    await expect
      .poll(() => page.getByRole('region', { name: '本方面的措施' }).getByLabel('措施 1 内容').inputValue())
      .toBe('公布年度重大行政决策事项目录');
    const stored = await post<Array<{ text: string; deadline: string }>>('plan.measures', { reportId: plan.report.id });
    expect(stored.map((m) => [m.text.slice(0, 6), m.deadline])).toContainEqual(['公布年度重大', '2026-03-31']);
    expect(app.session.problems).toEqual([]);
  });

  it('a plan is imported from pasted web text; the items it could not split are shown for correction', async () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/plan/bracket-plan.txt'), 'utf8');
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('button', { name: '导入工作计划' }).click();
    const dialog = page.getByRole('dialog', { name: '导入工作计划（工作要点）' });
    await dialog.getByLabel(/或粘贴网页上的计划全文/).fill(text);
    await dialog.getByRole('button', { name: '识别粘贴的文字' }).click();
    await expect.poll(() => dialog.textContent(), { timeout: 10_000 }).toContain('3 个方面，7 项措施，其中 2 项需要核对');
    const fix = dialog.locator('.needs-fix');
    await expect.poll(() => fix.count()).toBe(2);
    await expect.poll(() => fix.nth(1).textContent()).toContain('完成时限“今年下半年适时”无法识别');
    await screenshot(page, 'plan-import-preview');
    await fix.nth(1).getByLabel('完成时限').selectOption('date');
    await fix.nth(1).getByLabel('完成日期').fill('2025-12-31');
    await fix.nth(1).getByRole('button', { name: '已核对' }).click();
    await expect.poll(() => dialog.locator('.needs-fix').count()).toBe(1);
    await dialog.getByRole('button', { name: '保存为工作计划' }).click();
    await expect.poll(() => page.locator('.report-title').textContent(), { timeout: 10_000 }).toBe('青石市2025年法治政府建设工作要点');
    const plan = (await post<Array<{ id: string; kind: string }>>('reports.list', {})).find((r) => r.kind === 'work-plan')!;
    const stored = await post<Array<{ deadline: string }>>('plan.measures', { reportId: plan.id });
    expect(stored.map((m) => m.deadline)).toEqual(['全年', '2025-06-30', '2025-03-31', '2025-09-30', '', '长期', '2025-12-31']);
    expect(app.session.problems).toEqual([]);
  });

  it('the deadline panel lists the plan measures past their 完成时限 and not done', async () => {
    const year = new Date().getFullYear();
    const plan = await post<Detail>('reports.create', { templateId: 'fazhi-work-plan', agency: AGENCY, year, reportDate: null });
    const aspect = plan.sections.find((s) => s.parentId === plan.sections.find((p) => p.partId === 'tasks')!.id)!;
    const past = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await post('plan.saveMeasures', {
      sectionId: aspect.id,
      measures: [
        { text: '修订行政规范性文件管理办法', leadUnit: '市司法局', deadline: past },
        { text: '完成的事项', leadUnit: '市司法局', deadline: past },
      ],
    });
    const [, done] = await post<Array<{ id: string }>>('plan.measures', { reportId: plan.report.id });
    await post('plan.markMeasure', { id: done!.id, status: 'done' });
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    const panel = page.getByRole('region', { name: '期限提醒' });
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('措施：修订行政规范性文件管理办法');
    expect(await panel.textContent()).not.toContain('完成的事项');
    await expect
      .poll(() => panel.locator('.deadline', { hasText: '修订行政规范性文件' }).locator('.badge').textContent())
      .toBe('逾期未完成');
    await screenshot(page, 'plan-deadlines');
  });
});

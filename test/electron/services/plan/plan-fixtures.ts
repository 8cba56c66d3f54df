import { saveAtCurrent } from '../../../helpers';
import type { Core } from '../../../../electron/services/core';
import { stateFromParagraphs } from '../../../../shared/rich-text';

/** A 2025 plan of 青石市 with six measures in two aspects, and its report answering four of them. */

export const AGENCY = '青石市人民政府';

export const MEASURES = [
  {
    text: '将习近平法治思想纳入市政府常务会议会前学法内容，全年集中学法不少于4次',
    leadUnit: '市司法局',
    units: '市政府办公室',
    deadline: '全年' as const,
  },
  {
    text: '组织全市领导干部应知应会法律法规清单考试',
    leadUnit: '市委组织部',
    units: '各县（市、区）政府，市直各部门',
    deadline: '2025-06-30' as const,
  },
  { text: '开展行政机关负责人出庭应诉专项督导', leadUnit: '市司法局', units: '市中级人民法院', deadline: '2025-09-30' as const },
  { text: '动态调整市级权责清单并在政府网站公布', leadUnit: '市委编办', units: '市直各部门', deadline: '2025-03-31' as const },
  { text: '推行证明事项告知承诺制，公布告知承诺事项目录', leadUnit: '市司法局', units: '市政务服务中心', deadline: '2025-12-31' as const },
  {
    text: '建设全市行政执法综合监管平台并上线运行',
    leadUnit: '市数据局',
    units: '市直各行政执法部门',
    deadline: '长期' as const,
    indicator: '平台覆盖全部执法部门',
  },
];

/** Four of the six measures answered in the report's own words; 出庭应诉 and 执法监管平台 never mentioned. */
export const REPORT_PARAGRAPHS = [
  '市政府常务会议会前学法5次，将习近平法治思想作为会前学法的首要内容，集中学法超过计划的4次。',
  '组织全市领导干部参加应知应会法律法规清单考试，参考率达到100%。',
  '动态调整市级权责清单，调整事项126项，已在市政府网站公布。',
  '全面推行证明事项告知承诺制，公布告知承诺事项目录68项，减少群众提交证明材料2万余份。',
  '深化“放管服”改革，企业开办时间压缩至1个工作日。',
];

export async function createPlanWithMeasures(core: Core, agency = AGENCY, year = 2025) {
  const plan = await core.invoke('reports.create', { templateId: 'fazhi-work-points', agency, year, reportDate: null });
  const tasks = plan.sections.find((s) => s.partId === 'tasks')!;
  const aspects = plan.sections.filter((s) => s.parentId === tasks.id).sort((a, b) => a.position - b.position);
  await core.invoke('plan.saveMeasures', { sectionId: aspects[0]!.id, measures: MEASURES.slice(0, 3) });
  await core.invoke('plan.saveMeasures', { sectionId: aspects[1]!.id, measures: MEASURES.slice(3) });
  return { plan, aspects };
}

export async function createAnsweringReport(core: Core, agency = AGENCY, year = 2025) {
  const report = await core.invoke('reports.create', { templateId: 'fazhi-annual-local', agency, year, reportDate: '2026-02-10' });
  const measures = report.sections.find((s) => s.partId === 'measures')!;
  await saveAtCurrent(core, { id: measures.id, content: stateFromParagraphs(REPORT_PARAGRAPHS) });
  return { report, measuresSectionId: measures.id };
}

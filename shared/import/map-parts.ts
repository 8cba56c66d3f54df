import { PART_ROLES, type PartRole } from './import-schema';

/**
 * Maps a level-1 heading to the meaning of a template part, by what it says rather than its exact
 * wording: 「2019年度法治政府建设工作总结」 and 「深入学习贯彻习近平法治思想……」 are both `measures`.
 */

/** Roles found by a keyword; when several match, the keyword that comes first in the heading wins. */
const ROLE_WORDS: Array<{ role: PartRole; re: RegExp }> = [
  { role: 'leaders', re: /(第一责任人|主要负责人|党政主要负责|履行推进法治建设|履职情况)/u },
  { role: 'shortcomings', re: /(不足|存在的?主要问题|存在的?问题|问题和原因|问题及原因|短板|差距|薄弱环节)/u },
  {
    role: 'plans',
    re: /(主要安排|工作安排|下一步|下步|下一年度|工作打算|打算|工作计划|计划|工作思路|思路|努力方向|工作重点|展望|工作要点)/u,
  },
  { role: 'other', re: /(其他需要报告|其他事项|其他情况|需要报告的)/u },
];

/** What a 主要举措和成效 part is called, including the 纲要 chapters some reports use as level-1 parts. */
const MEASURES =
  /(举措|成效|工作总结|工作回顾|回顾|主要工作|主要做法|工作开展|开展情况|推进情况|建设情况|工作情况|习近平法治思想|学习贯彻|职能体系|制度体系|决策|执法|突发事件|矛盾纠纷|监督|科技保障|数字|党的领导|推进机制|依法行政|普法|法治宣传)/u;

/**
 * The parts of a 政府信息公开工作年度报告 (国办公开办函〔2021〕30号): 「一、总体情况」「（二）主动公开政府信息」
 * 「三、收到和处理政府信息公开申请」「四、政府信息公开行政复议、行政诉讼」, with or without 情况; its
 * 存在的主要问题及改进情况 and 其他需要报告的事项 are read by the words above.
 */
const GOV_INFO_WORDS: Array<{ role: PartRole; re: RegExp }> = [
  { role: 'overview', re: /(总体|概况|基本情况|概述)/u },
  { role: 'active', re: /主动公开/u },
  { role: 'requests', re: /(收到和处理|收到及处理|依申请公开|公开申请)/u },
  { role: 'appeals', re: /(行政复议|行政诉讼)/u },
];
const GOV_INFO_ROLE_WORDS = [...GOV_INFO_WORDS, ...ROLE_WORDS.filter((w) => w.role === 'shortcomings' || w.role === 'other')];

/** The role of a level-1 heading; `govInfo` reads it as a part of a 政府信息公开工作年度报告. */
export function roleOfHeading(heading: string, govInfo = false): PartRole | null {
  let best: { role: PartRole; at: number } | null = null;
  for (const { role, re } of govInfo ? GOV_INFO_ROLE_WORDS : ROLE_WORDS) {
    const m = re.exec(heading);
    if (m && (best === null || m.index < best.at)) best = { role, at: m.index };
  }
  if (best) return best.role;
  if (govInfo) return null;
  return MEASURES.test(heading) ? 'measures' : null;
}

/** Which template part holds which role. Templates whose parts are named by role map to themselves. */
const TEMPLATE_PART_ROLES: Record<string, Partial<Record<string, PartRole>>> = {
  'yifa-report': { review: 'measures', problems: 'shortcomings', 'next-steps': 'plans' },
  'gov-info-annual': {
    overview: 'overview',
    active: 'active',
    requests: 'requests',
    appeals: 'appeals',
    problems: 'shortcomings',
    other: 'other',
  },
};

export function roleOfTemplatePart(templateId: string, partId: string): PartRole | null {
  const special = TEMPLATE_PART_ROLES[templateId];
  if (special) return special[partId] ?? null;
  return PART_ROLES.find((r) => r === partId) ?? null;
}

export function templatePartOfRole(templateId: string, partIds: readonly string[], role: PartRole): string | null {
  return partIds.find((id) => roleOfTemplatePart(templateId, id) === role) ?? null;
}

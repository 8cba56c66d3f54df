import type { ImportedSection, PartRole } from './import-schema';

/**
 * A best guess for each level-1 part that fits no template part (issue 12), from its position and
 * its words. It is shown in the import preview as a suggestion; the mapping changes only when the
 * user takes it.
 */
export interface PartSuggestion {
  /** Index among the level-1 parts, as the preview lists them. */
  index: number;
  /** The suggested role; null = keep as a part of its own. */
  part: PartRole | null;
  reason: string;
}

const OWN_PART = /(意见建议|意见和建议|对上级|建议)/u;
const WORK_WORDS = /(工作|举措|推进|加强|深化|健全|完善|强化|提升|落实|聚焦|坚持|推动|服务|优化|规范|创新)/u;

export function suggestParts(sections: readonly ImportedSection[]): PartSuggestion[] {
  const out: PartSuggestion[] = [];
  sections.forEach((s, index) => {
    if (s.part !== null) return;
    if (OWN_PART.test(s.heading)) {
      out.push({ index, part: null, reason: '意见建议是单独的部分（部分省份要求报告），建议作为新增部分保留在原来的位置' });
      return;
    }
    const before =
      sections
        .slice(0, index)
        .reverse()
        .find((x) => x.part !== null)?.part ?? null;
    const after = sections.slice(index + 1).find((x) => x.part !== null)?.part ?? null;
    if (before === 'measures' && after === 'measures') {
      out.push({ index, part: 'measures', reason: '位于两个“主要举措和成效”部分之间，内容是工作举措' });
    } else if (before === 'measures' && WORK_WORDS.test(s.heading) && (after === null || after === 'leaders' || after === 'shortcomings')) {
      out.push({ index, part: 'measures', reason: '紧接“主要举措和成效”，标题写的是工作举措' });
    } else if (before === null && after === 'measures' && WORK_WORDS.test(s.heading)) {
      out.push({ index, part: 'measures', reason: '位于“主要举措和成效”之前，标题写的是工作举措' });
    } else if (before === 'plans' && after === null && /(保障|措施|要求)/u.test(s.heading)) {
      out.push({ index, part: 'plans', reason: '紧接“下一年度主要安排”，写的是落实安排的保障' });
    }
  });
  return out;
}

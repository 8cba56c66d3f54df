import { matches } from '../text';
import type { Hit, ParagraphRule } from '../types';

export const renamedBodies: ParagraphRule = {
  id: 'formulas.renamed-body',
  name: '机构名称已变更',
  category: '固定表述',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    const hits: Hit[] = [];
    if (ctx.year === null) return hits;
    for (const body of ctx.data.renamedBodies) {
      if (ctx.year < body.fromYear) continue;
      for (const m of matches(p.text, body.pattern)) {
        // 「原市工商局」: the word may stand a few characters before, within the same phrase.
        const phrase = /[^，。；、：\s“”（）]*$/u.exec(p.text.slice(Math.max(0, m.index - 8), m.index))![0];
        if (body.allowedBefore.some((a) => phrase.includes(a))) continue;
        hits.push({
          start: m.index,
          length: m[0].length,
          fix: null,
          message: `机构改革后“${m[0]}”的职责已划入${body.current}，${ctx.year}年度报告应使用现名称；如指改革前的机构，请写“原${m[0]}”。`,
        });
      }
    }
    return hits;
  },
};

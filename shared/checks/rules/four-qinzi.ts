import { matches } from '../text';
import type { Hit, ParagraphRule } from '../types';

const CLAUSE = /亲自([\u4e00-\u9fff]{2})/gu;

export const fourQinzi: ParagraphRule = {
  id: 'formulas.four-qinzi',
  name: '“四个亲自”表述',
  category: '固定表述',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    const formula = ctx.data.fourQinzi;
    const verbs = new Map(formula.map((c) => [c.verb, c.object]));
    const clauses = [...matches(p.text, CLAUSE)].filter((m) => verbs.has(m[1]!));
    // One 「亲自部署」 alone is ordinary prose; two or more clauses quote the formula.
    if (clauses.length < 2) return [];
    const hits: Hit[] = [];
    for (const m of clauses) {
      const expected = verbs.get(m[1]!)!;
      const start = Math.max(0, m.index - expected.length);
      if (p.text.slice(start, m.index) === expected) continue;
      hits.push({
        start,
        length: m.index - start,
        fix: expected,
        message: `“四个亲自”的规范表述是“${formula.map((c) => `${c.object}亲自${c.verb}`).join('、')}”，此处应为“${expected}亲自${m[1]}”。`,
      });
    }
    return hits;
  },
};

import { formulaDeviations } from '../formula-match';
import type { ParagraphRule } from '../types';

/**
 * 「重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办」 matched as a whole: when three
 * of the four clauses are there, a fourth that deviates (another object, another verb) is reported
 * with the right clause. One 「亲自部署」 alone is ordinary prose.
 */
export const fourQinzi: ParagraphRule = {
  id: 'formulas.four-qinzi',
  name: '“四个亲自”表述',
  category: '固定表述',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    if (!p.text.includes('亲自')) return [];
    const clauses = ctx.data.fourQinzi.map((c) => `${c.object}亲自${c.verb}`);
    return formulaDeviations(
      p.text,
      { name: '四个亲自', clauses, quorum: 3 },
      (found, expected) => `“四个亲自”的规范表述是“${clauses.join('、')}”，“${found}”应为“${expected}”。`,
    );
  },
};

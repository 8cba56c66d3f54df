import { formulaDeviations } from '../formula-match';
import type { Hit, ParagraphRule } from '../types';

/** The fixed formulas of typos.json (四个意识, 十六字方针, 决策法定程序 …) matched as wholes. */
export const fixedFormulas: ParagraphRule = {
  id: 'formulas.whole',
  name: '固定表述完整',
  category: '固定表述',
  severity: 'warning',
  scope: 'paragraph',
  basis: '中央文件规范表述',
  check(p, ctx) {
    const hits: Hit[] = [];
    for (const formula of ctx.data.typos?.formulas ?? []) {
      for (const d of formulaDeviations(
        p.text,
        formula,
        (found, expected) => `“${formula.name}”的规范表述是“${formula.clauses.join('、')}”，“${found}”应为“${expected}”。`,
      )) {
        hits.push({ ...d, basis: formula.source });
      }
    }
    return hits;
  },
};

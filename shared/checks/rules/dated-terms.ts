import { patternHits } from '../text';
import type { ParagraphRule } from '../types';

export const datedTerms: ParagraphRule = {
  id: 'formulas.dated-term',
  name: '过时表述',
  category: '固定表述',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    return patternHits(p.text, ctx.data.datedTerms, ctx);
  },
};

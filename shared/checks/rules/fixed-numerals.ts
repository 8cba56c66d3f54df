import { patternHits } from '../text';
import type { ParagraphRule } from '../types';

export const fixedNumerals: ParagraphRule = {
  id: 'numbers.fixed-chinese-numerals',
  name: '固定表述的汉字数字',
  category: '数字与日期',
  severity: 'error',
  scope: 'paragraph',
  check(p, ctx) {
    return patternHits(p.text, ctx.data.fixedNumerals, ctx);
  },
};

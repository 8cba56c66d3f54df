import { patternHits } from '../text';
import type { ParagraphRule } from '../types';

export const vagueTime: ParagraphRule = {
  id: 'words.vague-time',
  name: '模糊时间词',
  category: '用词',
  severity: 'suggestion',
  scope: 'paragraph',
  check(p, ctx) {
    if (p.role === 'date' || p.role === 'signature') return [];
    return patternHits(p.text, ctx.data.vagueTime, ctx);
  },
};

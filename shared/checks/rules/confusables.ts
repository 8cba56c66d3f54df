import { patternHits } from '../text';
import type { Hit, ParagraphRule } from '../types';

export const confusables: ParagraphRule = {
  id: 'words.confusable',
  name: '易混淆词',
  category: '用词',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    const hits: Hit[] = patternHits(p.text, ctx.data.confusables, ctx);
    // The user's own pairs are literal words: 易错写法 → 正确写法.
    for (const { wrong, right } of ctx.user.confusables) {
      if (right.includes(wrong)) continue;
      for (let i = p.text.indexOf(wrong); i !== -1; i = p.text.indexOf(wrong, i + wrong.length)) {
        hits.push({ start: i, length: wrong.length, fix: right, message: `按本单位词表，“${wrong}”应写作“${right}”。` });
      }
    }
    return hits;
  },
};

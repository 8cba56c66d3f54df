import { matches } from '../text';
import type { ParagraphRule } from '../types';

// 「10年」 alone is usually a duration; a two-digit year is certain only with a month after it, a
// 度/底/初 after it, or a leading zero.
const SHORT_YEAR = /(?<![\d０-９.\-—～])(\d{2})年(?=\d{1,2}(?:[—\-～]\d{1,2})?月|度|底|初|上半年|下半年)|(?<![\d０-９.\-—～])(0\d)年/gu;

export const abbreviatedYear: ParagraphRule = {
  id: 'numbers.short-year',
  name: '年份简写',
  category: '数字与日期',
  severity: 'error',
  scope: 'paragraph',
  check(p, ctx) {
    const pivot = ((ctx.year ?? 2030) % 100) + 1;
    return [...matches(p.text, SHORT_YEAR)].map((m) => {
      const yy = m[1] ?? m[2]!;
      const full = `${Number(yy) <= pivot ? '20' : '19'}${yy}`;
      return { start: m.index, length: yy.length, fix: full, message: `年份不能简写，“${yy}年”应写作“${full}年”。` };
    });
  },
};

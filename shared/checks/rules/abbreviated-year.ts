import { matches } from '../text';
import type { Hit, ParagraphRule } from '../types';

// 「10年」 alone is usually a duration; a two-digit year is certain only with a month after it, a
// 度/底/初 after it, or a leading zero.
const SHORT_YEAR = /(?<![\d０-９.\-—～])(\d{2})年(?=\d{1,2}(?:[—\-～]\d{1,2})?月|度|底|初|上半年|下半年)|(?<![\d０-９.\-—～])(0\d)年/gu;
// In any other position a two-digit year is told from a duration by what surrounds it: 「较23年增加」
// 「与23年相比」「自22年以来」「23年全年」 name a year; 「用10年时间」「近20年来」「10年前」 do not.
const ANCHORED =
  /(?<=(?:较|比|与|同|自|从|于|截至|至|到)[\s\u3000]?)(\d{2})年(?!前|后|来|内|里|间|多|以上|以内|以下|左右|之久|时间|之内|以后|以前|期间|[—\-～]\d)/gu;
const ANCHORED_AFTER = /(?<![\d０-９.\-—～])(\d{2})年(?=同期|全年|相比|以来|年初|年末|同比|实现|共计|累计|受理|办理|收到|新收|制发)/gu;

export const abbreviatedYear: ParagraphRule = {
  id: 'numbers.short-year',
  name: '年份简写',
  category: '数字与日期',
  severity: 'error',
  scope: 'paragraph',
  check(p, ctx) {
    const pivot = ((ctx.year ?? 2030) % 100) + 1;
    const hits: Hit[] = [];
    const seen = new Set<number>();
    const add = (m: RegExpExecArray, yy: string, recentOnly: boolean) => {
      if (seen.has(m.index)) return;
      // Out of context, only a recent year is taken for one: 「较23年」 in a 2024 report, not 「较50年」.
      if (recentOnly && ctx.year !== null && (Number(yy) > pivot || Number(yy) < pivot - 12)) return;
      seen.add(m.index);
      const full = `${Number(yy) <= pivot ? '20' : '19'}${yy}`;
      hits.push({ start: m.index, length: yy.length, fix: full, message: `年份不能简写，“${yy}年”应写作“${full}年”。` });
    };
    for (const m of matches(p.text, SHORT_YEAR)) add(m, m[1] ?? m[2]!, false);
    for (const m of matches(p.text, ANCHORED)) if (!/[\d０-９]/u.test(p.text[m.index - 1] ?? '')) add(m, m[1]!, true);
    for (const m of matches(p.text, ANCHORED_AFTER)) add(m, m[1]!, true);
    return hits.sort((a, b) => a.start - b.start);
  },
};

import { matches } from '../text';
import type { Hit, ParagraphRule } from '../types';

const QUOTED = /“(\d{1,2})[.．\-－•・](\d{1,2})”/gu;
const BARE = /(?<![\d.．“])(\d{1,2})[.．•・](\d{1,2})(?=(?:国家)?宪法日|国际|消费者权益|宣传日|宣传周|主题|专项行动)/gu;

const valid = (m: string, d: string) => Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31;

export const dateNamedDay: ParagraphRule = {
  id: 'numbers.date-named-day',
  name: '月日简称',
  category: '数字与日期',
  severity: 'warning',
  scope: 'paragraph',
  check(p) {
    const hits: Hit[] = [];
    for (const m of matches(p.text, QUOTED)) {
      if (!valid(m[1]!, m[2]!)) continue;
      hits.push({
        start: m.index,
        length: m[0].length,
        fix: `“${m[1]}·${m[2]}”`,
        message: `以月日命名的节日和事件，月、日之间用间隔号“·”。`,
      });
    }
    for (const m of matches(p.text, BARE)) {
      if (!valid(m[1]!, m[2]!)) continue;
      hits.push({
        start: m.index,
        length: m[0].length,
        fix: `“${m[1]}·${m[2]}”`,
        message: `以月日命名的节日和事件应写作“${m[1]}·${m[2]}”（加引号，用间隔号）。`,
      });
    }
    return hits;
  },
};

import { matches } from '../text';
import type { ParagraphRule } from '../types';

// 「20162020年」: two years run together, the dash of the range lost (pasted from a PDF or a table).
const RUN = /(?<![\d０-９])((?:19|20)\d{2})((?:19|20)\d{2})(?=年)/gu;

export const lostDash: ParagraphRule = {
  id: 'numbers.range-lost-dash',
  name: '年份区间缺少连接号',
  category: '数字与日期',
  severity: 'error',
  scope: 'paragraph',
  basis: 'GB/T 15834-2011《标点符号用法》（一字线“—”标示起止）',
  check(p) {
    const hits = [];
    for (const m of matches(p.text, RUN)) {
      const [a, b] = [Number(m[1]), Number(m[2])];
      if (b <= a || b - a > 30) continue;
      hits.push({
        start: m.index,
        length: 8,
        fix: `${m[1]}—${m[2]}`,
        message: `“${m[0]}年”应为年份区间“${m[1]}—${m[2]}年”，中间的连接号缺失。`,
      });
    }
    return hits;
  },
};

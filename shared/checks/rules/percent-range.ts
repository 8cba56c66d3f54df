import { matches } from '../text';
import type { ParagraphRule } from '../types';

const RANGE = /(?<![\d.%％])(\d+(?:\.\d+)?)\s*([～~—\-－–至到])\s*(\d+(?:\.\d+)?)\s*([%％])/gu;

export const percentRange: ParagraphRule = {
  id: 'numbers.percent-range',
  name: '百分数范围',
  category: '数字与日期',
  severity: 'warning',
  scope: 'paragraph',
  check(p) {
    return [...matches(p.text, RANGE)].map((m) => {
      const sep = /[至到]/u.test(m[2]!) ? m[2]! : '～';
      const fix = `${m[1]}${m[4]}${sep}${m[3]}${m[4]}`;
      return { start: m.index, length: m[0].length, fix, message: `百分数范围的两个数都要带百分号，应写作“${fix}”。` };
    });
  },
};

import { matches } from '../text';
import type { ParagraphRule } from '../types';

const NUM = '\\d[\\d,.]*\\s*[万亿千百十]?';
const WITH_SUFFIX = new RegExp(`(?<![最附临靠亲贴])(约|大约|将近|接近|近)\\s*(${NUM})(多|余)`, 'gu');
const WITH_ZUOYOU = new RegExp(`(约|大约)\\s*(${NUM}[^\\d\\s，。；、]{0,4}?)左右`, 'gu');

export const stackedApproximation: ParagraphRule = {
  id: 'numbers.stacked-approximation',
  name: '约数重叠',
  category: '数字与日期',
  severity: 'warning',
  scope: 'paragraph',
  check(p) {
    const hits = [...matches(p.text, WITH_SUFFIX)].map((m) => ({
      start: m.index,
      length: m[0].length,
      fix: `${m[1]}${m[2]}`,
      message: `“${m[1]}”和“${m[3]}”都表示约数，不能同时使用。`,
    }));
    for (const m of matches(p.text, WITH_ZUOYOU)) {
      hits.push({ start: m.index, length: m[0].length, fix: `${m[1]}${m[2]}`, message: `“${m[1]}”和“左右”都表示约数，不能同时使用。` });
    }
    return hits;
  },
};

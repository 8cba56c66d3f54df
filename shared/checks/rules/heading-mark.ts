import { isMarkCorrect, parseHeadingNumber } from '../heading-number';
import type { ParagraphRule } from '../types';

const DESCRIBE: Record<1 | 2 | 3 | 4, string> = {
  1: '第一层序号“一、”后用顿号',
  2: '第二层序号“（一）”后不加标点',
  3: '第三层序号“1.”后用下脚点',
  4: '第四层序号“（1）”后不加标点',
};

export const headingMark: ParagraphRule = {
  id: 'numbering.mark',
  name: '序号后的标点',
  category: '序号',
  severity: 'error',
  scope: 'paragraph',
  check(p) {
    const h = parseHeadingNumber(p.text);
    if (!h || isMarkCorrect(h)) return [];
    const fix = h.level === 3 ? '.' : h.expectedMark;
    return [{ start: h.markStart, length: h.mark.length, fix, message: `${DESCRIBE[h.level]}，不用“${h.mark}”。` }];
  },
};

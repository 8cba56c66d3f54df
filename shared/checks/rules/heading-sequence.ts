import { chineseNumeral } from '../../outline';
import { formatNumber, parseHeadingNumber } from '../heading-number';
import { numberingScopes } from '../scopes';
import type { DocumentRule, Hit } from '../types';

const LEVEL_NAMES = ['', '第一层（一、）', '第二层（（一））', '第三层（1.）', '第四层（（1））'];
const fmt = (level: 1 | 2 | 3 | 4, n: number) => formatNumber(level, n, chineseNumeral);

export const headingSequence: DocumentRule = {
  id: 'numbering.sequence',
  name: '标题序号连续',
  category: '序号',
  severity: 'error',
  scope: 'document',
  check(doc) {
    const hits: Hit[] = [];
    for (const scope of numberingScopes(doc)) {
      const last = [0, 0, 0, 0, 0];
      const warnedOrphan = new Set<number>();
      for (const p of scope.paragraphs) {
        const h = parseHeadingNumber(p.text);
        if (!h) continue;
        const at = { paragraph: p, start: h.start, length: h.length };
        const prev = last[h.level]!;
        const shown = fmt(h.level, h.value);
        if (h.value === prev + 1) {
          // in sequence
        } else if (h.value === prev) {
          hits.push({ ...at, message: `序号“${shown}”与上一个同级标题重复。` });
        } else if (h.value > prev + 1) {
          hits.push({ ...at, message: `序号跳号：“${shown}”之前缺少“${fmt(h.level, prev + 1)}”。`, fix: null });
        } else if (h.value === 1) {
          hits.push({ ...at, severity: 'warning', message: `同一上级标题下序号重新从“${shown}”开始，请确认是否漏写了上级标题。` });
        } else {
          hits.push({ ...at, message: `序号顺序颠倒：“${shown}”出现在“${fmt(h.level, prev)}”之后。` });
        }
        const parent = h.level - 1;
        if (parent > scope.base && last[parent] === 0 && !warnedOrphan.has(h.level)) {
          warnedOrphan.add(h.level);
          hits.push({ ...at, severity: 'warning', message: `${LEVEL_NAMES[h.level]}标题前没有${LEVEL_NAMES[parent]}标题，层次不完整。` });
        }
        last[h.level] = h.value;
        for (let l = h.level + 1; l <= 4; l += 1) last[l] = 0;
        if (h.level < 4) for (let l = h.level + 1; l <= 4; l += 1) warnedOrphan.delete(l);
      }
    }
    return hits;
  },
};

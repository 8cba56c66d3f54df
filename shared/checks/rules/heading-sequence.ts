import { chineseNumeral } from '../../outline';
import { formatNumber, parseHeadingNumber } from '../heading-number';
import { numberingScopes } from '../scopes';
import type { DocumentRule, Hit } from '../types';
import { isTableLike } from '../zones';

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
    let part: string | null = null;
    // Per level, the last number seen in the current part, not reset by a new parent heading:
    // 1. 2. under （一） and 3. 4. under （二） is continuous numbering, a local practice.
    let carried = [0, 0, 0, 0, 0];
    let notedContinuous = false;
    for (const scope of numberingScopes(doc)) {
      if (scope.part !== part) {
        part = scope.part;
        carried = [0, 0, 0, 0, 0];
        notedContinuous = false;
      }
      const last = [0, 0, 0, 0, 0];
      const warnedOrphan = new Set<number>();
      for (const p of scope.paragraphs) {
        if (isTableLike(p.text)) continue;
        const h = parseHeadingNumber(p.text);
        if (!h) continue;
        if (h.level === 1 && scope.base === 0) {
          // A new part of a plain text.
          carried = [0, 0, 0, 0, 0];
          notedContinuous = false;
        }
        const at = { paragraph: p, start: h.start, length: h.length };
        const prev = last[h.level]!;
        const shown = fmt(h.level, h.value);
        if (h.value === prev + 1) {
          // in sequence
        } else if (prev === 0 && h.value === carried[h.level]! + 1) {
          if (!notedContinuous) {
            notedContinuous = true;
            hits.push({
              ...at,
              severity: 'suggestion',
              message: `序号“${shown}”接续上一个上级标题下的编号（跨小标题连续编号）。这是部分单位的做法，不算错误；请确认全文统一。`,
            });
          }
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
        carried[h.level] = h.value;
        for (let l = h.level + 1; l <= 4; l += 1) last[l] = 0;
        if (h.level < 4) for (let l = h.level + 1; l <= 4; l += 1) warnedOrphan.delete(l);
      }
    }
    return hits;
  },
};

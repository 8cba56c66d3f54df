import { chineseNumeral } from '../../outline';
import { parseHeadingNumber } from '../heading-number';
import { numberingScopes } from '../scopes';
import { matches, parseChineseNumeral } from '../text';
import type { DocumentRule, Hit } from '../types';

// 「一是」 counts only where a clause begins: 「统一是」「唯一是」 are ordinary words.
const SHI = /(?<=^|[。；;：:，,！？！\s“（(])([一二三四五六七八九十]{1,3})是/gu;

export const shiSequence: DocumentRule = {
  id: 'numbering.shi',
  name: '“一是、二是”连续',
  category: '序号',
  severity: 'error',
  scope: 'document',
  check(doc) {
    const hits: Hit[] = [];
    for (const scope of numberingScopes(doc)) {
      let last = 0;
      for (const p of scope.paragraphs) {
        // A new heading starts a new enumeration.
        if (p.role === 'heading' || parseHeadingNumber(p.text)) last = 0;
        for (const m of matches(p.text, SHI)) {
          const n = parseChineseNumeral(m[1]!);
          if (n === null) continue;
          const at = { paragraph: p, start: m.index, length: m[0].length };
          if (n === 1 || n === last + 1) {
            last = n;
            continue;
          }
          if (last === 0) hits.push({ ...at, message: `“${m[0]}”前面没有“一是”，列举应从“一是”开始。` });
          else if (n > last + 1) hits.push({ ...at, message: `列举跳号：“${m[0]}”之前缺少“${chineseNumeral(last + 1)}是”。` });
          else hits.push({ ...at, message: `列举重复或颠倒：“${m[0]}”出现在“${chineseNumeral(last)}是”之后。` });
          last = n;
        }
      }
    }
    return hits;
  },
};

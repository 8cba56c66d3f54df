import { isChineseContext, matches } from '../text';
import type { Hit, ParagraphRule } from '../types';

// 「...」「。。。」「···」 or a single 「…」 in Chinese text: the 省略号 is two 「…」 (GB/T 15834-2011 §4.11).
const DOTS = /(?<![.．])(?:\.{3,}|．{3,})(?![.．])|(?<!。)。{3,}(?!。)|(?<![·・])[·・]{3,}(?![·・])|(?<!…)(?:…{3}|…)(?!…)/gu;
// 「！！」「!!」「？？」: one mark is enough (GB/T 15834-2011 §4.3, §4.2).
const DOUBLED = /[！!]{2,}|[？?]{2,}/gu;

export const ellipsis: ParagraphRule = {
  id: 'punct.ellipsis',
  name: '省略号与叠用的叹号、问号',
  category: '标点',
  severity: 'error',
  scope: 'paragraph',
  basis: 'GB/T 15834-2011《标点符号用法》',
  check(p) {
    const text = p.text;
    const hits: Hit[] = [];
    for (const m of matches(text, DOTS)) {
      const before = text[m.index - 1];
      const after = text[m.index + m[0].length];
      if (!isChineseContext(before) && !isChineseContext(after)) continue;
      hits.push({ start: m.index, length: m[0].length, fix: '……', message: `省略号应写作“……”（两个“…”），不用“${m[0]}”。` });
    }
    for (const m of matches(text, DOUBLED)) {
      const before = text[m.index - 1];
      const after = text[m.index + m[0].length];
      const halfOnly = /^[!?]+$/.test(m[0]);
      if (halfOnly && !isChineseContext(before) && !isChineseContext(after)) continue;
      const one = /[！!]/.test(m[0]) ? '！' : '？';
      hits.push({ start: m.index, length: m[0].length, fix: one, message: `公文中不叠用“${m[0][0]}”，只用一个“${one}”。` });
    }
    return hits;
  },
};

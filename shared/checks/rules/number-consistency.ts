import { matches, parseCount } from '../text';
import type { CheckParagraph, DocumentRule, Hit } from '../types';
import { CountIndex } from './count-index';

/** A digit count starts where its digits start (a run of digits is not rescanned from each digit). */
const COUNT = '((?<!\\d)\\d+|[一二两三四五六七八九十]{1,3})';
const CLASSIFIER = '(个|家|项|件|名|所|支|条|类|批|场)';
const NOUN = '([\\u4e00-\\u9fff]{2,8}?)(?=[及和与、，。；：的等共在中为均已将并对（(]|$)';
/** A whole counted once: 「全市46个行政单位」「共有12家试点单位」. */
const TOTAL = new RegExp(`(全市|全县|全区|全省|全镇|全局|全系统|共有|共计|总计)${COUNT}${CLASSIFIER}${NOUN}`, 'gu');
/** A later reference back to it: 「这3个领域」「上述三项制度」. */
const BACK = new RegExp(`(这|上述|以上|前述)${COUNT}${CLASSIFIER}${NOUN}`, 'gu');
/** Any count of the same thing (「在3个领域开展试点」). */
const ANY = new RegExp(`()${COUNT}${CLASSIFIER}${NOUN}`, 'gu');

interface Count {
  scope: string;
  num: string;
  cls: string;
  noun: string;
  n: number;
  p: CheckParagraph;
  order: number;
  start: number;
  length: number;
  text: string;
}

function collect(paragraphs: CheckParagraph[], re: RegExp): Count[] {
  const out: Count[] = [];
  paragraphs.forEach((p, i) => {
    for (const m of matches(p.text, re)) {
      const n = parseCount(m[2]!);
      if (n === null) continue;
      const order = i * 1e6 + m.index + m[1]!.length;
      out.push({ scope: m[1]!, num: m[2]!, cls: m[3]!, noun: m[4]!, n, p, order, start: m.index, length: m[0].length, text: m[0] });
    }
  });
  return out;
}

/**
 * The noun runs on into the verb (「行政单位参加培训」), so two counts name the same thing when one
 * noun starts the other (「领域」「领域开展试点」) or they share three characters: 「行政村」 and
 * 「行政单位」 do not. CountIndex finds such counts without comparing every pair.
 */
function commonPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n += 1;
  return a.slice(0, n);
}

/** 「全市46个行政单位」 without the verb the noun ran into. */
const shown = (c: Count, other: Count) => `${c.scope}${c.num}${c.cls}${commonPrefix(c.noun, other.noun) || c.noun}`;

export const numberConsistency: DocumentRule = {
  id: 'consistency.numbers',
  name: '数字前后一致',
  category: '一致性',
  severity: 'warning',
  scope: 'document',
  check(doc) {
    const hits: Hit[] = [];
    // One index per scope (全市, 共有 …): the first total naming the same thing is what later ones are compared with.
    const totals = new Map<string, CountIndex<Count>>();
    for (const c of collect(doc.paragraphs, TOTAL)) {
      let index = totals.get(c.scope);
      if (!index) totals.set(c.scope, (index = new CountIndex<Count>()));
      const seen = index.firstSame(c);
      if (!seen) index.add(c);
      else if (seen.n !== c.n)
        hits.push({
          paragraph: c.p,
          start: c.start,
          length: c.length,
          message: `同一总数前后不一致：前文写“${shown(seen, c)}”，此处写“${shown(c, seen)}”。`,
        });
    }
    // 「上述3个乡镇」 may point back to 「其中3个乡镇」: only a count that matches no earlier one is a contradiction.
    const all = new CountIndex<Count>();
    for (const a of collect(doc.paragraphs, ANY)) all.add(a);
    for (const c of collect(doc.paragraphs, BACK)) {
      const earlier = all.firstSame(c, c.order);
      if (!earlier || all.hasSameNumber(c, c.order)) continue;
      hits.push({
        paragraph: c.p,
        start: c.start,
        length: c.length,
        message: `前后数字不一致：前文写“${shown(earlier, c)}”，此处写“${shown(c, earlier)}”。`,
      });
    }
    return hits;
  },
};

import { BASIS } from '../rule-meta';
import { isHan } from '../text';
import { pairKey, soundAlike, typoIndex, type TypoIndex } from '../typo-index';
import type { Hit, ParagraphRule } from '../types';

/**
 * Wrong words from the curated list (templates/checks/typos.json), longest first at each position;
 * a word inside a whitelisted longer word, or followed / preceded by an excluded context, is left.
 */
export const typos: ParagraphRule = {
  id: 'words.typo',
  name: '错别字',
  category: '用词',
  severity: 'error',
  scope: 'paragraph',
  basis: BASIS.typos,
  skip: { quotes: 'titles' },
  check(p, ctx) {
    const index = typoIndex(ctx.data);
    return index ? curatedHits(p.text, index) : [];
  },
};

let lastText: string | null = null;
let lastIndex: TypoIndex | null = null;
let lastHits: Hit[] = [];

/** The curated hits of a text; the near-miss rule asks for the same paragraph right after the typo rule. */
function curatedHits(text: string, index: TypoIndex): Hit[] {
  if (text === lastText && index === lastIndex) return lastHits.map((h) => ({ ...h }));
  lastHits = scanCurated(text, index);
  lastText = text;
  lastIndex = index;
  return lastHits.map((h) => ({ ...h }));
}

function scanCurated(text: string, index: TypoIndex): Hit[] {
  {
    const hits: Hit[] = [];
    for (let i = 0; i + 1 < text.length; i += 1) {
      if ((index.starts[text.charCodeAt(i)]! & 1) === 0) continue;
      const list = index.byPrefix.get(pairKey(text, i));
      if (!list) continue;
      for (const e of list) {
        if (!text.startsWith(e.wrong, i)) continue;
        const end = i + e.wrong.length;
        if (e.notAfter?.some((w) => text.startsWith(w, end))) continue;
        if (e.notBefore?.some((w) => text.slice(Math.max(0, i - w.length), i) === w)) continue;
        if (e.whitelist?.some((w) => insideWord(text, i, end, w, e.wrong))) continue;
        hits.push({
          start: i,
          length: e.wrong.length,
          fix: e.right,
          message: `“${e.wrong}”是错别字，应为“${e.right}”。`,
          ...(e.source ? { basis: e.source } : {}),
        });
        i = end - 1;
        break;
      }
    }
    return hits;
  }
}

/** Whether the match [start, end) lies inside an occurrence of the longer word `w` (which contains `wrong`). */
function insideWord(text: string, start: number, end: number, w: string, wrong: string): boolean {
  for (let k = w.indexOf(wrong); k !== -1; k = w.indexOf(wrong, k + 1)) {
    const from = start - k;
    if (from >= 0 && text.startsWith(w, from) && from + w.length >= end) return true;
  }
  return false;
}

/**
 * An official phrase written with one character that sounds the same (or one 模糊音 keystroke
 * away): 「贯彻落时」 for 贯彻落实, 「依法行证」 for 依法行政. The phrases and the near misses that are
 * words of their own are data; the readings come from pinyin-pro (build/gen-check-tables.mjs).
 */
export const nearMiss: ParagraphRule = {
  id: 'words.near-miss',
  name: '公文常用语错字',
  category: '用词',
  severity: 'warning',
  scope: 'paragraph',
  basis: BASIS.typos,
  skip: { quotes: 'titles' },
  check(p, ctx) {
    const index = typoIndex(ctx.data);
    if (!index || index.readings.size === 0) return [];
    const text = p.text;
    const hits: Hit[] = [];
    // A curated pair says it better (「法治政俯」 rather than 「推进法治政俯建设」): skip windows holding one.
    const curated = curatedHits(text, index);
    let c = 0;
    let coveredTo = 0;
    for (let i = 0; i + 1 < text.length; i += 1) {
      const bits = index.starts[text.charCodeAt(i)]!;
      if ((bits & 6) === 0) continue;
      const key = pairKey(text, i);
      const head = bits & 2 ? index.phrasesByHead.get(key) : undefined;
      const tail = bits & 4 ? index.phrasesByTail.get(key) : undefined;
      if (!head && !tail) continue;
      const tryPhrase = (phrase: string, start: number, from: number, to: number): boolean => {
        if (start < coveredTo || start + phrase.length > text.length) return false;
        while (c < curated.length && curated[c]!.start + curated[c]!.length <= start) c += 1;
        if (c < curated.length && curated[c]!.start < start + phrase.length) return false;
        let at = -1;
        for (let k = from; k < to; k += 1) {
          if (text[start + k] === phrase[k]) continue;
          if (at >= 0) return false;
          at = k;
        }
        if (at < 0) return false;
        const wrongChar = text[start + at]!;
        if (!isHan(wrongChar)) return false;
        const wrong = text.slice(start, start + phrase.length);
        if (index.phrases.has(wrong) || index.nearMissWhitelist.has(wrong)) return false;
        if (index.leftPairs.has(wrongChar + phrase[at]!)) return false;
        const alike = soundAlike(index, wrongChar, phrase[at]!);
        if (!alike) return false;
        hits.push({
          start,
          length: phrase.length,
          fix: phrase,
          message:
            alike === 'same'
              ? `“${wrong}”疑有错字，应为“${phrase}”（“${wrongChar}”与“${phrase[at]}”同音）。`
              : `“${wrong}”疑有错字，应为“${phrase}”（“${wrongChar}”与“${phrase[at]}”音近，拼音输入易混）。`,
        });
        coveredTo = start + phrase.length;
        return true;
      };
      let done = false;
      for (const phrase of head ?? []) if (!done) done = tryPhrase(phrase, i, 2, phrase.length);
      for (const phrase of tail ?? []) if (!done) done = tryPhrase(phrase, i + 2 - phrase.length, 0, phrase.length - 2);
    }
    return hits;
  },
};

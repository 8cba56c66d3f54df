import type { TyposFile, TypoEntry } from './data-extra-schema';
import type { CheckData } from './data-schema';

/**
 * Indexes over typos.json and pinyin.json, built once per loaded data. Lookups go by the first two
 * characters of a word (or, for near misses, the first or last two of a phrase), so a paragraph is
 * scanned in one pass whatever the size of the lists.
 */
/** Two UTF-16 units as one number: a map key that costs no string. */
export const pairKey = (text: string, i: number): number => text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);

export interface TypoIndex {
  /** Curated pairs by the first two characters of the wrong form. */
  byPrefix: Map<number, TypoEntry[]>;
  /** Official phrases by their first and by their last two characters. */
  phrasesByHead: Map<number, string[]>;
  phrasesByTail: Map<number, string[]>;
  phrases: Set<string>;
  nearMissWhitelist: Set<string>;
  /** 治制, 制治 …: differences left to the confusables rule. */
  leftPairs: Set<string>;
  /** Toneless readings of each character. */
  readings: Map<string, string[]>;
  /** The same readings with the 模糊音 folded (zh→z, -ng→-n …), computed once. */
  fuzzy: Map<string, string[]>;
  /** Per UTF-16 unit: bit 1 when a curated wrong form starts with it, bit 2 a phrase, bit 4 a phrase ends on it. */
  starts: Uint8Array;
}

const cache = new WeakMap<object, TypoIndex>();

function push<K, T>(map: Map<K, T[]>, key: K, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function typoIndex(data: CheckData): TypoIndex | null {
  const typos: TyposFile | undefined = data.typos;
  if (!typos) return null;
  let index = cache.get(typos);
  if (index) return index;
  const byPrefix = new Map<number, TypoEntry[]>();
  for (const e of typos.typos) if (e.wrong.length >= 2) push(byPrefix, pairKey(e.wrong, 0), e);
  for (const list of byPrefix.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  const phrasesByHead = new Map<number, string[]>();
  const phrasesByTail = new Map<number, string[]>();
  for (const p of typos.phrases) {
    push(phrasesByHead, pairKey(p, 0), p);
    push(phrasesByTail, pairKey(p, p.length - 2), p);
  }
  const readings = new Map<string, string[]>();
  for (const [reading, chars] of Object.entries(data.pinyin?.readings ?? {})) {
    for (const c of chars) push(readings, c, reading);
  }
  const starts = new Uint8Array(65536);
  for (const e of typos.typos) starts[e.wrong.charCodeAt(0)]! |= 1;
  for (const p of typos.phrases) {
    starts[p.charCodeAt(0)]! |= 2;
    starts[p.charCodeAt(p.length - 2)]! |= 4;
  }
  const fuzzy = new Map<string, string[]>();
  for (const [c, rs] of readings) fuzzy.set(c, rs.map(fuzzyKey));
  index = {
    starts,
    fuzzy,
    byPrefix,
    phrasesByHead,
    phrasesByTail,
    phrases: new Set(typos.phrases),
    nearMissWhitelist: new Set(typos.nearMissWhitelist),
    leftPairs: new Set(typos.leaveToConfusables.flatMap((p) => [p, [...p].reverse().join('')])),
    readings,
  };
  cache.set(typos, index);
  return index;
}

/** 模糊音: the pairs a pinyin typist mixes up with one keystroke (zh/z, ch/c, sh/s, -ng/-n, l/n, f/h). */
function fuzzyKey(reading: string): string {
  return reading
    .replace(/^([zcs])h/, '$1')
    .replace(/^n/, 'l')
    .replace(/^h(?=u)/, 'f')
    .replace(/ng$/, 'n');
}

/** 'same' when two characters share a reading, 'fuzzy' when they differ by a 模糊音 keystroke. */
export function soundAlike(index: TypoIndex, a: string, b: string): 'same' | 'fuzzy' | null {
  const ra = index.readings.get(a);
  const rb = index.readings.get(b);
  if (!ra || !rb) return null;
  for (const x of ra) if (rb.includes(x)) return 'same';
  const fa = index.fuzzy.get(a)!;
  const fb = index.fuzzy.get(b)!;
  for (const x of fa) if (fb.includes(x)) return 'fuzzy';
  return null;
}

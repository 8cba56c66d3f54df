import type { PatternEntry } from './data-schema';
import type { CheckContext, Hit } from './types';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const FULL_PUNCT = '，。、；：？！“”‘’（）《》【】〔〕…—～·';

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
/** A character that makes its neighbour "Chinese text": a Han character or full-width punctuation. */
export const isChineseContext = (ch: string | undefined): boolean => ch !== undefined && (isHan(ch) || FULL_PUNCT.includes(ch));
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 九十九 → 99; anything else (一二, 百) → null. */
export function parseChineseNumeral(s: string): number | null {
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? NUMERALS[a]! : null;
  return (a ? NUMERALS[a]! : 1) * 10 + (b ? NUMERALS[b]! : 0);
}

/** Parses 12 or 十二. */
export function parseCount(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

const compiled = new Map<string, RegExp>();
/** Patterns come from data and are compiled once. */
export function regex(source: string): RegExp {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'gu');
    compiled.set(source, re);
  }
  re.lastIndex = 0;
  return re;
}

export function* matches(text: string, source: string | RegExp): Generator<RegExpExecArray> {
  const re =
    typeof source === 'string' ? regex(source) : new RegExp(source.source, source.flags.includes('g') ? source.flags : `${source.flags}g`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    yield m;
  }
}

/** True when [start, end) lies inside an occurrence of one of the words. */
export function insideAny(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (const word of words) {
    for (let i = text.indexOf(word, Math.max(0, start - word.length)); i !== -1 && i <= start; i = text.indexOf(word, i + 1)) {
      if (i <= start && i + word.length >= end) return true;
    }
  }
  return false;
}

export function yearApplies(entry: { fromYear?: number; toYear?: number }, year: number | null): boolean {
  if (entry.fromYear === undefined && entry.toYear === undefined) return true;
  if (year === null) return false;
  return (entry.fromYear ?? -Infinity) <= year && year <= (entry.toYear ?? Infinity);
}

/** Hits of data-driven pattern entries (confusables, dated terms, vague time words...). */
export function patternHits(text: string, entries: readonly PatternEntry[], ctx: CheckContext): Hit[] {
  const hits: Hit[] = [];
  for (const entry of entries) {
    if (!yearApplies(entry, ctx.year)) continue;
    for (const m of matches(text, entry.pattern)) {
      const end = m.index + m[0].length;
      if (insideAny(text, m.index, end, entry.whitelist)) continue;
      const fix = entry.fix === null ? null : expand(entry.fix, m);
      hits.push({ start: m.index, length: m[0].length, message: entry.message, fix, severity: entry.severity });
    }
  }
  return hits;
}

/** Fills $1…$9 and $& of a replacement with the groups of a match (lookarounds are not part of it). */
export function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(&|\d)/g, (_, g: string) => (g === '&' ? m[0] : (m[Number(g)] ?? '')));
}

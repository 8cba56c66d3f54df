import { isChineseContext, isDigit, isHan, matches } from '../text';
import type { Hit, ParagraphRule } from '../types';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）', '.': '。' };
/**
 * URLs and e-mail addresses keep their ASCII marks. Linear time: an e-mail address starts where a
 * run of its characters starts (lookbehind) and its parts are bounded by the standard's limits
 * (64 / 253 / 63), so a long Latin or digit run without an @ is not rescanned from every position.
 */
const URL =
  /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}/g;
/** A 文号 year in the wrong brackets is reported once, by the 文号 rule, not twice. */
const DOC_NUMBER_YEAR = /[([]\s*(?:19|20)\d{2}\s*[)\]]\s*\d+\s*号/g;

/** Protected ranges, sorted by start, so the scan below walks them with one pointer. */
function protectedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of [URL, DOC_NUMBER_YEAR]) for (const m of matches(text, re)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

function neighbours(text: string, i: number): [string | undefined, string | undefined] {
  let a = i - 1;
  while (a >= 0 && text[a] === ' ') a -= 1;
  let b = i + 1;
  while (b < text.length && text[b] === ' ') b += 1;
  return [text[a], text[b]];
}

/** Whether a half-width mark at i sits in Chinese text (and is not part of a number, URL or Latin text). */
function inChineseText(text: string, i: number): boolean {
  const ch = text[i]!;
  const [prev, next] = neighbours(text, i);
  if ((ch === ',' || ch === '.' || ch === ':') && isDigit(prev) && isDigit(next)) return false;
  // A full stop is flagged only where it ends a Chinese sentence: "1." and "3.14" stay.
  if (ch === '.') return isHan(prev) && (next === undefined || isChineseContext(next));
  return isChineseContext(prev) || isChineseContext(next);
}

export const halfwidthPunctuation: ParagraphRule = {
  id: 'punct.halfwidth',
  name: '半角标点',
  category: '标点',
  severity: 'error',
  scope: 'paragraph',
  check(p) {
    const text = p.text;
    const hits: Hit[] = [];
    const spans = protectedSpans(text);
    let span = 0;
    let coveredTo = 0;
    let doubleQuotes = 0;
    let singleQuotes = 0;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text[i]!;
      if (!(ch in FULL) && ch !== '"' && ch !== "'") continue;
      // Spans that start at or before i extend the protected reach (one pass over all spans in total).
      while (span < spans.length && spans[span]![0] <= i) coveredTo = Math.max(coveredTo, spans[span++]![1]);
      if (i < coveredTo) continue;
      let fix: string;
      if (ch === '"') fix = doubleQuotes++ % 2 === 0 ? '“' : '”';
      else if (ch === "'") fix = singleQuotes++ % 2 === 0 ? '‘' : '’';
      else fix = FULL[ch]!;
      if (!inChineseText(text, i)) continue;
      hits.push({ start: i, length: 1, fix, message: `中文语句中应使用全角标点“${fix}”，不用半角“${ch}”。` });
    }
    return hits;
  },
};

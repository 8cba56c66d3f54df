import type { HeadingLevel } from './import-schema';

/**
 * Heading numbers of GB/T 9704 documents: 一、 （一） 1. （1）. Sources also write 一. 1、 (1) 1．
 * which the checker flags later; the importer only needs to recognise them.
 */

const CN = '[一二三四五六七八九十]{1,3}';
const PATTERNS: Array<{ level: HeadingLevel; re: RegExp }> = [
  { level: 1, re: new RegExp(`^(${CN})\\s*[、.．，,]\\s*(.*)$`, 'u') },
  { level: 2, re: new RegExp(`^[（(]\\s*(${CN})\\s*[）)]\\s*[、.．]?\\s*(.*)$`, 'u') },
  // 「1.5亿元」 is a figure, not a heading: the number must not be followed by another digit.
  { level: 3, re: /^(\d{1,2})\s*[.．、，,](?!\d)\s*(.*)$/u },
  { level: 4, re: /^[（(]\s*(\d{1,2})\s*[）)]\s*[、.．]?\s*(.*)$/u },
];

export interface NumberedLine {
  level: HeadingLevel;
  number: string;
  rest: string;
}

export function matchNumber(text: string): NumberedLine | null {
  for (const { level, re } of PATTERNS) {
    const m = re.exec(text);
    if (m && m[2]!.trim()) return { level, number: m[1]!, rest: m[2]!.trim() };
  }
  return null;
}

/** A heading stops at its first full stop; its text must be short enough to be a heading. */
const MAX_HEADING_CHARS = 60;
const FIRST_SENTENCE = /^([^。！？；]{1,60}?)[。！？；]\s*(.*)$/u;

export interface SplitHeading {
  heading: string;
  /** Text that ran on after the heading (「1.健全工作机制。市政府成立了……」), or ''. */
  body: string;
}

/**
 * Splits 「健全工作机制。市政府成立了……」 into heading and run-on text. Returns null when the text is a
 * numbered paragraph rather than a heading (a long first sentence, as in numbered list items).
 */
export function splitHeading(rest: string): SplitHeading | null {
  const text = rest.trim();
  const first = FIRST_SENTENCE.exec(text);
  if (first) return { heading: first[1]!.trim(), body: first[2]!.trim() };
  if ([...text].length <= MAX_HEADING_CHARS) return { heading: text.replace(/[：:]$/u, ''), body: '' };
  return null;
}

/**
 * Pasted web text often runs several paragraphs into one line separated by spaces, and puts a
 * space between a heading and its text: 「……简要介绍。 一、《计划》编制背景 法治政府建设是……」.
 * Splits such a raw line into paragraphs before the spaces are squeezed away.
 */
export function splitRawLine(raw: string): string[] {
  const pieces = raw.split(/(?<=[。！？!?；])[ \u3000\u00a0]+(?=\S)/u);
  const out: string[] = [];
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const m = matchNumber(trimmed);
    const space = m ? /^(\S{1,40}?[^。！？，,；;：:])[ \u3000\u00a0]+(\S.*)$/u.exec(trimmed) : null;
    if (m && space && !/[。！？]/u.test(space[1]!) && [...space[2]!].length > 20) {
      out.push(space[1]!, space[2]!);
    } else out.push(trimmed);
  }
  return out;
}

export function stripNumber(text: string): string {
  const m = matchNumber(text);
  return m ? m.rest : text.trim();
}

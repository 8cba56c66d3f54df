import { parseChineseNumeral } from './text';

/**
 * The number a paragraph starts with, as official documents number headings: 一、 （一） 1. （1）.
 * Run-in headings (「1.健全工作机制。正文……」) start a paragraph the same way and parse the same.
 */
export interface HeadingNumber {
  level: 1 | 2 | 3 | 4;
  value: number;
  /** Range of the whole number with its mark. */
  start: number;
  length: number;
  /** The mark after the number ('' when none) and where it is. */
  mark: string;
  markStart: number;
  /** The right mark for this level ('' = nothing after the bracket). */
  expectedMark: string;
}

const L1 = /^([一二三四五六七八九十]{1,3})([、，,．.])(?![一二三四五六七八九十])/u;
const L2 = /^[（(]([一二三四五六七八九十]{1,3})[）)]([、，,．.]?)/u;
const L3 = /^(\d{1,2})([.．、，,])(?!\d)/u;
const L4 = /^[（(](\d{1,2})[）)]([、，,．.]?)/u;

const EXPECTED: Record<1 | 2 | 3 | 4, string> = { 1: '、', 2: '', 3: '.', 4: '' };

export function parseHeadingNumber(text: string): HeadingNumber | null {
  const indent = /^[\s\u3000]*/u.exec(text)![0].length;
  const rest = text.slice(indent);
  const tries: Array<[1 | 2 | 3 | 4, RegExp, boolean]> = [
    [2, L2, true],
    [4, L4, false],
    [1, L1, true],
    [3, L3, false],
  ];
  for (const [level, re, chinese] of tries) {
    const m = re.exec(rest);
    if (!m) continue;
    const value = chinese ? parseChineseNumeral(m[1]!) : Number(m[1]);
    if (value === null || value === 0) continue;
    const mark = m[2] ?? '';
    return {
      level,
      value,
      start: indent,
      length: m[0].length,
      mark,
      markStart: indent + m[0].length - mark.length,
      expectedMark: EXPECTED[level],
    };
  }
  return null;
}

export function isMarkCorrect(h: HeadingNumber): boolean {
  if (h.level === 3) return h.mark === '.' || h.mark === '．';
  return h.mark === h.expectedMark;
}

/** How the number is written at its level, for messages: 三、 （三） 3. （3） */
export function formatNumber(level: 1 | 2 | 3 | 4, value: number, chinese: (n: number) => string): string {
  switch (level) {
    case 1:
      return `${chinese(value)}、`;
    case 2:
      return `（${chinese(value)}）`;
    case 3:
      return `${value}.`;
    case 4:
      return `（${value}）`;
  }
}

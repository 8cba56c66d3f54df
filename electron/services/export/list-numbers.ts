import type { ExportSettings } from '../../../shared/export-settings';
import { chineseNumeral, headingNumber } from '../../../shared/outline';

/**
 * Numbers of list items as 公文 write them: a list takes the numbering level below the heading it
 * stands under — under 「一、」 「（一）」, under 「（一）」 「1.」, under 「1.」 「（1）」, under 「（1）」
 * 「①」 — and a list inside a list one level further down. Bulleted lists are numbered the same way
 * (公文 have no bullets). The other setting writes the 「一是……二是……」 run-in form.
 */

/** The level of the heading a block stands under: 0 before any heading (the opening), 1 「一、」 … 4 「（1）」. */
export type OutlineLevel = 0 | 1 | 2 | 3 | 4;

const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `（${n}）`);

export function listMarker(under: OutlineLevel, depth: number, index: number, style: ExportSettings['listNumbering']): string {
  if (style === 'yishi') return `${chineseNumeral(index)}是`;
  const level = Math.max(under, 1) + 1 + depth;
  if (level >= 5) return circled(index);
  return headingNumber(level as 2 | 3 | 4, index);
}

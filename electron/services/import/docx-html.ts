import type { SourceBlock } from '../../../shared/import/import-schema';
import { headingNumber } from '../../../shared/outline';
import { isEmptyTable, tableFromHtml, tableText } from '../../../shared/import/import-table';

/**
 * mammoth turns a .docx into simple HTML: <p>, <h1>–<h4> for heading styles, <p class="nb-title">
 * for the Title style, tables and lists. Each block element becomes one paragraph; the text of
 * table cells is kept (cell by cell) so no sentence is lost.
 *
 * Headings numbered by Word's automatic numbering arrive as <ol><li> without their numbers: a short
 * list item gets back the number its nesting level shows in the document (一、（一）1.（1）), so
 * the numbering patterns recognise it like a typed heading.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code] ?? whole;
  });
}

const TAG = /<(\/?)(p|h[1-6]|li|td|th|ol|ul|table)(\s[^>]*)?>/giu;
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th']);

function isHeadingLike(text: string): boolean {
  return [...text].length <= 60 && !/[。！？；]/u.test(text);
}

interface Open {
  tag: string;
  attrs: string;
  start: number;
  /** Nesting depth of an item of an ordered list, or 0. */
  listDepth: number;
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/giu, '\n').replace(/<[^>]+>/gu, ''));
}

function styleOf(open: Open): SourceBlock['style'] {
  const level = /^h([1-4])$/u.exec(open.tag)?.[1];
  return /nb-title/u.test(open.attrs) ? 'title' : level ? (Number(level) as 1 | 2 | 3 | 4) : null;
}

/** The offset just after the </table> that closes the <table> at `start` (nested tables counted). */
function tableEnd(html: string, start: number): number {
  const re = /<(\/?)table\b[^>]*>/giu;
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

export function htmlToBlocks(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const lists: boolean[] = [];
  // Word numbering continues across body paragraphs, where mammoth closes and reopens its lists:
  // count per depth over the whole document, restarting deeper levels after a higher one.
  const counters: number[] = [];
  let open: Open | null = null;
  const flush = (end: number) => {
    if (!open) return;
    const text = textOf(html.slice(open.start, end));
    const style = styleOf(open);
    const depth = open.listDepth;
    if (depth > 0 && depth <= 4 && style === null && text.trim() && isHeadingLike(text)) {
      counters[depth] = (counters[depth] ?? 0) + 1;
      counters.length = depth + 1;
      blocks.push({ text: `${headingNumber(depth as 1 | 2 | 3 | 4, counters[depth]!)}${text.trim()}`, style });
    } else text.split('\n').forEach((line) => blocks.push({ text: line, style }));
    open = null;
  };
  let skipUntil = 0;
  for (const m of html.matchAll(TAG)) {
    if (m.index < skipUntil) continue;
    const [whole, closing, rawTag, attrs = ''] = m;
    const tag = rawTag!.toLowerCase();
    if (tag === 'table') {
      if (closing) continue;
      // A table becomes one block with its cells (issue 12), not one paragraph per cell.
      flush(m.index);
      const end = tableEnd(html, m.index);
      const table = tableFromHtml(html.slice(m.index, end));
      if (!isEmptyTable(table)) blocks.push({ text: tableText(table), style: null, table });
      skipUntil = end;
      continue;
    }
    if (tag === 'ol' || tag === 'ul') {
      flush(m.index);
      if (closing) lists.pop();
      else lists.push(tag === 'ol');
      continue;
    }
    if (!BLOCKS.has(tag)) continue;
    // A block inside an open one (a <p> in a cell or list item) ends the outer text; a list item's
    // first paragraph keeps the item's number.
    const current = open as Open | null;
    const inherited: number =
      current && !closing && current.tag === 'li' && !textOf(html.slice(current.start, m.index)).trim() ? current.listDepth : 0;
    flush(m.index);
    if (closing) continue;
    const listDepth: number = tag === 'li' && lists.at(-1) ? lists.length : inherited;
    open = { tag, attrs, start: m.index + whole.length, listDepth };
  }
  return blocks;
}

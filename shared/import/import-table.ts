import { z } from '../z';

/**
 * Tables of imported documents (issue 12): a .docx table (read by mammoth as HTML), an HTML table
 * pasted from a web page (which browsers copy as tab-separated rows), or rows of 「|」 cells. They
 * become editor tables: plain Lexical table nodes (table → tablerow → tablecell → paragraph), the
 * first row a header row, merged cells as Lexical's own colSpan/rowSpan. All table code of the
 * importer is in this file.
 */

export interface ImportCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}
export interface ImportTable {
  rows: ImportCell[][];
}

export const ImportTableSchema = z.object({
  rows: z.array(z.array(z.object({ text: z.string(), colSpan: z.number().int().min(1), rowSpan: z.number().int().min(1) }))),
});

const cell = (text: string): ImportCell => ({ text, colSpan: 1, rowSpan: 1 });

/** One line per row, cells separated by tabs: how the plain text shows a table. */
export function tableText(table: ImportTable): string {
  return table.rows.map((row) => row.map((c) => c.text).join('\t')).join('\n');
}

export function isEmptyTable(table: ImportTable): boolean {
  return table.rows.every((row) => row.every((c) => !c.text.trim()));
}

/** 「| 项目 | 数量 |」: the cells of a pipe row, or null when the line is not one. */
export function pipeCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|') && !t.startsWith('｜')) return null;
  const cells = t.split(/[|｜]/u).slice(1);
  if (cells.length && !cells.at(-1)!.trim()) cells.pop();
  return cells.length >= 1 ? cells.map((c) => c.trim()) : null;
}

/** A row of a plain-text table: tab-separated (≥ 2 cells) or a pipe row. */
export function rowCells(line: string): string[] | null {
  if (line.includes('\t')) {
    const cells = line.split('\t').map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  return pipeCells(line);
}

/** Consecutive table rows of plain text as one table; a single tab-separated line is not a table. */
export function tableFromRows(rows: string[][]): ImportTable {
  const width = Math.max(...rows.map((r) => r.length));
  return { rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')].map(cell)) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|\w{1,8});/giu, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code] ?? whole;
  });
}

function cellTextOf(html: string): string {
  // A cell's paragraphs are kept as lines of the cell.
  const lines = html
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/<\/(p|h[1-6]|li)>/giu, '\n')
    .replace(/<[^>]*>/gu, '');
  return decode(lines)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

const spanOf = (attrs: string, name: string) => {
  const m = new RegExp(`${name}\\s*=\\s*"?(\\d{1,3})`, 'iu').exec(attrs);
  return m ? Math.max(1, Number(m[1])) : 1;
};

/**
 * An HTML <table>…</table> (mammoth's output or a pasted page) as rows of cells with their spans.
 * A table nested in a cell is read as that cell's text.
 */
export function tableFromHtml(html: string): ImportTable {
  const rows: ImportCell[][] = [];
  const tag = /<(\/?)(table|tr|td|th)(\s[^>]*)?>/giu;
  let depth = 0;
  let row: ImportCell[] | null = null;
  let open: { start: number; attrs: string } | null = null;
  for (const m of html.matchAll(tag)) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'table') {
      depth += closing ? -1 : 1;
      continue;
    }
    if (depth !== 1) continue;
    if (name === 'tr') {
      if (!closing) row = [];
      else if (row) {
        if (row.length) rows.push(row);
        row = null;
      }
      continue;
    }
    if (!closing) open = { start: m.index + m[0].length, attrs: m[3] ?? '' };
    else if (open && row) {
      row.push({
        text: cellTextOf(html.slice(open.start, m.index)),
        colSpan: spanOf(open.attrs, 'colspan'),
        rowSpan: spanOf(open.attrs, 'rowspan'),
      });
      open = null;
    }
  }
  return { rows };
}

type Json = Record<string, unknown>;

function paragraph(text: string): Json {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] : [],
  };
}

/** The Lexical JSON of an editor table (what @lexical/table's nodes serialize to). */
export function lexicalTable(table: ImportTable): Json {
  return {
    type: 'table',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: table.rows.map((row, r) => ({
      type: 'tablerow',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: row.map((c) => ({
        type: 'tablecell',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        backgroundColor: null,
        headerState: r === 0 ? 1 : 0,
        colSpan: c.colSpan,
        rowSpan: c.rowSpan,
        children: (c.text ? c.text.split('\n') : ['']).map(paragraph),
      })),
    })),
  };
}

/**
 * THE table model of Nianbao (one model for the editor, the exporters, imported tables and the
 * 信息公开 grids). A table is stored as Lexical's own table JSON, and everything that reads a table
 * goes through `tableOf` below — do not invent another shape.
 *
 * Serialised form (what the editor saves and what importers must produce):
 *
 *   { type: 'table', version: 1, colWidths?: number[],            // one width per GRID column, CSS px
 *     children: [                                                 //   (96 dpi: 1 px = 15 twips);
 *       { type: 'tablerow', version: 1, children: [               //   absent = equal columns over the
 *         { type: 'tablecell', version: 1,                        //   whole text width
 *           headerState: 1 | 0,          // 1 (ROW) on every cell of a header row; the leading header
 *                                        //   rows repeat on each page in the .docx; a table with no
 *                                        //   header cell at all has its first row as the header
 *           colSpan?: number, rowSpan?: number,   // merges, as in HTML: a merged area is ONE cell in
 *                                        //   its top-left row; the rows it covers below have no cell
 *                                        //   for it (the grid is rebuilt from the spans)
 *           verticalAlign?: 'middle' | 'bottom',  // absent = top
 *           children: [ { type: 'paragraph', format: '' | 'left' | 'center' | 'right' | 'justify',
 *                         children: [ text nodes ] } ] } ] } ] }
 *
 * The horizontal alignment of a cell is the `format` of its paragraphs (the first non-empty one
 * wins); '' means the default: header cells centred, body cells left. A full text-width table is
 * 156 mm = 590 px; `colWidths` summing to more are scaled down to the text width on export, less
 * are written as they are (a narrower table, as Word does).
 *
 * `rows` keeps, per table row, the runs of the cells that row really holds (search, checks, plain
 * text); `cells` is parallel to it with each cell's place in the grid, spans and alignment.
 */
import type { TextRun } from './rich-text';

export type CellAlign = 'left' | 'center' | 'right' | 'justify';
export type CellVAlign = 'top' | 'middle' | 'bottom';

export interface TableCellModel {
  /** Grid row and column of the cell's top-left corner (0-based). */
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
  header: boolean;
  /** null: the default (header centred, body left). */
  align: CellAlign | null;
  vAlign: CellVAlign;
}

export interface TableBlock {
  kind: 'table';
  /** Per table row, each real cell's paragraphs as runs joined by line breaks. */
  rows: TextRun[][][];
  /** Parallel to `rows`. */
  cells: TableCellModel[][];
  /** Number of grid columns (after spans). */
  columnCount: number;
  /** One per grid column, CSS px; all equal when the table has none stored. */
  columnWidths: number[];
  /** True when `columnWidths` came from the document (set by drag or exactly). */
  widthsSet: boolean;
  /** Leading rows that are header rows (repeat on each page). */
  headerRows: number;
  /**
   * The table's own font size in pt (node `fontSize`), for a table that must fit the page at a
   * smaller size than the report's table setting (the 信息公开 tables' 15 columns); absent: the setting.
   */
  fontSize?: number;
}

/** The text block of a GB/T 9704 page (156 mm) in CSS px. */
export const TEXT_WIDTH_PX = 590;
/** 1 CSS px in twips (1/1440 inch at 96 px per inch). */
export const TWIPS_PER_PX = 15;
export const MAX_TABLE_ROWS = 500;
export const MAX_TABLE_COLUMNS = 30;

const HEADER_ROW_BIT = 1;

interface Node {
  type: string;
  children?: Node[];
  [key: string]: unknown;
}

const positiveInt = (v: unknown, max: number): number => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? Math.min(v, max) : 1);

const ALIGNS: readonly string[] = ['left', 'center', 'right', 'justify'];

function alignOf(cell: Node): CellAlign | null {
  for (const p of cell.children ?? []) {
    if (typeof p.format === 'string' && ALIGNS.includes(p.format)) return p.format as CellAlign;
  }
  return null;
}

function vAlignOf(cell: Node): CellVAlign {
  return cell.verticalAlign === 'middle' || cell.verticalAlign === 'bottom' ? cell.verticalAlign : 'top';
}

/**
 * Lexical's table JSON → the table model. `cellRuns` turns a cell into runs (the caller's reader,
 * so that this file does not depend on rich-text's internals). Spans running past the table are
 * clipped; a row whose cells are all covered by spans from above is kept (it is a real row).
 */
export function tableOf(node: Node, cellRuns: (cell: Node) => TextRun[]): TableBlock {
  const rowNodes = (node.children ?? []).filter((r) => r.type === 'tablerow');
  const rows: TextRun[][][] = [];
  const cells: TableCellModel[][] = [];
  // occupied[r] = set of grid columns already covered in grid row r (by row spans from above).
  const occupied: Set<number>[] = rowNodes.map(() => new Set<number>());
  let columnCount = 0;
  rowNodes.forEach((rowNode, r) => {
    const runs: TextRun[][] = [];
    const models: TableCellModel[] = [];
    let col = 0;
    for (const cell of (rowNode.children ?? []).filter((c) => c.type === 'tablecell')) {
      while (occupied[r]!.has(col)) col += 1;
      // A span running into a cell merged down from above stops before it (no overlapping cells).
      let colSpan = 1;
      const wanted = positiveInt(cell.colSpan, MAX_TABLE_COLUMNS);
      while (colSpan < wanted && !occupied[r]!.has(col + colSpan)) colSpan += 1;
      const rowSpan = Math.min(positiveInt(cell.rowSpan, MAX_TABLE_ROWS), rowNodes.length - r);
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) occupied[r + dr]!.add(col + dc);
      const header = typeof cell.headerState === 'number' && (cell.headerState & HEADER_ROW_BIT) !== 0;
      runs.push(cellRuns(cell));
      models.push({ row: r, col, colSpan, rowSpan, header, align: alignOf(cell), vAlign: vAlignOf(cell) });
      col += colSpan;
    }
    columnCount = Math.max(columnCount, col, ...[...occupied[r]!].map((c) => c + 1));
    rows.push(runs);
    cells.push(models);
  });
  // A table always has a header: without any header cell (older documents, plain imports) the
  // first row is the header, as it always was.
  if (cells.every((row) => row.every((c) => !c.header)) && cells[0]) for (const c of cells[0]) c.header = true;
  let headerRows = 0;
  while (headerRows < cells.length && cells[headerRows]!.length > 0 && cells[headerRows]!.every((c) => c.header)) headerRows += 1;
  columnCount = Math.max(1, columnCount);
  const stored = Array.isArray(node.colWidths) ? node.colWidths : null;
  const widthsSet =
    stored !== null && stored.length === columnCount && stored.every((w) => typeof w === 'number' && Number.isFinite(w) && w > 0);
  const columnWidths = widthsSet
    ? (stored as number[]).map((w) => Math.min(w, TEXT_WIDTH_PX * 4))
    : Array.from({ length: columnCount }, () => TEXT_WIDTH_PX / columnCount);
  const fontSize = typeof node.fontSize === 'number' && node.fontSize >= 7 && node.fontSize <= 16 ? node.fontSize : undefined;
  return { kind: 'table', rows, cells, columnCount, columnWidths, widthsSet, headerRows, ...(fontSize ? { fontSize } : {}) };
}

/**
 * Grid column widths scaled to `total` units (twips for Word) as integers that add up exactly:
 * tables without stored widths span the whole text width; stored widths wider than the text
 * width are scaled down to it, narrower ones kept.
 */
export function gridWidths(block: Pick<TableBlock, 'columnWidths' | 'widthsSet'>, textWidth: number, unitsPerPx: number): number[] {
  const sumPx = block.columnWidths.reduce((a, b) => a + b, 0);
  const target = !block.widthsSet || sumPx * unitsPerPx > textWidth ? textWidth : Math.round(sumPx * unitsPerPx);
  const exact = block.columnWidths.map((w) => (w / sumPx) * target);
  const out = exact.map(Math.floor);
  let rest = target - out.reduce((a, b) => a + b, 0);
  for (let i = out.length - 1; rest > 0 && i >= 0; i--, rest--) out[i]! += 1;
  return out;
}

/** The width of a cell spanning `colSpan` columns from `col`. */
export function spanWidth(widths: readonly number[], col: number, colSpan: number): number {
  return widths.slice(col, col + colSpan).reduce((a, b) => a + b, 0);
}

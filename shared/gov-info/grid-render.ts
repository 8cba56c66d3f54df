import type { ReportDetail } from '../report-schema';
import type { RichTextState } from '../rich-text';
import { TEXT_WIDTH_PX } from '../table-model';
import { TABLE_LAYOUTS, type LayoutCell, type TableLayout } from './layout';
import { formatCell, TABLE_PART, type GovInfoTableId, type GridValues } from './tables';

/**
 * The three tables as the exported document writes them: Lexical tables in THE table model
 * (shared/table-model.ts) with the national merges, set column widths and a font size that fits
 * A4 portrait (五号 for 表二/表三, 小五 for the 15 columns of 表四), appended to their part's text.
 * The .docx, PDF and HTML converters then write them like any table (gridSpan/vMerge, <th>).
 */
export const TABLE_FONT_PT: Record<GovInfoTableId, number> = { t2: 10.5, t3: 10.5, t4: 9 };

const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (text: string, format: string) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format,
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: text ? [textNode(text)] : [],
});

function cellNode(cell: LayoutCell, values: GridValues) {
  const text = cell.key ? formatCell(values[cell.key]) : cell.text;
  return {
    type: 'tablecell',
    version: 1,
    headerState: cell.header ? 1 : 0,
    colSpan: cell.colSpan ?? 1,
    rowSpan: cell.rowSpan ?? 1,
    verticalAlign: 'middle',
    children: text.split('\n').map((line) => paragraph(line, cell.align ?? 'center')),
  };
}

export function gridTableNode(layout: TableLayout, values: GridValues) {
  return {
    type: 'table',
    version: 1,
    fontSize: TABLE_FONT_PT[layout.table],
    colWidths: layout.widths.map((w) => Math.round(((w * TEXT_WIDTH_PX) / 100) * 100) / 100),
    children: layout.rows.map((row) => ({ type: 'tablerow', version: 1, children: row.map((c) => cellNode(c, values)) })),
  };
}

function appendTable(content: RichTextState, table: ReturnType<typeof gridTableNode>): RichTextState {
  const children = content.root.children ?? [];
  // An empty part (one empty paragraph) holds just the table.
  const existing = children.filter((n) => !(n.type === 'paragraph' && (n.children ?? []).length === 0 && children.length === 1));
  return { ...content, root: { ...content.root, children: [...existing, table] } } as RichTextState;
}

/** The report with each table written into its part (二 主动公开, 三 申请, 四 复议诉讼), for the exporters. */
export function withGrids(detail: ReportDetail, values: GridValues): ReportDetail {
  if (detail.report.kind !== 'gov-info') return detail;
  const byPart = new Map<string, GovInfoTableId>(
    (Object.entries(TABLE_PART) as Array<[GovInfoTableId, string]>).map(([table, part]) => [part, table]),
  );
  return {
    ...detail,
    sections: detail.sections.map((s) => {
      const table = s.kind === 'part' && s.partId ? byPart.get(s.partId) : undefined;
      return table ? { ...s, content: appendTable(s.content, gridTableNode(TABLE_LAYOUTS[table], values)) } : s;
    }),
  };
}

import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import type { TableBlock } from '../../../shared/rich-text';
import { PAGE, PT } from './docx-layout';
import { richRuns } from './docx-runs';

/** The text block's width: tables span it exactly. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/**
 * Editor table → Word table. Both the grid's column widths and every cell's width are written
 * (LibreOffice and WPS otherwise collapse the columns); the first row repeats on each page.
 */
export function tableBlock(block: TableBlock, settings: ExportSettings): Array<Table | Paragraph> {
  const columns = Math.max(1, ...block.rows.map((r) => r.length));
  const base = Math.floor(TEXT_WIDTH / columns);
  const widths = Array.from({ length: columns }, (_, i) => (i === columns - 1 ? TEXT_WIDTH - base * (columns - 1) : base));
  const line = Math.round(settings.tableFontSize * 1.5 * PT);
  const rows = block.rows.map(
    (cells, r) =>
      new TableRow({
        tableHeader: r === 0,
        cantSplit: true,
        children: widths.map(
          (width, c) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              children: [
                new Paragraph({
                  alignment: r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                  spacing: { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
                  indent: { firstLine: 0 },
                  children: richRuns(cells[c] ?? [], 'table', settings),
                }),
              ],
            }),
        ),
      }),
  );
  const table = new Table({
    rows,
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
  return [table];
}

import { AlignmentType, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import type { TableBlock } from '../../../shared/rich-text';
import { gridWidths, spanWidth, TWIPS_PER_PX, type CellAlign, type CellVAlign } from '../../../shared/table-model';
import { PAGE, PT } from './docx-layout';
import { richRuns } from './docx-runs';

/** The text block's width: tables span it exactly unless their widths were set narrower. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<CellAlign, unknown>;

const V_ALIGN = {
  top: VerticalAlignTable.TOP,
  middle: VerticalAlignTable.CENTER,
  bottom: VerticalAlignTable.BOTTOM,
} as const satisfies Record<CellVAlign, unknown>;

/**
 * Editor table (shared/table-model.ts) → Word table. The grid's column widths and every cell's
 * width are written (LibreOffice and WPS otherwise collapse the columns); merged cells carry
 * `w:gridSpan` and `w:vMerge` (restart in the top row, continue below — docx adds the continuation
 * cells); the leading header rows repeat on each page; text in the table font size.
 */
export function tableBlock(block: TableBlock, tableSettings: ExportSettings): Array<Table | Paragraph> {
  // A table may carry its own smaller size (the 信息公开 tables); otherwise the report's setting.
  const settings = block.fontSize ? { ...tableSettings, tableFontSize: block.fontSize as ExportSettings['tableFontSize'] } : tableSettings;
  const widths = gridWidths(block, TEXT_WIDTH, TWIPS_PER_PX);
  const total = widths.reduce((a, b) => a + b, 0);
  const line = Math.round(settings.tableFontSize * 1.5 * PT);
  const rows = block.rows.map((cells, r) => {
    const models = block.cells[r]!;
    return new TableRow({
      tableHeader: r < block.headerRows,
      cantSplit: true,
      children: cells.map((runs, i) => {
        const m = models[i]!;
        const align = m.align ?? (m.header ? 'center' : 'left');
        return new TableCell({
          width: { size: spanWidth(widths, m.col, m.colSpan), type: WidthType.DXA },
          columnSpan: m.colSpan > 1 ? m.colSpan : undefined,
          rowSpan: m.rowSpan > 1 ? m.rowSpan : undefined,
          verticalAlign: m.vAlign === 'top' ? undefined : V_ALIGN[m.vAlign],
          children: [
            new Paragraph({
              alignment: ALIGN[align],
              spacing: { line, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
              indent: { firstLine: 0 },
              children: richRuns(runs, 'table', settings),
            }),
          ],
        });
      }),
    });
  });
  const table = new Table({
    rows,
    columnWidths: widths,
    width: { size: total, type: WidthType.DXA },
    alignment: total < TEXT_WIDTH ? AlignmentType.CENTER : undefined,
    layout: TableLayoutType.FIXED,
  });
  return [table];
}

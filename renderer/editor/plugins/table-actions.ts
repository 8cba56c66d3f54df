import {
  $computeTableMapSkipCellCheck,
  $createTableNodeWithDimensions,
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableCellNodeFromLexicalNode,
  $getTableNodeFromLexicalNodeOrThrow,
  $insertTableColumnAtNode,
  $insertTableRowAtNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  $isTableSelection,
  $mergeCells,
  $unmergeCellNode,
  TableCellHeaderStates,
  type TableCellNode,
  type TableNode,
} from '@lexical/table';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, TEXT_WIDTH_PX, type CellAlign, type CellVAlign } from '../../../shared/table-model';

/**
 * Table editing on THE table model (shared/table-model.ts), through @lexical/table. Every action
 * is one editor update, so one Ctrl+Z undoes it. `cellKey` is the cell the user acted on (the
 * right-clicked one); without it the selection's cell.
 */

/** 1 cm in CSS px (96 px per inch). */
export const PX_PER_CM = 96 / 2.54;

export function $selectedCells(cellKey?: NodeKey | null): TableCellNode[] {
  const selection = $getSelection();
  if ($isTableSelection(selection)) {
    const cells = selection.getNodes().filter($isTableCellNode);
    const target = cellKey ? $getNodeByKey(cellKey) : null;
    if (!target || cells.some((c) => c.is(target))) return cells;
  }
  const node = cellKey ? $getNodeByKey(cellKey) : $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const cell = node ? ($isTableCellNode(node) ? node : $getTableCellNodeFromLexicalNode(node)) : null;
  return cell ? [cell] : [];
}

function $focusCell(cellKey?: NodeKey | null): TableCellNode | null {
  const [cell] = $selectedCells(cellKey);
  if (!cell) return null;
  const selection = $getSelection();
  if (!$isTableSelection(selection)) cell.selectStart();
  return cell;
}

/** A new table: `rows` × `columns`, the first row a header, spanning the text width. */
export function insertTable(editor: LexicalEditor, rows: number, columns: number): void {
  const r = Math.max(1, Math.min(MAX_TABLE_ROWS, Math.round(rows)));
  const c = Math.max(1, Math.min(MAX_TABLE_COLUMNS, Math.round(columns)));
  editor.update(() => {
    const table = $createTableNodeWithDimensions(r, c, { rows: true, columns: false });
    table.setColWidths(Array.from({ length: c }, () => Math.floor(TEXT_WIDTH_PX / c)));
    $insertNodeToNearestRoot(table);
    const first = table.getFirstDescendant();
    if (first) first.selectStart();
  });
}

export type TableAction =
  'row-above' | 'row-below' | 'col-left' | 'col-right' | 'delete-row' | 'delete-col' | 'delete-table' | 'merge' | 'split' | 'toggle-header';

export function runTableAction(editor: LexicalEditor, action: TableAction, cellKey?: NodeKey | null): void {
  editor.update(() => {
    const cells = $selectedCells(cellKey);
    const cell = cells[0];
    if (!cell) return;
    switch (action) {
      case 'row-above':
      case 'row-below':
        $insertTableRowAtNode(cell, action === 'row-below');
        break;
      case 'col-left':
      case 'col-right':
        $insertTableColumnAtNode(cell, action === 'col-right', false);
        break;
      case 'delete-row':
        $focusCell(cellKey);
        $deleteTableRowAtSelection();
        break;
      case 'delete-col':
        $focusCell(cellKey);
        $deleteTableColumnAtSelection();
        break;
      case 'delete-table': {
        const table = $getTableNodeFromLexicalNodeOrThrow(cell);
        const after = table.getNextSibling() ?? table.insertAfter($createParagraphNode());
        table.remove();
        if ($isElementNode(after)) after.selectStart();
        break;
      }
      case 'merge':
        if (cells.length > 1) $mergeCells(cells)?.selectEnd();
        break;
      case 'split':
        for (const c of cells) if (c.getColSpan() > 1 || c.getRowSpan() > 1) $unmergeCellNode(c);
        break;
      case 'toggle-header': {
        const rows = new Set(cells.map((c) => c.getParent()).filter($isTableRowNode));
        const on = !cells.every((c) => (c.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0);
        for (const row of rows)
          for (const c of row.getChildren())
            if ($isTableCellNode(c))
              c.setHeaderStyles(on ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS, TableCellHeaderStates.ROW);
        break;
      }
    }
  });
}

/** Horizontal alignment of the selected cells' paragraphs ('' = the default). */
export function alignCells(editor: LexicalEditor, align: CellAlign | '', cellKey?: NodeKey | null): void {
  editor.update(() => {
    for (const cell of $selectedCells(cellKey)) for (const child of cell.getChildren()) if ($isElementNode(child)) child.setFormat(align);
  });
}

export function vAlignCells(editor: LexicalEditor, vAlign: CellVAlign, cellKey?: NodeKey | null): void {
  editor.update(() => {
    for (const cell of $selectedCells(cellKey)) cell.setVerticalAlign(vAlign === 'top' ? undefined : vAlign);
  });
}

export function $tableOf(cellKey?: NodeKey | null): TableNode | null {
  const [cell] = $selectedCells(cellKey);
  if (!cell) return null;
  const table = $getTableNodeFromLexicalNodeOrThrow(cell);
  return $isTableNode(table) ? table : null;
}

/** The grid column count of a table (after spans). */
export function $columnCount(table: TableNode): number {
  const [map] = $computeTableMapSkipCellCheck(table, null, null);
  return Math.max(0, ...map.map((row) => row.length));
}

/** The table's column widths in px: the stored ones, or the equal split of the text width. */
export function $columnWidths(table: TableNode): number[] {
  const count = $columnCount(table);
  const stored = table.getColWidths();
  if (stored && stored.length === count) return [...stored];
  return Array.from({ length: count }, () => TEXT_WIDTH_PX / count);
}

export function setColumnWidths(editor: LexicalEditor, tableKey: NodeKey, widths: number[]): void {
  editor.update(() => {
    const table = $getNodeByKey(tableKey);
    if ($isTableNode(table)) table.setColWidths(widths.map((w) => Math.max(20, Math.round(w))));
  });
}

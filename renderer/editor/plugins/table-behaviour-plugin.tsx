import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getTableCellNodeFromLexicalNode,
  $getTableCellNodeRect,
  $insertTableRowAtNode,
  $isTableCellNode,
  $isTableRowNode,
} from '@lexical/table';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_TAB_COMMAND,
  type NodeKey,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $columnCount, $columnWidths, $tableOf, setColumnWidths } from './table-actions';

/** How close (px) to a cell's right border the pointer must be to drag the column width. */
const GRIP = 4;

/**
 * Word's table habits: Tab in the last cell adds a row (and goes to its first cell); dragging a
 * column border sets the widths (a guide line follows the pointer, one undo step on release).
 */
export function TableBehaviourPlugin({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [guide, setGuide] = useState<{ left: number; top: number; height: number } | null>(null);

  useEffect(() => {
    if (disabled) return;
    return editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        // Command listeners run inside the editor's update: no nested editor.update() (it would run
        // after Lexical's own Tab handler has already moved to the next cell).
        if (event.shiftKey) return false;
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
        const cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
        const row = cell?.getParent();
        if (!cell || !$isTableRowNode(row) || row.getNextSibling() !== null) return false;
        const rect = $getTableCellNodeRect(cell);
        const table = $tableOf(cell.getKey());
        if (!rect || !table || rect.columnIndex + rect.colSpan < $columnCount(table)) return false;
        const newRow = $insertTableRowAtNode(cell, true);
        const first = newRow?.getFirstChild();
        if ($isTableCellNode(first)) first.selectStart();
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_CRITICAL,
    );
  }, [editor, disabled]);

  useEffect(() => {
    if (disabled) return;
    let root: HTMLElement | null = null;
    const borderAt = (e: MouseEvent): HTMLTableCellElement | null => {
      const cell = (e.target as HTMLElement | null)?.closest?.('td,th') as HTMLTableCellElement | null;
      if (!cell || !root?.contains(cell)) return null;
      const box = cell.getBoundingClientRect();
      return box.right - e.clientX <= GRIP && box.right - e.clientX >= -GRIP ? cell : null;
    };
    const onMove = (e: MouseEvent) => root?.classList.toggle('nb-col-resize', borderAt(e) !== null);
    const onDown = (e: MouseEvent) => {
      const cellEl = borderAt(e);
      if (!cellEl || e.button !== 0) return;
      e.preventDefault();
      e.stopPropagation();
      const tableEl = cellEl.closest('table')!;
      let start: { key: NodeKey; col: number; widths: number[] } | null = null;
      editor.read(() => {
        const node = $getNearestNodeFromDOMNode(cellEl);
        const cell = node && ($isTableCellNode(node) ? node : $getTableCellNodeFromLexicalNode(node));
        const rect = cell && $getTableCellNodeRect(cell);
        const table = cell && $tableOf(cell.getKey());
        if (rect && table) start = { key: table.getKey(), col: rect.columnIndex + rect.colSpan - 1, widths: $columnWidths(table) };
      });
      if (!start) return;
      const { key, col, widths } = start as { key: NodeKey; col: number; widths: number[] };
      const tableBox = tableEl.getBoundingClientRect();
      const scale = widths.reduce((a, b) => a + b, 0) / tableBox.width;
      const x0 = e.clientX;
      const show = (x: number) => setGuide({ left: x, top: tableBox.top, height: tableBox.height });
      show(x0);
      const move = (ev: MouseEvent) => show(ev.clientX);
      const up = (ev: MouseEvent) => {
        window.removeEventListener('mousemove', move);
        window.removeEventListener('mouseup', up);
        setGuide(null);
        const dx = (ev.clientX - x0) * scale;
        const next = [...widths];
        const min = 20;
        if (col < next.length - 1) {
          // An inner border moves between two columns: the table keeps its width.
          const d = Math.max(min - next[col]!, Math.min(dx, next[col + 1]! - min));
          next[col]! += d;
          next[col + 1]! -= d;
        } else next[col] = Math.max(min, next[col]! + dx);
        if (Math.abs(dx) >= 1) setColumnWidths(editor, key, next);
      };
      window.addEventListener('mousemove', move);
      window.addEventListener('mouseup', up);
    };
    return editor.registerRootListener((next, previous) => {
      previous?.removeEventListener('mousemove', onMove);
      previous?.removeEventListener('mousedown', onDown, true);
      next?.addEventListener('mousemove', onMove);
      next?.addEventListener('mousedown', onDown, true);
      root = next;
    });
  }, [editor, disabled]);

  return guide ? <div className="nb-col-guide" style={{ left: guide.left, top: guide.top, height: guide.height }} aria-hidden /> : null;
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getTableCellNodeFromLexicalNode, $isTableCellNode, $isTableSelection } from '@lexical/table';
import { $getNearestNodeFromDOMNode, $getSelection, type NodeKey } from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CellAlign, CellVAlign } from '../../../shared/table-model';
import { EDITOR_NOTICE, pastePlainTextFromClipboard, pasteFromClipboard, type NoticeAction } from './paste-clipboard';
import { $columnWidths, $tableOf, alignCells, runTableAction, vAlignCells, type TableAction } from './table-actions';
import { TableWidthsDialog } from './table-widths-dialog';
import '../word-editing.css';

interface MenuState {
  x: number;
  y: number;
  cellKey: NodeKey | null;
  multi: boolean;
  merged: boolean;
  hasSelection: boolean;
  selectedText: string;
}

/** Extra entries (e.g. 加入词表, a check's fix) supplied by the workspace for the text under the cursor. */
export type ContextMenuExtra = (selectedText: string, close: () => void) => ReactNode;

/**
 * The editor's right-click menu, instead of the browser's: cut, copy, paste, paste as plain text;
 * inside a table every table operation (rows, columns, merge/split, header row, alignment, widths).
 */
export function ContextMenuPlugin({ readOnly, extra }: { readOnly: boolean; extra?: ContextMenuExtra }) {
  const [editor] = useLexicalComposerContext();
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [widths, setWidths] = useState<{ tableKey: string; widths: number[] } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<{ message: string; action?: NoticeAction } | null>(null);

  useEffect(() => {
    let timer = 0;
    const show = (e: Event) => {
      const detail = (e as CustomEvent<{ message: string; action?: NoticeAction }>).detail;
      setNotice(detail);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setNotice(null), detail.action ? 10000 : 5000);
    };
    window.addEventListener(EDITOR_NOTICE, show);
    return () => {
      window.removeEventListener(EDITOR_NOTICE, show);
      window.clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    const open = (e: MouseEvent) => {
      e.preventDefault();
      const target = e.target as HTMLElement;
      let state: Omit<MenuState, 'x' | 'y' | 'selectedText'> = { cellKey: null, multi: false, merged: false, hasSelection: false };
      editor.read(() => {
        const node = $getNearestNodeFromDOMNode(target);
        const cell = node ? ($isTableCellNode(node) ? node : $getTableCellNodeFromLexicalNode(node)) : null;
        const selection = $getSelection();
        const multi = $isTableSelection(selection) && selection.getNodes().filter($isTableCellNode).length > 1;
        state = {
          cellKey: cell?.getKey() ?? null,
          multi,
          merged: cell !== null && (cell.getColSpan() > 1 || cell.getRowSpan() > 1),
          hasSelection: selection !== null && !selection.isCollapsed(),
        };
      });
      // The DOM selection is the truth here: Lexical learns of a keyboard selection a moment later.
      const dom = window.getSelection();
      const selectedText = dom?.toString() ?? '';
      if (dom && !dom.isCollapsed && selectedText !== '') state = { ...state, hasSelection: true };
      setMenu({ ...state, x: Math.min(e.clientX, window.innerWidth - 220), y: Math.min(e.clientY, window.innerHeight - 40), selectedText });
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('contextmenu', open);
      root?.addEventListener('contextmenu', open);
    });
  }, [editor]);

  useEffect(() => {
    if (!menu) return;
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setMenu(null);
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setMenu(null);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', esc);
    window.addEventListener('blur', () => setMenu(null), { once: true });
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', esc);
    };
  }, [menu]);

  // A menu that would run off the bottom of the window opens upwards.
  useEffect(() => {
    const el = box.current;
    if (!el || !menu) return;
    const over = el.getBoundingClientRect().bottom - window.innerHeight;
    if (over > 0) el.style.top = `${Math.max(4, menu.y - over - 8)}px`;
  }, [menu]);

  if (!menu && !widths && !notice) return null;
  const close = () => setMenu(null);
  const item = (label: string, run: () => void, opts: { disabled?: boolean; keys?: string } = {}) => (
    <button
      type="button"
      role="menuitem"
      disabled={opts.disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        close();
        run();
      }}
    >
      {label}
      {opts.keys && <span className="menu-keys"> {opts.keys}</span>}
    </button>
  );
  const table = (action: TableAction) => () => runTableAction(editor, action, menu?.cellKey);
  const align = (a: CellAlign | '') => () => alignCells(editor, a, menu?.cellKey);
  const valign = (a: CellVAlign) => () => vAlignCells(editor, a, menu?.cellKey);
  const openWidths = () =>
    editor.read(() => {
      const t = $tableOf(menu?.cellKey);
      if (t) setWidths({ tableKey: t.getKey(), widths: $columnWidths(t) });
    });

  return (
    <>
      {menu && (
        <div ref={box} className="context-menu" role="menu" aria-label="编辑菜单" style={{ left: menu.x, top: menu.y }}>
          {item('剪切', () => document.execCommand('cut'), { disabled: readOnly || !menu.hasSelection, keys: 'Ctrl+X' })}
          {item('复制', () => document.execCommand('copy'), { disabled: !menu.hasSelection, keys: 'Ctrl+C' })}
          {item('粘贴', () => void pasteFromClipboard(editor), { disabled: readOnly, keys: 'Ctrl+V' })}
          {item('粘贴为纯文本', () => void pastePlainTextFromClipboard(editor), { disabled: readOnly, keys: 'Ctrl+Shift+V' })}
          {extra?.(menu.selectedText, close)}
          {menu.cellKey && !readOnly && (
            <>
              <hr />
              <div className="submenu-label">表格</div>
              {item('在上方插入行', table('row-above'))}
              {item('在下方插入行', table('row-below'))}
              {item('在左侧插入列', table('col-left'))}
              {item('在右侧插入列', table('col-right'))}
              {item('删除行', table('delete-row'))}
              {item('删除列', table('delete-col'))}
              {item('合并单元格', table('merge'), { disabled: !menu.multi })}
              {item('拆分单元格', table('split'), { disabled: !menu.merged && !menu.multi })}
              {item('设为/取消标题行（每页重复）', table('toggle-header'))}
              <hr />
              {item('左对齐', align('left'))}
              {item('居中', align('center'))}
              {item('右对齐', align('right'))}
              {item('顶端对齐', valign('top'))}
              {item('垂直居中', valign('middle'))}
              {item('底端对齐', valign('bottom'))}
              {item('列宽…', openWidths)}
              <hr />
              {item('删除表格', table('delete-table'))}
            </>
          )}
        </div>
      )}
      {notice && (
        <div className="editor-notice" role="status">
          {notice.message}
          {notice.action && (
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                notice.action!.run();
                setNotice(null);
              }}
            >
              {notice.action.label}
            </button>
          )}
        </div>
      )}
      {widths && <TableWidthsDialog tableKey={widths.tableKey} widths={widths.widths} onClose={() => setWidths(null)} />}
    </>
  );
}

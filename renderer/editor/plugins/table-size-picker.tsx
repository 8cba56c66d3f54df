import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from '../../../shared/table-model';
import { insertTable } from './table-actions';
import '../word-editing.css';

const GRID_ROWS = 8;
const GRID_COLS = 10;

/** 插入表格 with Word's size picker: hover a rows × columns grid, or type the size. */
export function TableSizePicker({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [hover, setHover] = useState<[number, number]>([3, 3]);
  const [typed, setTyped] = useState({ rows: '4', columns: '5' });
  const box = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', esc);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', esc);
    };
  }, [open]);

  const insert = (rows: number, columns: number) => {
    setOpen(false);
    insertTable(editor, rows, columns);
  };
  const rows = Number(typed.rows);
  const columns = Number(typed.columns);
  const valid =
    Number.isInteger(rows) &&
    rows >= 1 &&
    rows <= MAX_TABLE_ROWS &&
    Number.isInteger(columns) &&
    columns >= 1 &&
    columns <= MAX_TABLE_COLUMNS;

  return (
    <span className="table-picker" ref={box}>
      <button
        type="button"
        disabled={disabled}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title="插入表格（选择行数和列数，第一行为表头）"
      >
        插入表格
      </button>
      {open && (
        <div className="table-picker-pop" role="dialog" aria-label="插入表格">
          <div className="table-picker-grid" onMouseLeave={() => setHover([0, 0])}>
            {Array.from({ length: GRID_ROWS * GRID_COLS }, (_, i) => {
              const r = Math.floor(i / GRID_COLS) + 1;
              const c = (i % GRID_COLS) + 1;
              return (
                <button
                  key={i}
                  type="button"
                  className={r <= hover[0] && c <= hover[1] ? 'on' : undefined}
                  aria-label={`${r} 行 × ${c} 列`}
                  onMouseEnter={() => setHover([r, c])}
                  onClick={() => insert(r, c)}
                />
              );
            })}
          </div>
          <div className="table-picker-size" aria-live="polite">
            {hover[0] > 0 ? `${hover[0]} 行 × ${hover[1]} 列` : '选择大小'}
          </div>
          <form
            className="table-picker-size"
            onSubmit={(e) => {
              e.preventDefault();
              if (valid) insert(rows, columns);
            }}
          >
            <input
              aria-label="行数"
              inputMode="numeric"
              value={typed.rows}
              onChange={(e) => setTyped({ ...typed, rows: e.target.value })}
            />
            行 ×
            <input
              aria-label="列数"
              inputMode="numeric"
              value={typed.columns}
              onChange={(e) => setTyped({ ...typed, columns: e.target.value })}
            />
            列
            <button type="submit" disabled={!valid}>
              插入
            </button>
          </form>
          {!valid && (
            <div className="hint">
              行数 1–{MAX_TABLE_ROWS}，列数 1–{MAX_TABLE_COLUMNS}。
            </div>
          )}
        </div>
      )}
    </span>
  );
}

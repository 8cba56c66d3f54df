import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useState, type FormEvent } from 'react';
import { TEXT_WIDTH_PX } from '../../../shared/table-model';
import { PX_PER_CM, setColumnWidths } from './table-actions';

const TEXT_CM = TEXT_WIDTH_PX / PX_PER_CM;
const fmt = (cm: number) => (Math.round(cm * 100) / 100).toString();

/** 列宽: every column's width in 厘米, exactly; the text block is 15.6 cm wide. */
export function TableWidthsDialog({ tableKey, widths, onClose }: { tableKey: string; widths: number[]; onClose(): void }) {
  const [editor] = useLexicalComposerContext();
  const [values, setValues] = useState(widths.map((w) => fmt(w / PX_PER_CM)));
  const [error, setError] = useState<string | null>(null);
  const numbers = values.map(Number);
  const total = numbers.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const bad = numbers.findIndex((n) => !Number.isFinite(n) || n < 0.5 || n > 40);
    if (bad >= 0) {
      setError(`第 ${bad + 1} 列的宽度应为 0.5 到 40 厘米之间的数字。`);
      return;
    }
    setColumnWidths(
      editor,
      tableKey,
      numbers.map((n) => n * PX_PER_CM),
    );
    onClose();
  };

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog widths-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="设置列宽"
        onSubmit={submit}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2>设置列宽（厘米）</h2>
        {values.map((v, i) => (
          <label key={i} className="widths-row">
            第 {i + 1} 列
            <input
              aria-label={`第 ${i + 1} 列宽度（厘米）`}
              value={v}
              inputMode="decimal"
              onChange={(e) => setValues(values.map((x, j) => (j === i ? e.target.value : x)))}
            />
          </label>
        ))}
        <p className="hint">
          合计 {fmt(total)} 厘米；版心宽 {fmt(TEXT_CM)} 厘米{total > TEXT_CM + 0.01 ? '，导出时按比例缩到版心宽' : ''}。
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary">
            确定
          </button>
        </div>
      </form>
    </div>
  );
}

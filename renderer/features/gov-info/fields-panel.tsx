import { useEffect, useState } from 'react';
import type { FieldRow, FieldsState } from '../../../shared/fields/contract-fields';
import type { FieldValue } from '../../../shared/fields/field-schema';
import { api, errorMessage } from '../../api/client';
import { requestInsertField, setLiveFields } from './field-values-store';

const show = (v: FieldValue | null) => (v === null ? '' : String(v));

function parseValue(row: FieldRow, text: string): FieldValue | null | undefined {
  const t = text.trim().replace(/[０-９．]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (t === '') return null;
  if (row.field.type === 'date') return /^\d{4}-\d{2}-\d{2}$/u.test(t) ? t : undefined;
  const n = Number(t.replace(/[%％,，]/gu, ''));
  return Number.isFinite(n) && /\d/u.test(t) ? n : undefined;
}

/**
 * 数据 (issue 17): the template's data fields of this report with last year's value and the
 * change. A value is saved when the field loses focus; the prose is checked against it in 校对.
 * 插入 puts the value into the text of the open section as a live value (field-value-node.tsx).
 */
export function FieldsPanel({ reportId, readOnly }: { reportId: string; readOnly: boolean }) {
  const [state, setState] = useState<FieldsState | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api('fields.list', { reportId }).then(
      (s) => {
        if (!live) return;
        setState(s);
        setLiveFields(s.rows);
        setTexts(Object.fromEntries(s.rows.map((r) => [r.field.id, show(r.value)])));
      },
      (e: unknown) => live && setMessage(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [reportId]);

  const save = async (row: FieldRow) => {
    const value = parseValue(row, texts[row.field.id] ?? '');
    if (value === undefined)
      return setMessage(`“${row.field.label}”无法识别：请填${row.field.type === 'date' ? '日期（如 2025-03-31）' : '数字'}。`);
    if (value === row.value) return;
    try {
      const next = await api('fields.set', { reportId, fieldId: row.field.id, value });
      setState(next);
      setLiveFields(next.rows);
      setMessage(null);
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  if (!state) return <aside className="fields-panel">{message ?? '正在读取数据……'}</aside>;
  return (
    <aside className="fields-panel" aria-label="数据">
      <h2>数据</h2>
      <p className="muted">
        {state.lastYear ? `上年数据取自《${state.lastYear.title}》。` : '报告库中没有上年同类报告，上年数据为空。'}
        正文中的数字会与这里核对（校对面板“一致性”）。
      </p>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <table className="fields-table">
        <thead>
          <tr>
            <th>项目</th>
            <th>本年</th>
            <th>上年</th>
            <th>变化</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {state.rows.map((row) => (
            <tr key={row.field.id}>
              <th scope="row">
                {row.field.label}
                {row.field.required && <span className="badge required">必填</span>}
              </th>
              <td>
                <input
                  aria-label={row.field.label}
                  value={texts[row.field.id] ?? ''}
                  readOnly={readOnly}
                  onChange={(e) => setTexts((t) => ({ ...t, [row.field.id]: e.target.value }))}
                  onBlur={() => void save(row)}
                />
                {row.field.unit}
              </td>
              <td>{row.lastYear === null ? '—' : `${show(row.lastYear)}${row.field.unit}`}</td>
              <td className={row.change === null ? '' : row.change > 0 ? 'up' : row.change < 0 ? 'down' : ''}>
                {row.change === null ? '—' : `${row.change > 0 ? '+' : ''}${row.change}${row.field.unit}`}
              </td>
              <td>
                {!readOnly && (
                  <button
                    type="button"
                    className="link"
                    title="在正文光标处插入这个数字；数据改动时正文随之更新"
                    aria-label={`插入${row.field.label}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => requestInsertField(row.field.id)}
                  >
                    插入
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}

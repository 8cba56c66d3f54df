import './gov-info.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GridState } from '../../../shared/gov-info/contract-gov-info';
import { checkGrids } from '../../../shared/gov-info/identities';
import { TABLE_LAYOUTS } from '../../../shared/gov-info/layout';
import {
  CELL_BY_KEY,
  formatCell,
  parseCellInput,
  TABLE_NAME,
  TABLE_PART,
  type CellValue,
  type GovInfoTableId,
  type GridValues,
} from '../../../shared/gov-info/tables';
import { api, errorMessage } from '../../api/client';
import { TablesImport } from './tables-import';

const SAVE_DELAY_MS = 600;

/** The table a 政府信息公开年报 part holds (二 主动公开, 三 申请, 四 复议诉讼), or null. */
export function tableOfPart(partId: string | null): GovInfoTableId | null {
  const found = (Object.entries(TABLE_PART) as Array<[GovInfoTableId, string]>).find(([, part]) => part === partId);
  return found ? found[0] : null;
}

/**
 * The national table of one part as a grid of inputs (issue 17): a number, 不适用 or empty per cell.
 * The identities are checked on every keystroke; cells are saved 0.6 s after typing stops and on blur.
 */
export function GridEditor({
  report,
  table,
  readOnly,
}: {
  report: { id: string; agency: string; year: number };
  table: GovInfoTableId;
  readOnly: boolean;
}) {
  const reportId = report.id;
  const [state, setState] = useState<GridState | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [values, setValues] = useState<GridValues>({});
  const [message, setMessage] = useState<string | null>(null);
  const pending = useRef<Record<string, CellValue | null>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = (s: GridState) => {
    setState(s);
    setValues(s.values);
    setTexts(Object.fromEntries(Object.entries(s.values).map(([k, v]) => [k, formatCell(v)])));
  };
  useEffect(() => {
    let live = true;
    api('govinfo.grids', { reportId }).then(
      (s) => live && show(s),
      (e: unknown) => live && setMessage(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [reportId]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const cells = pending.current;
    if (Object.keys(cells).length === 0) return;
    pending.current = {};
    api('govinfo.setCells', { reportId, cells }).then(
      () => setMessage(null),
      (e: unknown) => {
        // Not saved: keep the cells pending so the next change or blur tries again.
        pending.current = { ...cells, ...pending.current };
        setMessage(`表格未能保存：${errorMessage(e)}`);
      },
    );
  };
  useEffect(() => () => flush(), []); // eslint-disable-line react-hooks/exhaustive-deps -- save what is pending on unmount

  const edit = (key: string, text: string) => {
    setTexts((t) => ({ ...t, [key]: text }));
    const parsed = parseCellInput(text);
    if (parsed === undefined) return; // unreadable: shown as such, not saved
    setValues((v) => {
      const next = { ...v };
      if (parsed === null) delete next[key];
      else next[key] = parsed;
      return next;
    });
    pending.current[key] = parsed;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };

  const last = state?.lastYear ?? null;
  const issues = useMemo(
    () => checkGrids(values, last ? { year: last.year, values: last.values } : null).filter((i) => i.table === table),
    [values, last, table],
  );
  const flagged = useMemo(() => {
    const m = new Map<string, 'error' | 'warning'>();
    for (const i of issues)
      for (const c of i.cells) if (i.severity === 'error' || !m.has(c)) m.set(c, i.severity === 'error' ? 'error' : 'warning');
    return m;
  }, [issues]);
  const layout = TABLE_LAYOUTS[table];

  if (!state) return <p className="muted">{message ?? '正在读取表格……'}</p>;
  return (
    <section className="gov-grid" aria-label={`表格：${TABLE_NAME[table]}`}>
      <p className="hint muted">
        每格填数字；没有发生的填 0，不适用的填“不适用”（或“/”），不知道的留空——空格不当作 0。
        {last ? `上年数据取自《${last.title}》。` : ''}
      </p>
      <div className="gov-grid-scroll">
        <table className={`gov-grid-table gov-grid-${table}`}>
          <colgroup>
            {layout.widths.map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <tbody>
            {layout.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => {
                  const span = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
                  if (!cell.key)
                    return (
                      <th key={c} {...span} className={cell.align} scope={r < layout.headerRows ? 'col' : 'row'}>
                        {cell.text}
                      </th>
                    );
                  const key = cell.key;
                  const text = texts[key] ?? '';
                  const bad = parseCellInput(text) === undefined;
                  const lastValue = last?.values[key];
                  return (
                    <td key={c} {...span} className={bad ? 'cell-bad' : (flagged.get(key) ?? '')}>
                      <input
                        value={text}
                        readOnly={readOnly}
                        aria-label={CELL_BY_KEY.get(key)!.label}
                        data-cell={key}
                        title={lastValue !== undefined ? `上年：${formatCell(lastValue)}` : undefined}
                        onChange={(e) => edit(key, e.target.value)}
                        onBlur={flush}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {message && <p className="error">{message}</p>}
      {Object.entries(texts).some(([, t]) => parseCellInput(t) === undefined) && (
        <p className="error">标红的格无法识别：请填数字、“不适用”，或清空。</p>
      )}
      <TablesImport
        report={report}
        lastYear={state.lastYear}
        readOnly={readOnly}
        onImported={(target, imported) =>
          target === 'this' ? show(imported) : void api('govinfo.grids', { reportId }).then(show, () => undefined)
        }
      />
      <ul className="gov-grid-issues" aria-label="表格核对">
        {issues.map((i, n) => (
          <li key={n} className={i.severity} data-rule={i.rule}>
            <strong>{i.severity === 'error' ? '错误' : '警告'}</strong> {i.message}
          </li>
        ))}
      </ul>
      {issues.length === 0 && Object.keys(values).length > 0 && <p className="muted gov-grid-ok">表内核对通过。</p>}
    </section>
  );
}

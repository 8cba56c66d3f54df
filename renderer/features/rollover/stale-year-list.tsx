import { useState } from 'react';
import './stale-year-list.css';
import type { RolloverStatus, StaleYearItem } from '../../../shared/rollover/rollover-schema';
import { api, errorMessage } from '../../api/client';

interface Props {
  reportId: string;
  items: StaleYearItem[];
  readOnly: boolean;
  onStatus(status: RolloverStatus): void;
  /** Sections changed on the server: the editor reloads them. */
  onContentChanged(): void;
}

function Excerpt({ item }: { item: StaleYearItem }) {
  const at = item.start - item.excerptStart;
  return (
    <span className="stale-year-excerpt">
      {item.excerpt.slice(0, at)}
      <mark>{item.text}</mark>
      {item.excerpt.slice(at + item.text.length)}
    </span>
  );
}

/**
 * 沿用上年 (issue 12): every year still naming last year's report year (or this year in the plans),
 * one row per mention in reading order; 确认 moves it on, 全部确认 moves them all. What is left is
 * reported by the check rule rollover.stale-year.
 */
export function StaleYearList({ reportId, items, readOnly, onStatus, onContentChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (items.length === 0) return null;
  const confirm = async (ids: string[]) => {
    setBusy(true);
    setError(null);
    try {
      onStatus(await api('rollover.confirmYears', { reportId, ids }));
      onContentChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="stale-years" open aria-label="年份待更新">
      <summary>
        年份待更新（{items.length}）<span className="muted">：上年报告的年份，确认后顺延</span>
      </summary>
      {!readOnly && (
        <div className="stale-years-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void confirm(items.map((i) => i.id))}>
            全部确认
          </button>
        </div>
      )}
      <ol>
        {items.map((item) => (
          <li key={item.id} className="stale-year" title={item.reason}>
            <span className="stale-year-where">{item.heading || '导语'}</span>
            <Excerpt item={item} />
            <span className="stale-year-change">
              {item.text} → {item.replacement}
            </span>
            {!readOnly && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void confirm([item.id])}
                aria-label={`确认 ${item.text} 改为 ${item.replacement}`}
              >
                确认
              </button>
            )}
          </li>
        ))}
      </ol>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}

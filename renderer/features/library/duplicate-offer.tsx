import { useCallback, useId, useState, type ReactNode } from 'react';
import type { DuplicateQuery } from '../../../shared/report-guards';
import { REPORT_STATUS_LABELS, type Report } from '../../../shared/report-schema';
import { api } from '../../api/client';
import { formatDateTime } from '../../lib/format';

/** What the user chose when a report of the same agency, kind and year exists (issue 10, point 6). */
export type DuplicateDecision = { kind: 'none' } | { kind: 'open'; id: string } | { kind: 'proceed'; note: string };

function DuplicateOfferDialog({
  query,
  existing,
  onDecide,
}: {
  query: DuplicateQuery;
  existing: Report[];
  onDecide(decision: DuplicateDecision | null): void;
}) {
  const [note, setNote] = useState('');
  const id = useId();
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog duplicate-offer"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          onDecide({ kind: 'proceed', note: note.trim() });
        }}
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onDecide(null))}
      >
        <h2 id={`${id}-title`}>已有同类报告</h2>
        <p>
          {query.agency} 已有 {query.year} 年度的同类报告 {existing.length} 份。通常应打开已有的报告继续写，而不是再建一份。
        </p>
        <ul className="duplicate-list">
          {existing.map((r) => (
            <li key={r.id}>
              <div>
                <strong>{r.title}</strong>
                <div className="muted">
                  {[REPORT_STATUS_LABELS[r.status], `最后编辑 ${formatDateTime(r.updatedAt)}`, r.note ? `备注：${r.note}` : '']
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </div>
              <button type="button" className="primary" onClick={() => onDecide({ kind: 'open', id: r.id })}>
                打开已有报告
              </button>
            </li>
          ))}
        </ul>
        <label>
          如确需再建一份，请填写备注以便在报告库中区分（如“按新模板重写”）
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={50} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={() => onDecide(null)}>
            取消
          </button>
          <button type="submit">仍然新建</button>
        </div>
      </form>
    </div>
  );
}

/**
 * `const offer = useDuplicateOffer()`: render `offer.dialog`, then `await offer.check(query)` before
 * creating, importing or rolling over. Resolves `none` when there is no such report, the user's
 * choice otherwise, null when they cancelled.
 */
export function useDuplicateOffer(): { check(query: DuplicateQuery): Promise<DuplicateDecision | null>; dialog: ReactNode } {
  const [pending, setPending] = useState<{ query: DuplicateQuery; existing: Report[]; resolve(d: DuplicateDecision | null): void } | null>(
    null,
  );
  const check = useCallback(async (query: DuplicateQuery): Promise<DuplicateDecision | null> => {
    const existing = await api('reports.findDuplicates', query);
    if (!existing.length) return { kind: 'none' };
    return new Promise((resolve) => setPending({ query, existing, resolve }));
  }, []);
  const dialog = pending ? (
    <DuplicateOfferDialog
      query={pending.query}
      existing={pending.existing}
      onDecide={(d) => {
        pending.resolve(d);
        setPending(null);
      }}
    />
  ) : null;
  return { check, dialog };
}

/** The fields a create call sends after the user's choice. */
export function duplicateFields(decision: DuplicateDecision): { allowDuplicate: boolean; note: string } {
  return decision.kind === 'proceed' ? { allowDuplicate: true, note: decision.note } : { allowDuplicate: false, note: '' };
}

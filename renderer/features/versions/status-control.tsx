import { useEffect, useState } from 'react';
import type { FinalCheck } from '../../../shared/report-guards';
import { FinalCheckSummary } from './final-check-summary';
import { REPORT_STATUS_LABELS, REPORT_STATUSES, type Report, type ReportStatus } from '../../../shared/report-schema';
import { api, errorMessage } from '../../api/client';
import { allSaved } from '../../lib/save-tracker';

/**
 * 起草 → 审核 → 定稿 and back; going back (and reopening a 定稿) asks for a reason, which is recorded.
 * Going to 定稿 runs the full check first: open errors are listed and need a reason (issue 10).
 */
export function StatusControl({ report, onChanged }: { report: Report; onChanged(report: Report, message: string): void }) {
  const [target, setTarget] = useState<ReportStatus | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const backwards = target !== null && REPORT_STATUSES.indexOf(target) < REPORT_STATUSES.indexOf(report.status);
  const [check, setCheck] = useState<FinalCheck | null>(null);
  useEffect(() => {
    if (target !== 'final') return;
    let live = true;
    // Pending autosaves first, so the check sees what is on screen.
    void allSaved()
      .then(() => api('reports.checkFinal', { id: report.id }))
      .then((c) => live && setCheck(c))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
      setCheck(null);
    };
  }, [target, report.id]);
  const needsReason = backwards || (target === 'final' && (check?.openErrors.length ?? 0) > 0);

  const submit = async () => {
    if (!target) return;
    try {
      await allSaved();
      const { report: next } = await api('versions.setStatus', { reportId: report.id, status: target, reason });
      setTarget(null);
      setReason('');
      setError(null);
      onChanged(next, `状态已改为“${REPORT_STATUS_LABELS[next.status]}”，并保存了版本。`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <>
      <label className="status-select">
        <span className="sr-only">改变状态</span>
        <select aria-label="改变状态" value="" onChange={(e) => setTarget((e.target.value || null) as ReportStatus | null)}>
          <option value="">改变状态……</option>
          {REPORT_STATUSES.filter((s) => s !== report.status).map((s) => (
            <option key={s} value={s}>
              {report.status === 'final' ? '重新打开：' : ''}
              {REPORT_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      {target && (
        <div className="dialog-backdrop">
          <form
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="status-title"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <h2 id="status-title">
              {REPORT_STATUS_LABELS[report.status]} → {REPORT_STATUS_LABELS[target]}
            </h2>
            {target === 'final' && <p className="muted">定稿后报告只读；如需修改须重新打开，并会记录理由。</p>}
            {target === 'final' && <FinalCheckSummary check={check} />}
            <label>
              {needsReason ? (backwards ? '理由（必填）' : '仍要定稿的理由（必填）') : '说明（可选）'}
              <input value={reason} onChange={(e) => setReason(e.target.value)} required={needsReason} maxLength={500} autoFocus />
            </label>
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={() => (setTarget(null), setError(null))}>
                取消
              </button>
              <button type="submit" className="primary" disabled={target === 'final' && !check}>
                {target === 'final' && check?.openErrors.length ? '仍然定稿' : '确定'}
              </button>
            </div>
          </form>
        </div>
      )}
    </>
  );
}

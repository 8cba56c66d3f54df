import { useId, useState } from 'react';
import { REPORT_STATUS_LABELS, type Report } from '../../../shared/report-schema';
import { api, errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';

/**
 * Deleting names the report fully (issue 10, point 5). A 定稿 report cannot be deleted (the button
 * is disabled with the reason); one that was ever 定稿 asks for its title to be typed.
 */
export function DeleteReportDialog({ report, onCancel, onDeleted }: { report: Report; onCancel(): void; onDeleted(): void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const final = report.status === 'final';
  const mustType = !final && report.hasFinalVersion;
  const ready = !final && (!mustType || typed.trim() === report.title);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await api('reports.delete', { id: report.id, confirmTitle: mustType ? typed.trim() : undefined });
      onDeleted();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog delete-report-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void submit();
        }}
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onCancel())}
      >
        <h2 id={`${id}-title`}>删除报告</h2>
        <dl className="report-facts">
          <dt>标题</dt>
          <dd>{report.title}</dd>
          <dt>单位</dt>
          <dd>{report.agency}</dd>
          <dt>年度</dt>
          <dd>{report.year}年度</dd>
          <dt>状态</dt>
          <dd>{REPORT_STATUS_LABELS[report.status]}</dd>
          <dt>最后编辑</dt>
          <dd>{formatDateTime(report.updatedAt)}</dd>
          {report.note && (
            <>
              <dt>备注</dt>
              <dd>{report.note}</dd>
            </>
          )}
        </dl>
        {final ? (
          <p className="error" id={`${id}-reason`}>
            这份报告已定稿，不能删除。如确需删除，请先打开报告，用“改变状态”重新打开（须填写理由）。
          </p>
        ) : (
          <p>删除后报告及其全部版本都无法恢复（数据库备份除外）。</p>
        )}
        {mustType && (
          <label>
            这份报告曾经定稿。请输入完整标题以确认删除：
            <input value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus aria-label="输入报告标题以确认删除" />
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} autoFocus={!mustType}>
            取消
          </button>
          <button type="submit" className="danger" disabled={!ready || busy} aria-describedby={final ? `${id}-reason` : undefined}>
            删除
          </button>
        </div>
      </form>
    </div>
  );
}

import type { ReportFinding } from '../../../shared/checks/api-schemas';
import { SEVERITY_LABELS } from '../../../shared/checks/types';
import { formatDateTime } from '../../lib/format';

interface Props {
  finding: ReportFinding;
  busy: boolean;
  readOnly: boolean;
  onJump(f: ReportFinding): void;
  onFix(f: ReportFinding): void;
  onIgnore(f: ReportFinding): void;
  onRestore(f: ReportFinding): void;
}

/** One finding in the check panel: click to jump to it; fix or ignore it. */
export function CheckFindingItem({ finding: f, busy, readOnly, onJump, onFix, onIgnore, onRestore }: Props) {
  return (
    <li className={`check-item check-item-${f.severity}`}>
      <button type="button" className="check-item-jump" onClick={() => onJump(f)} title="定位到正文">
        <span className={`check-badge check-badge-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
        <span className="check-item-message">{f.message}</span>
        <span className="check-item-excerpt">…{f.excerpt}…</span>
      </button>
      <div className="check-item-actions">
        {f.ignored ? (
          <>
            <span className="muted">
              {f.ignored.by} 于 {formatDateTime(f.ignored.at)} 忽略
            </span>
            <button type="button" className="link" disabled={busy} onClick={() => onRestore(f)}>
              恢复
            </button>
          </>
        ) : (
          <>
            {f.fix !== null && !readOnly && (
              <button type="button" className="link" disabled={busy} onClick={() => onFix(f)}>
                改为“{f.fix === '' ? '（删除）' : f.fix}”
              </button>
            )}
            <button type="button" className="link" disabled={busy} onClick={() => onIgnore(f)}>
              忽略
            </button>
          </>
        )}
      </div>
    </li>
  );
}

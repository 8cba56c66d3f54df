import type { ReportFinding } from '../../../shared/checks/api-schemas';
import { WORD_LIST_CATEGORIES } from '../../../shared/checks/engine';
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
  /** 「误报，加入词表」: the flagged word goes into the user's list of words not to flag. */
  onAllowWord?(f: ReportFinding): void;
}

/** One finding in the check panel: click to jump to it; fix or ignore it. */
export function CheckFindingItem({ finding: f, busy, readOnly, onJump, onFix, onIgnore, onRestore, onAllowWord }: Props) {
  const canAllow = onAllowWord && f.flagged && WORD_LIST_CATEGORIES.has(f.category);
  return (
    <li className={`check-item check-item-${f.severity}`}>
      <button type="button" className="check-item-jump" onClick={() => onJump(f)} title="定位到正文">
        <span className={`check-badge check-badge-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
        <span className="check-item-message">{f.message}</span>
        <span className="check-item-excerpt">…{f.excerpt}…</span>
        {f.basis && <span className="check-item-basis">依据：{f.basis}</span>}
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
            {canAllow && (
              <button
                type="button"
                className="link"
                disabled={busy}
                title={`把“${f.flagged}”加入本单位词表，所有报告都不再提示`}
                onClick={() => onAllowWord(f)}
              >
                误报，加入词表
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
}

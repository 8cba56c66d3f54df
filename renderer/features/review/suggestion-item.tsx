import type { Suggestion } from '../../../shared/review/review-schema';
import { KIND_LABELS, shortDate } from './review-labels';

/** One suggestion as Word shows it: deleted text struck through, inserted text underlined, in context. */
export function SuggestionItem({
  suggestion: s,
  busy,
  readOnly,
  onAccept,
  onReject,
}: {
  suggestion: Suggestion;
  busy: boolean;
  readOnly: boolean;
  onAccept(): void;
  onReject(): void;
}) {
  const open = s.status === 'open';
  return (
    <li className={`review-item review-${s.status}`} data-testid="suggestion">
      <div className="review-meta">
        <strong>{KIND_LABELS[s.kind]}</strong> {s.author || '（未署名）'} {shortDate(s.date)}
        {s.source === 'file' && <span className="muted">（审阅稿）</span>}
        {!open && <span className="muted">{s.status === 'accepted' ? ' 已接受' : ' 已拒绝'}</span>}
      </div>
      <p className="review-context">
        {s.anchor.before}
        {s.anchor.target && <del>{s.anchor.target}</del>}
        {s.replacement && <ins>{s.replacement}</ins>}
        {s.anchor.after}
      </p>
      {s.note && <p className="muted small">{s.note}</p>}
      {open && !readOnly && (
        <div className="review-actions">
          <button type="button" disabled={busy || !s.applicable} onClick={onAccept}>
            接受
          </button>
          <button type="button" disabled={busy} onClick={onReject}>
            拒绝
          </button>
        </div>
      )}
    </li>
  );
}

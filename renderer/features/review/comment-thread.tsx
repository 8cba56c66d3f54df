import { useState } from 'react';
import type { ReviewComment } from '../../../shared/review/review-schema';
import { shortDate } from './review-labels';

/** A comment with its replies: reply, resolve or reopen. */
export function CommentThread({
  comment,
  replies,
  busy,
  readOnly,
  onReply,
  onResolve,
}: {
  comment: ReviewComment;
  replies: ReviewComment[];
  busy: boolean;
  readOnly: boolean;
  onReply(text: string): void;
  onResolve(resolved: boolean): void;
}) {
  const [draft, setDraft] = useState('');
  return (
    <li className={`review-item ${comment.resolved ? 'review-resolved' : ''}`} data-testid="comment">
      <p className="review-context">
        {comment.anchor.before}
        <mark>{comment.anchor.target}</mark>
        {comment.anchor.after}
      </p>
      {[comment, ...replies].map((c) => (
        <div key={c.id} className={c.parentId ? 'review-reply' : ''}>
          <div className="review-meta">
            <strong>{c.author || '（未署名）'}</strong> {shortDate(c.date)}
          </div>
          <p>{c.text}</p>
        </div>
      ))}
      {!readOnly && (
        <div className="review-actions">
          {!comment.resolved && (
            <>
              <input aria-label="回复" placeholder="回复……" value={draft} onChange={(e) => setDraft(e.target.value)} />
              <button
                type="button"
                disabled={busy || !draft.trim()}
                onClick={() => {
                  onReply(draft.trim());
                  setDraft('');
                }}
              >
                回复
              </button>
            </>
          )}
          <button type="button" disabled={busy} onClick={() => onResolve(!comment.resolved)}>
            {comment.resolved ? '重新打开' : '解决'}
          </button>
        </div>
      )}
    </li>
  );
}

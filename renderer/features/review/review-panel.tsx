import { useEffect, useState } from 'react';
import type { SectionSummary } from '../../../shared/report-schema';
import type { ReviewState } from '../../../shared/review/review-schema';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/format';
import { allSaved } from '../../lib/save-tracker';
import { CommentThread } from './comment-thread';
import { ReviewImport } from './review-import';
import { SuggestionItem } from './suggestion-item';

/**
 * 审阅 panel of a report (issue 16): suggestions by section (accept or reject one, a section's, or
 * all; accepting saves the section against its current revision) and comments (open / resolved,
 * reply, resolve); the reviewed-file import and the review copy export.
 */
export function ReviewPanel({
  reportId,
  sections,
  readOnly,
  onContentChanged,
}: {
  reportId: string;
  sections: SectionSummary[];
  readOnly: boolean;
  onContentChanged(): Promise<void>;
}) {
  const [state, setState] = useState<ReviewState | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [showResolved, setShowResolved] = useState(false);
  const [showDecided, setShowDecided] = useState(false);
  const reload = async () => setState(await api('review.state', { reportId }));
  useEffect(() => {
    let live = true;
    api('review.state', { reportId }).then(
      (r) => live && setState(r),
      (e: unknown) => live && setMessage({ error: true, text: errorMessage(e) }),
    );
    return () => {
      live = false;
    };
  }, [reportId]);

  const act = async (action: () => Promise<string | null>, changesText = false) => {
    setBusy(true);
    setMessage(null);
    try {
      await allSaved();
      const text = await action();
      await reload();
      if (changesText) await onContentChanged();
      if (text) setMessage({ error: false, text });
    } catch (e) {
      setMessage({ error: true, text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const exportReview = () =>
    act(async () => {
      const copy = await api('review.exportDocx', { reportId });
      downloadFile(copy);
      const skipped = copy.skipped.length ? `；${copy.skipped.length} 处未能写入（原文已变）` : '';
      return `已导出审阅稿：修订 ${copy.written.suggestions} 处，批注 ${copy.written.comments} 条${skipped}。`;
    });
  const decideMany = (decision: 'accept' | 'reject', sectionId?: string) =>
    act(async () => {
      const r = await api('review.decideMany', { reportId, decision, sectionId });
      const failed = r.failed.length ? `，${r.failed.length} 条需手动处理` : '';
      return `${decision === 'accept' ? '已接受' : '已拒绝'} ${r.done} 条${failed}。`;
    }, decision === 'accept');

  const heading = (id: string) => sections.find((s) => s.id === id)?.heading ?? '（已删除的部分）';
  const suggestions = (state?.suggestions ?? []).filter((s) => showDecided || s.status === 'open');
  const bySection = [...new Set(suggestions.map((s) => s.sectionId))];
  const roots = (state?.comments ?? []).filter((c) => !c.parentId && (showResolved || !c.resolved));
  const openCount = state?.suggestions.filter((s) => s.status === 'open').length ?? 0;

  return (
    <aside className="check-panel review-panel" aria-label="审阅">
      <div className="check-panel-head">
        <h2>审阅</h2>
        <button type="button" disabled={busy} onClick={() => void exportReview()}>
          带修订和批注导出
        </button>
        <button
          type="button"
          disabled={busy}
          title="最近一次导出版本的审签单（含正文 SHA-256）"
          onClick={() =>
            void act(async () => {
              const sheet = await api('review.signoffSheet', { reportId });
              downloadFile(sheet);
              return `已生成第 ${sheet.versionNumber} 版的审签单（正文 SHA-256：${sheet.sha256.slice(0, 16)}…）。`;
            })
          }
        >
          审签单
        </button>
      </div>
      {!readOnly && <ReviewImport reportId={reportId} onRecorded={(text) => void act(async () => text)} />}
      {message && (
        <p className={message.error ? 'error' : 'notice'} role="status">
          {message.text}
        </p>
      )}
      <h3>
        修订建议（{openCount} 条待处理）
        <label className="muted small">
          <input type="checkbox" checked={showDecided} onChange={(e) => setShowDecided(e.target.checked)} /> 显示已处理
        </label>
      </h3>
      {openCount > 0 && !readOnly && (
        <div className="review-actions">
          <button type="button" disabled={busy} onClick={() => void decideMany('accept')}>
            全部接受
          </button>
          <button type="button" disabled={busy} onClick={() => void decideMany('reject')}>
            全部拒绝
          </button>
        </div>
      )}
      {bySection.map((sectionId) => (
        <section key={sectionId} className="check-section">
          <h4>
            {heading(sectionId)}
            {!readOnly && suggestions.some((s) => s.sectionId === sectionId && s.status === 'open') && (
              <button type="button" className="link" disabled={busy} onClick={() => void decideMany('accept', sectionId)}>
                接受本部分
              </button>
            )}
          </h4>
          <ul className="review-list">
            {suggestions
              .filter((s) => s.sectionId === sectionId)
              .map((s) => (
                <SuggestionItem
                  key={s.id}
                  suggestion={s}
                  busy={busy}
                  readOnly={readOnly}
                  onAccept={() => void act(async () => (await api('review.accept', { suggestionId: s.id }), null), true)}
                  onReject={() => void act(async () => (await api('review.reject', { suggestionId: s.id }), null))}
                />
              ))}
          </ul>
        </section>
      ))}
      <h3>
        批注（{state?.comments.filter((c) => !c.parentId && !c.resolved).length ?? 0} 条未解决）
        <label className="muted small">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> 显示已解决
        </label>
      </h3>
      <ul className="review-list">
        {roots.map((c) => (
          <CommentThread
            key={c.id}
            comment={c}
            replies={(state?.comments ?? []).filter((r) => r.parentId === c.id)}
            busy={busy}
            readOnly={readOnly}
            onReply={(text) =>
              void act(
                async () => (
                  await api('review.addComment', { reportId, sectionId: c.sectionId, anchor: c.anchor, text, parentId: c.id }),
                  null
                ),
              )
            }
            onResolve={(resolved) => void act(async () => (await api('review.resolveComment', { commentId: c.id, resolved }), null))}
          />
        ))}
      </ul>
    </aside>
  );
}

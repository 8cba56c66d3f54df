import { applySuggestion } from '../../../shared/review/apply-suggestion';
import type { RichTextState } from '../../../shared/rich-text';
import { AppError } from '../app-error';
import type { ReviewStore } from './review-store';

/**
 * Accepting a suggestion writes it through the normal section save (optimistic concurrency: the
 * caller's baseRevision, or the current one for 「全部接受」 which reads each section just before);
 * rejecting only marks it. Nothing changes the text without a decision.
 */
export interface DecideDeps {
  store: ReviewStore;
  section(id: string): { content: RichTextState; revision: number; reportId: string };
  save(id: string, content: RichTextState, baseRevision: number): { revision: number };
}

const MOVED = '这条修订所在的文字已经改动，无法自动定位。请对照修订内容手动修改，然后将其标为“拒绝”。';

export function createReviewDecisions(d: DecideDeps) {
  const accept = (suggestionId: string, baseRevision?: number) => {
    const s = d.store.suggestion(suggestionId);
    if (s.status !== 'open') throw new AppError('CONFLICT', '这条修订已经处理过了。');
    if (!s.applicable) throw new AppError('INVALID_INPUT', `这条修订不能自动写入：${s.note || '请手动处理'}。`);
    const section = d.section(s.sectionId);
    const next = applySuggestion(section.content, s.anchor, s.replacement);
    if (!next) throw new AppError('CONFLICT', MOVED);
    const saved = d.save(s.sectionId, next, baseRevision ?? section.revision);
    d.store.setStatus(s.id, 'accepted');
    return { sectionId: s.sectionId, revision: saved.revision };
  };
  return {
    accept,
    reject(suggestionId: string) {
      const s = d.store.suggestion(suggestionId);
      if (s.status !== 'open') throw new AppError('CONFLICT', '这条修订已经处理过了。');
      d.store.setStatus(s.id, 'rejected');
    },
    /** Accepts or rejects every open suggestion of a report (or of one section); returns what could not be placed. */
    decideMany(reportId: string, decision: 'accept' | 'reject', sectionId?: string) {
      const open = d.store.suggestions(reportId).filter((s) => s.status === 'open' && (!sectionId || s.sectionId === sectionId));
      const failed: string[] = [];
      let done = 0;
      for (const s of open) {
        if (decision === 'reject') {
          d.store.setStatus(s.id, 'rejected');
          done += 1;
        } else if (!s.applicable) failed.push(s.id);
        else {
          try {
            accept(s.id);
            done += 1;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            failed.push(s.id);
          }
        }
      }
      return { done, failed };
    },
  };
}

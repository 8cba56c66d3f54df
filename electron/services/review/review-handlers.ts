import { AppError } from '../app-error';
import type { reviewContract } from '../../../shared/review/contract-review';
import type { Handlers } from '../handlers';
import { createReviewDecisions, type DecideDeps } from './review-decide';
import { createReviewService, type ReviewDeps } from './review-service';
import { readReviewedFile } from './review-read';
import { textHash } from './signoff-sheet';
import { applySuggestion } from '../../../shared/review/apply-suggestion';

/** The review methods of the API; the core passes the services they need. */
export function createReviewHandlers(
  deps: ReviewDeps & Omit<DecideDeps, 'store'> & { authorName(): string },
): Pick<Handlers, keyof typeof reviewContract> {
  const service = createReviewService(deps);
  const decisions = createReviewDecisions(deps);
  const ok = { ok: true } as const;
  return {
    'review.state': ({ reportId }) => service.state(reportId),
    'review.exportDocx': ({ reportId }) => service.exportReview(reportId),
    'review.importPreview': ({ reportId, base64, versionId }) => service.preview(reportId, Buffer.from(base64, 'base64'), versionId),
    'review.importApply': ({ reportId, base64, versionId }) => service.apply(reportId, Buffer.from(base64, 'base64'), versionId),
    'review.accept': ({ suggestionId, baseRevision }) => decisions.accept(suggestionId, baseRevision),
    'review.reject': ({ suggestionId }) => (decisions.reject(suggestionId), ok),
    'review.decideMany': ({ reportId, decision, sectionId }) => decisions.decideMany(reportId, decision, sectionId),
    'review.addComment': ({ reportId, sectionId, anchor, text, parentId }) => {
      const parent = parentId ? deps.store.comment(parentId) : null;
      const section = deps.section(sectionId);
      if (section.reportId !== reportId) throw new AppError('INVALID_INPUT', '这一部分不属于该报告。');
      const id = deps.store.addComment({
        reportId,
        sectionId,
        parentId: parent?.id ?? null,
        anchor: parent?.anchor ?? anchor,
        text,
        author: deps.authorName() || '本机用户',
        date: new Date().toISOString(),
      });
      return { id };
    },
    'review.signoffSheet': ({ reportId, versionId }) => service.signoffSheet(reportId, versionId),
    'review.textHash': async ({ base64 }) => ({ sha256: textHash((await readReviewedFile(Buffer.from(base64, 'base64'))).units) }),
    'review.addSuggestion': ({ reportId, sectionId, anchor, replacement }) => {
      const section = deps.section(sectionId);
      if (section.reportId !== reportId) throw new AppError('INVALID_INPUT', '这一部分不属于该报告。');
      // The place must exist in the section now, exactly once, or accepting it later could not work.
      if (!applySuggestion(section.content, anchor, replacement))
        throw new AppError('INVALID_INPUT', '所选文字在这一部分中找不到或不止一处，请多选几个字再提出修订。');
      const kind = !anchor.target ? 'insert' : !replacement ? 'delete' : 'edit';
      const id = deps.store.addSuggestion({
        reportId,
        sectionId,
        kind,
        anchor,
        replacement,
        author: deps.authorName() || '本机用户',
        date: new Date().toISOString(),
        source: 'app',
        applicable: true,
        note: '',
      });
      return { id };
    },
    'review.resolveComment': ({ commentId, resolved }) => (deps.store.setResolved(commentId, resolved), ok),
  };
}

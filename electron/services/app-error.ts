import type { ErrorCode } from '../../shared/contract';

/** An error whose message is written for the user (Chinese) and whose code the client can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** With CONFLICT from a section write: the revision now stored (issue 10). */
    readonly currentRevision?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `找不到${what}，可能已被删除。`);

export const SECTION_CONFLICT_MESSAGE = '另一个窗口已修改此部分，本次修改未保存。请选择查看对方版本、用我的版本覆盖或放弃我的修改。';

/** The write started from an older text than the one stored: refuse it and name the current revision. */
export function sectionConflict(currentRevision: number): AppError {
  return new AppError('CONFLICT', SECTION_CONFLICT_MESSAGE, currentRevision);
}

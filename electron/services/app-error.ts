import type { ErrorCode } from '../../shared/contract';

/** An error whose message is written for the user (Chinese) and whose code the client can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `找不到${what}，可能已被删除。`);

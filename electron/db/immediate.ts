import type Database from 'better-sqlite3';

/**
 * Every transaction starts as BEGIN IMMEDIATE (issue 11.4). A deferred transaction reads first and
 * asks for the write lock later; in WAL mode SQLite then refuses at once (SQLITE_BUSY) when another
 * process wrote in between, without waiting out the busy timeout: a CLI export beside a busy server
 * failed 9 times in 10. IMMEDIATE takes the write lock at BEGIN, where the busy timeout applies.
 * Nested calls still become savepoints (better-sqlite3 does that for every variant).
 */
export function useImmediateTransactions(db: Database.Database): void {
  const original = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const tx = original(fn);
    const run = ((...args: unknown[]) => tx.immediate(...args)) as unknown as typeof tx;
    return Object.assign(run, { default: tx.immediate, deferred: tx.deferred, immediate: tx.immediate, exclusive: tx.exclusive });
  }) as typeof db.transaction;
}

/** How long a statement waits for another process's lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

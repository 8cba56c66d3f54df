import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers';

/**
 * Folder permissions do not stop root, and these machines run the tests as root. So a test of a
 * read-only folder runs its write with the effective user `nobody` (the real user stays root, so it
 * can switch back); as an ordinary user the folder's mode alone does it.
 */
const NOBODY = 65534;

export function asUnprivileged<T>(fn: () => T): T {
  if (process.geteuid?.() !== 0) return fn();
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return fn();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

/** A folder nobody may write into (mode 0555), reachable by `nobody`, holding one earlier file. */
export function readOnlyFolderWith(name: string, content: Buffer): { dir: string; file: string } {
  const parent = tempDir();
  fs.chmodSync(parent, 0o755);
  const dir = path.join(parent, 'exports');
  fs.mkdirSync(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  fs.chmodSync(dir, 0o555);
  return { dir, file };
}

/** The same around an async call (a whole CLI run); nothing else runs meanwhile in a test file. */
export async function asUnprivilegedAsync<T>(fn: () => Promise<T>): Promise<T> {
  if (process.geteuid?.() !== 0) return fn();
  process.setegid!(NOBODY);
  process.seteuid!(NOBODY);
  try {
    return await fn();
  } finally {
    process.seteuid!(0);
    process.setegid!(0);
  }
}

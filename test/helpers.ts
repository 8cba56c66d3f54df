import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../electron/services/core';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');

export function tempDir(prefix = 'nianbao-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A core on a fresh SQLite file in a temp folder, as each host would build it. */
export function createTestCore(dbPath = path.join(tempDir(), 'nianbao.db')): Core & { dbPath: string } {
  const core = createCore({
    dbPath,
    templatesDir: TEMPLATES_DIR,
    host: 'cli',
    version: '0.0.0-test',
    log: () => undefined,
  });
  return Object.assign(core, { dbPath });
}

export const LOCAL_TEMPLATE = 'fazhi-annual-local';
export const DEPARTMENT_TEMPLATE = 'fazhi-annual-department';
export const MANDATORY_PARTS = ['measures', 'leaders', 'shortcomings', 'plans', 'other'];

/**
 * Saves a section against its current revision, as a client that just loaded it would. Tests of
 * other features use it; the concurrency tests pass `baseRevision` themselves (issue 10).
 */
export function saveAtCurrent(core: Core, input: { id: string; content: unknown }) {
  const row = core.db.prepare('SELECT revision FROM sections WHERE id = ?').get(input.id) as { revision: number } | undefined;
  return core.invoke('sections.save', { ...input, baseRevision: row?.revision ?? 0 });
}

/** The stored revision of a section (for tests that rename or restore against it). */
export function revisionOf(core: Core, sectionId: string): number {
  const row = core.db.prepare('SELECT revision FROM sections WHERE id = ?').get(sectionId) as { revision: number } | undefined;
  return row?.revision ?? 0;
}

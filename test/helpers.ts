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

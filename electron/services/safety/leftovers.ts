import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Crash leftovers older than a day are removed at start (issue 11.9): an unfinished backup
 * (`*.partial` in the backup folder), the working copy of an interrupted restore beside the
 * database (`<db>.restoring-<pid>.tmp` with its -wal/-shm and migration copy, `.<db>.restoring.tmp`),
 * and the app's folders in the temp folder — `nianbao-print-*` (the print HTML holds the whole
 * report text), `nianbao-pdf-*`, `nianbao-readonly-*`. A day keeps anything another running copy of
 * the app may still be using.
 */

export const LEFTOVER_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const TEMP_PREFIXES = ['nianbao-print-', 'nianbao-pdf-', 'nianbao-readonly-'];

export interface LeftoverPlaces {
  dbPath: string;
  backupFolder: string;
  tempFolder?: string;
  now?: Date;
}

function entries(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Removes what matches and is older than a day; returns the paths removed. Never throws. */
export function sweepLeftovers(places: LeftoverPlaces): string[] {
  const cutoff = (places.now ?? new Date()).getTime() - LEFTOVER_MAX_AGE_MS;
  const removed: string[] = [];
  const removeIfOld = (file: string) => {
    try {
      const st = fs.lstatSync(file);
      if (st.mtimeMs > cutoff) return;
      fs.rmSync(file, { recursive: true, force: true });
      removed.push(file);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  };
  const dbDir = path.dirname(path.resolve(places.dbPath));
  const base = path.basename(places.dbPath);
  for (const name of entries(dbDir)) {
    if (
      name.startsWith(`${base}.restoring-`) ||
      name.startsWith(`.${base}.restoring.tmp`) ||
      name.startsWith('.nianbao-write-probe-') ||
      name.startsWith('.nianbao-lock-probe-')
    )
      removeIfOld(path.join(dbDir, name));
  }
  for (const name of entries(places.backupFolder)) if (name.endsWith('.partial')) removeIfOld(path.join(places.backupFolder, name));
  const temp = places.tempFolder ?? os.tmpdir();
  for (const name of entries(temp)) if (TEMP_PREFIXES.some((p) => name.startsWith(p))) removeIfOld(path.join(temp, name));
  return removed;
}

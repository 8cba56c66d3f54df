import fs from 'node:fs';
import path from 'node:path';

export const BACKUP_KINDS = ['daily', 'manual', 'pre-restore', 'pre-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupFile {
  file: string;
  kind: BackupKind;
  createdAt: Date;
  size: number;
}

const NAME = /^nianbao-(\d{8}T\d{6}\d{3}Z)-([a-z-]+)\.db$/;
export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
/** Safety copies made before a restore: enough to undo several restores in a row. */
export const KEEP_PRE_RESTORE = 10;

const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');

export function backupName(kind: BackupKind, at: Date): string {
  return `nianbao-${stamp(at)}-${kind}.db`;
}

function parseStamp(s: string): Date {
  const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  return new Date(iso);
}

/** The backups in a folder, newest first; other files are ignored. */
export function listBackupFiles(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  const out: BackupFile[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m || !(BACKUP_KINDS as readonly string[]).includes(m[2]!)) continue;
    const file = path.join(dir, name);
    out.push({ file, kind: m[2] as BackupKind, createdAt: parseStamp(m[1]!), size: fs.statSync(file).size });
  }
  return out.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

const dayKey = (d: Date) => d.toISOString().slice(0, 10);
/** Monday of the week (UTC), as the week's key. */
const weekKey = (d: Date) => dayKey(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000));

/**
 * Which automatic backups to delete: the newest of each of the last 7 days with a backup, then the
 * newest of each of the 4 weeks before those, are kept. Manual backups are never deleted.
 */
export function backupsToDelete(files: BackupFile[]): BackupFile[] {
  const daily = files.filter((f) => f.kind === 'daily');
  const keep = new Set<BackupFile>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const f of daily) {
    if (days.size < KEEP_DAILY && !days.has(dayKey(f.createdAt))) {
      days.add(dayKey(f.createdAt));
      keep.add(f);
    } else if (days.size >= KEEP_DAILY && !days.has(dayKey(f.createdAt)) && weeks.size < KEEP_WEEKLY && !weeks.has(weekKey(f.createdAt))) {
      weeks.add(weekKey(f.createdAt));
      keep.add(f);
    }
  }
  const preRestore = files.filter((f) => f.kind === 'pre-restore').slice(KEEP_PRE_RESTORE);
  return [...daily.filter((f) => !keep.has(f)), ...preRestore];
}

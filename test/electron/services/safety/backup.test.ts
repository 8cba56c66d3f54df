import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../electron/db/connection';
import { checkDatabaseFile } from '../../../../electron/db/health';
import { migration001 } from '../../../../electron/db/migrations/001-initial';
import { backupName, backupsToDelete, listBackupFiles, type BackupFile } from '../../../../electron/services/safety/backup-files';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, tempDir, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function setup() {
  const c = createTestCore();
  cores.push(c);
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  const opening = detail.sections.find((s) => s.kind === 'opening')!;
  const save = (text: string) => saveAtCurrent(c, { id: opening.id, content: stateFromParagraphs([text]) });
  const text = async () => (await c.invoke('reports.get', { id: detail.report.id })).sections.find((s) => s.id === opening.id)!.plainText;
  return { c, reportId: detail.report.id, save, text };
}

describe('backups', () => {
  it('takes the daily backup at start, in the folder beside the database, as a valid database', async () => {
    const { c } = await setup();
    // The daily backup runs in the background: wait until it is in the list.
    let list = await c.invoke('backup.list', {});
    for (let i = 0; i < 50 && !list.backups.some((b) => b.kind === 'daily'); i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      list = await c.invoke('backup.list', {});
    }
    expect(list.folder).toBe(path.join(path.dirname(c.dbPath), 'backups'));
    const daily = list.backups.find((b) => b.kind === 'daily')!;
    expect(checkDatabaseFile(path.join(list.folder, daily.fileName), { requireReports: true })).toEqual({ ok: true });
  });

  it('restores a backup, after backing up the current state, and the restore itself can be undone', async () => {
    const { c, save, text } = await setup();
    await save('备份时的导语');
    const manual = await c.invoke('backup.create', {});
    await save('备份之后改写的导语');
    const safety = await c.invoke('backup.restore', { fileName: manual.fileName });
    expect(safety.kind).toBe('pre-restore');
    expect(await text()).toBe('备份时的导语');
    await c.invoke('backup.restore', { fileName: safety.fileName });
    expect(await text()).toBe('备份之后改写的导语');
    // Search still works on restored data: the index came along with the tables.
    expect((await c.invoke('search.query', { query: '改写的导语' })).hits).toHaveLength(1);
  });

  it('restores a backup made by an older version: it is migrated on the way in, and leaves no temporary files', async () => {
    const { c, text } = await setup();
    const folder = (await c.invoke('backup.list', {})).folder;
    fs.mkdirSync(folder, { recursive: true });
    const oldFile = path.join(folder, backupName('manual', new Date('2024-06-01T08:00:00Z')));
    const old = openDatabase(oldFile, { migrations: [migration001] });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
    await c.invoke('backup.restore', { fileName: path.basename(oldFile) });
    expect(await c.invoke('reports.list', {})).toEqual([]);
    expect(c.db.pragma('user_version', { simple: true })).toBeGreaterThan(1);
    expect((await c.invoke('search.query', { query: '导语' })).hits).toEqual([]);
    expect(fs.readdirSync(path.dirname(c.dbPath)).filter((n) => n.includes('restoring'))).toEqual([]);
    // The state before the restore is one click away.
    const safety = (await c.invoke('backup.list', {})).backups.find((b) => b.kind === 'pre-restore')!;
    await c.invoke('backup.restore', { fileName: safety.fileName });
    expect(await text()).toBe('');
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const { c, save, text } = await setup();
    await save('现在的导语');
    const manual = await c.invoke('backup.create', {});
    const file = path.join((await c.invoke('backup.list', {})).folder, manual.fileName);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 100, 4096 * 2);
    fs.writeFileSync(file, bytes);
    await expect(c.invoke('backup.restore', { fileName: manual.fileName })).rejects.toThrow(/不能用“nianbao-.*”恢复.*数据未做任何改动/);
    expect(await text()).toBe('现在的导语');
  });

  it('moves the backup folder where the user says and remembers it beside the database', async () => {
    const { c } = await setup();
    const dir = tempDir('nianbao-backups-');
    await c.invoke('settings.update', { backupDir: dir });
    const b = await c.invoke('backup.create', {});
    expect(fs.existsSync(path.join(dir, b.fileName))).toBe(true);
    expect(fs.readFileSync(`${c.dbPath}.backup-folder`, 'utf8')).toBe(dir);
  });

  it('a backup folder that cannot be created is reported in Chinese and nothing is written', async () => {
    const { c } = await setup();
    const dir = tempDir('nianbao-bad-');
    fs.writeFileSync(path.join(dir, '不是文件夹'), 'x');
    await c.invoke('settings.update', { backupDir: path.join(dir, '不是文件夹', 'backups') });
    await expect(c.invoke('backup.create', {})).rejects.toThrow(/无法创建备份文件夹“.*”（ENOTDIR），请在设置中换一个文件夹/);
    expect(fs.readdirSync(dir)).toEqual(['不是文件夹']);
  });
});

describe('backup rotation', () => {
  const at = (iso: string, kind: BackupFile['kind'] = 'daily'): BackupFile => ({
    file: backupName(kind, new Date(iso)),
    kind,
    createdAt: new Date(iso),
    size: 1,
  });

  it('keeps the newest of each of 7 days, then one per week for 4 weeks, and every manual backup', () => {
    const files: BackupFile[] = [];
    for (let day = 0; day < 60; day += 1) {
      files.push(at(new Date(Date.UTC(2025, 2, 31, 18) - day * 86_400_000).toISOString()));
      files.push(at(new Date(Date.UTC(2025, 2, 31, 9) - day * 86_400_000).toISOString()));
    }
    files.push(at('2024-01-01T00:00:00Z', 'manual'));
    files.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    const deleted = new Set(backupsToDelete(files));
    const kept = files.filter((f) => !deleted.has(f));
    expect(kept.filter((f) => f.kind === 'daily')).toHaveLength(11);
    expect(kept.some((f) => f.kind === 'manual')).toBe(true);
    const days = kept.filter((f) => f.kind === 'daily').map((f) => f.createdAt.toISOString().slice(0, 13));
    expect(days.slice(0, 7)).toEqual([
      '2025-03-31T18',
      '2025-03-30T18',
      '2025-03-29T18',
      '2025-03-28T18',
      '2025-03-27T18',
      '2025-03-26T18',
      '2025-03-25T18',
    ]);
    // One per week before those, each a different ISO week.
    expect(days.slice(7)).toEqual(['2025-03-24T18', '2025-03-23T18', '2025-03-16T18', '2025-03-09T18']);
  });

  it('lists only files that are backups, newest first', () => {
    const dir = tempDir();
    for (const name of [
      backupName('daily', new Date('2025-01-01T00:00:00Z')),
      backupName('manual', new Date('2025-02-01T00:00:00Z')),
      'notes.txt',
    ]) {
      fs.writeFileSync(path.join(dir, name), 'x');
    }
    expect(listBackupFiles(dir).map((f) => f.kind)).toEqual(['manual', 'daily']);
  });
});

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, tempDir } from '../helpers';
import { SERVER_MAIN, startAppServer } from './harness';

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A database with one report and a good backup, then damaged in the middle of its pages. */
async function damagedDatabase() {
  const dbPath = path.join(tempDir('nianbao-damaged-'), 'nianbao.db');
  const c = createTestCore(dbPath);
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  const opening = detail.sections.find((s) => s.kind === 'opening')!;
  await c.invoke('sections.save', { baseRevision: 0, id: opening.id, content: stateFromParagraphs(['备份里的导语'.repeat(2000)]) });
  const backup = await c.invoke('backup.create', {});
  c.close();
  const bytes = fs.readFileSync(dbPath);
  bytes.fill(0x5a, 4096 * 2, bytes.length - 4096);
  fs.writeFileSync(dbPath, bytes);
  return { dbPath, reportId: detail.report.id, backupFile: path.join(path.dirname(dbPath), 'backups', backup.fileName) };
}

describe('a damaged database at start', () => {
  it('is not opened or changed; the message names the newest good backup; restoring keeps the damaged file aside', async () => {
    const { dbPath, reportId, backupFile } = await damagedDatabase();
    const before = sha(dbPath);
    const refused = spawnSync(process.execPath, [SERVER_MAIN, '--db', dbPath], {
      encoding: 'utf8',
      env: { ...process.env, NIANBAO_PORT: '0' },
    });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`数据库“${dbPath}”已损坏`);
    expect(refused.stderr).toContain(`最近一份完好的备份是`);
    expect(refused.stderr).toContain(`--restore-backup "${backupFile}"`);
    expect(sha(dbPath)).toBe(before);

    const server = await startAppServer(dbPath, ['--restore-backup', backupFile]);
    try {
      const r = await fetch(`${server.origin}/api/reports.get`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Secret': server.secret },
        body: JSON.stringify({ id: reportId }),
      });
      const detail = (await r.json()) as { data: { sections: Array<{ kind: string; plainText: string }> } };
      expect(detail.data.sections.find((s) => s.kind === 'opening')!.plainText).toBe('备份里的导语'.repeat(2000));
      const aside = fs
        .readdirSync(path.dirname(dbPath))
        .filter((n) => n.startsWith('nianbao.db.damaged-') && !n.endsWith('-wal') && !n.endsWith('-shm'));
      expect(aside).toHaveLength(1);
      expect(sha(path.join(path.dirname(dbPath), aside[0]!))).toBe(before);
    } finally {
      await server.stop();
    }
  });
});

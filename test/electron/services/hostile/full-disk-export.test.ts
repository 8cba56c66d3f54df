// Issue 11.7: a full disk on the database's volume does not block an export; the version record is
// best effort and the user is told in Chinese; the CLI never prints an English SqliteError.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, REPO_ROOT, tempDir, revisionOf } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function reportOnFullDisk() {
  const c = createTestCore();
  cores.push(c);
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  await c.invoke('sections.save', {
    id: detail.sections[0]!.id,
    content: stateFromParagraphs(['导语'.repeat(3000)]),
    baseRevision: revisionOf(c, detail.sections[0]!.id),
  });
  // SQLite reports a full disk when the file may not grow: the same error a full disk gives.
  c.db.pragma(`max_page_count = ${c.db.pragma('page_count', { simple: true }) as number}`);
  return { c, reportId: detail.report.id };
}

describe('export with a full disk', () => {
  it('the file is written and the user is told the version could not be recorded', async () => {
    const { c, reportId } = await reportOnFullDisk();
    const before = await c.invoke('versions.list', { reportId });
    const file = await c.invoke('export.docx', { reportId });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(file.warning).toBe('文件已导出，但磁盘空间不足，本次导出未能记入版本记录。');
    expect(await c.invoke('versions.list', { reportId })).toEqual(before);
  });

  it('the export job (the window’s path) carries the same warning', async () => {
    const { c, reportId } = await reportOnFullDisk();
    const { jobId } = await c.invoke('export.start', { reportId, format: 'html' });
    let status = await c.invoke('export.status', { jobId });
    for (let i = 0; status.state === 'running' && i < 500; i += 1) {
      await new Promise((r) => setTimeout(r, 20));
      status = await c.invoke('export.status', { jobId });
    }
    expect(status.state).toBe('done');
    expect(status.file?.warning).toBe('文件已导出，但磁盘空间不足，本次导出未能记入版本记录。');
  });
});

describe('the CLI never prints English', () => {
  it('a failing export prints one Chinese line, never the internal error (SyntaxError, SqliteError)', async () => {
    const c = createTestCore();
    const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
    c.db.prepare("UPDATE reports SET template_snapshot = '{' WHERE id = ?").run(detail.report.id);
    c.close();
    const err: string[] = [];
    const out = path.join(tempDir(), 'x.docx');
    const code = await runCli(['export', detail.report.id, '--out', out, '--db', c.dbPath], {
      out: () => undefined,
      err: (t) => err.push(t),
      env: {},
      root: REPO_ROOT,
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/^错误：操作失败（export\.docx）：程序内部错误，已记录。/);
    expect(err.join('\n')).not.toMatch(/Error|JSON|SQLite/i);
    expect(fs.existsSync(out)).toBe(false);
  });
});

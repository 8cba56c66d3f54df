// Issue 11.9: a database in a read-only file and folder opens read-only: browsing and export work
// (the export says its version could not be recorded), editing says why it cannot, in Chinese; the
// file is not changed. Also the CLI's export of it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, REPO_ROOT, tempDir, revisionOf } from '../../../helpers';
import { asUnprivileged } from '../../../support/unprivileged';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const hash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A report with text in a database whose file (0444) and folder (0555) may not be written. */
async function readOnlyDatabase() {
  const parent = tempDir();
  fs.chmodSync(parent, 0o755);
  const dir = path.join(parent, 'data');
  fs.mkdirSync(dir);
  const c = createTestCore(path.join(dir, 'nianbao.db'));
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  await c.invoke('sections.save', {
    id: detail.sections[0]!.id,
    content: stateFromParagraphs(['只读数据库里的导语']),
    baseRevision: revisionOf(c, detail.sections[0]!.id),
  });
  c.close();
  for (const name of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, name), 0o444);
  fs.chmodSync(dir, 0o555);
  cleanups.push(() => fs.chmodSync(dir, 0o755));
  return { dbPath: c.dbPath, dir, reportId: detail.report.id, sectionId: detail.sections[0]!.id };
}

describe('a read-only database', () => {
  it('opens read-only: browse and export work, editing says why not, the file is unchanged', async () => {
    const { dbPath, dir, reportId, sectionId } = await readOnlyDatabase();
    const before = hash(dbPath);
    const listing = fs.readdirSync(dir).sort();
    const c = asUnprivileged(() => createTestCore(dbPath));
    cleanups.push(() => c.close());

    expect((await c.invoke('reports.list', {})).map((r) => r.id)).toEqual([reportId]);
    const detail = await c.invoke('reports.get', { id: reportId });
    expect(detail.sections.find((s) => s.id === sectionId)!.plainText).toBe('只读数据库里的导语');

    const file = await c.invoke('export.docx', { reportId });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(file.warning).toBe('文件已导出，但数据库是只读的，本次导出未能记入版本记录。');

    const save = await c.call('sections.save', {
      id: sectionId,
      content: stateFromParagraphs(['改动']),
      baseRevision: revisionOf(c, sectionId),
    });
    expect(save).toEqual({
      ok: false,
      error: { code: 'IO_ERROR', message: expect.stringMatching(/^数据库文件或其所在文件夹是只读的，只能浏览和导出，本次修改未能保存。/) },
    });
    c.close();
    cleanups.pop();
    expect(hash(dbPath)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  it('the CLI exports it, in Chinese only', async () => {
    const { dbPath, reportId } = await readOnlyDatabase();
    const out = path.join(tempDir(), 'report.docx');
    const err: string[] = [];
    const code = await asUnprivileged(() =>
      runCli(['export', reportId, '--out', out, '--db', dbPath], {
        out: () => undefined,
        err: (t) => err.push(t),
        env: {},
        root: REPO_ROOT,
      }),
    );
    expect(err.join('\n')).not.toMatch(/[A-Za-z]{5,}Error|readonly|EACCES/);
    expect(code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(err.join('\n')).toContain('注意：文件已导出，但数据库是只读的，本次导出未能记入版本记录。');
  });
});

import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, revisionOf } from '../../helpers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function setup() {
  const c = createTestCore();
  cleanups.push(() => c.close());
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  const opening = detail.sections.find((s) => s.kind === 'opening')!;
  const save = (text: string) =>
    c.call('sections.save', { id: opening.id, content: stateFromParagraphs([text]), baseRevision: revisionOf(c, opening.id) });
  await save('已保存的导语');
  const stored = async () => (await c.invoke('reports.get', { id: detail.report.id })).sections.find((s) => s.id === opening.id)!.plainText;
  return { c, save, stored };
}

describe('database failures a user can act on', () => {
  it('disk full: a clear Chinese message, and the text saved before is intact', async () => {
    const { c, save, stored } = await setup();
    // SQLite reports a full disk when the file may not grow: the same error a full disk gives.
    const pages = c.db.pragma('page_count', { simple: true }) as number;
    c.db.pragma(`max_page_count = ${pages}`);
    const result = await save('很长的新内容'.repeat(20_000));
    expect(result).toEqual({ ok: false, error: { code: 'IO_ERROR', message: expect.stringContaining('磁盘空间不足，本次修改未能保存') } });
    expect(await stored()).toBe('已保存的导语');
  });

  it('database locked by another program: says so instead of failing silently', async () => {
    const { c, save, stored } = await setup();
    c.db.pragma('busy_timeout = 100');
    const other = new Database(c.dbPath);
    cleanups.push(() => other.close());
    other.exec('BEGIN EXCLUSIVE');
    const result = await save('新内容');
    other.exec('ROLLBACK');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(
          /^数据库文件正被另一个程序（另一个年报窗口、命令行或备份）写入，等待 5 秒后仍未释放，本次操作未完成/,
        ),
      },
    });
    expect(await stored()).toBe('已保存的导语');
  });

  it('read-only database: a clear message, nothing changed', async () => {
    const { c, save, stored } = await setup();
    c.db.pragma('query_only = 1');
    const result = await save('新内容');
    c.db.pragma('query_only = 0');
    expect(result).toEqual({ ok: false, error: { code: 'IO_ERROR', message: expect.stringContaining('只读') } });
    expect(await stored()).toBe('已保存的导语');
  });
});

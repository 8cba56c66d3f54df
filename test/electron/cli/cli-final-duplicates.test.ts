import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { createTestCore, LOCAL_TEMPLATE, REPO_ROOT } from '../../helpers';

// Issue 10 through the command line: 定稿 refuses writes with a Chinese message; duplicates need a flag.

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, root: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function database(status: 'draft' | 'final') {
  const core = createTestCore();
  const d = await core.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '某市司法局', year: 2024, reportDate: '2025-02-10' });
  if (status === 'final') await core.invoke('reports.update', { id: d.report.id, status: 'final', reason: '主要负责人已签批' });
  core.close();
  return { dbPath: core.dbPath, id: d.report.id, title: d.report.title };
}

describe('nianbao CLI and issue 10', () => {
  it('reports delete refuses a 定稿 report in Chinese and deletes nothing', async () => {
    const { dbPath, id } = await database('final');
    const refused = await cli(['reports', 'delete', id, '--db', dbPath]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('已定稿，不能删除');
    expect(JSON.parse((await cli(['reports', 'list', '--json', '--db', dbPath])).out)).toHaveLength(1);
  });

  it('reports delete of a draft names what was deleted', async () => {
    const { dbPath, id, title } = await database('draft');
    const done = await cli(['reports', 'delete', id, '--db', dbPath]);
    expect(done).toMatchObject({ code: 0, err: `已删除：${title}（某市司法局，2024年度，起草）` });
  });

  it('rollover into a year that already has the report needs --allow-duplicate; --note tells them apart', async () => {
    const { dbPath, id } = await database('draft');
    expect((await cli(['rollover', id, '--year', '2025', '--db', dbPath])).code).toBe(0);
    const again = await cli(['rollover', id, '--year', '2025', '--db', dbPath]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('已有某市司法局2025年度的同类报告');
    expect(again.err).toContain('--allow-duplicate');
    const allowed = await cli(['rollover', id, '--year', '2025', '--allow-duplicate', '--note', '第二稿', '--db', dbPath]);
    expect(allowed.code).toBe(0);
    const listed = await cli(['reports', 'list', '--db', path.resolve(dbPath)]);
    expect(listed.out.split('\n').filter((l) => l.includes('2025年度'))).toHaveLength(2);
    expect(listed.out).toMatch(/2025年度.*起草\t最后修改 \d{4}-\d{2}-\d{2}\t第二稿/);
  });
});

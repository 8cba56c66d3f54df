import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { stateFromParagraphs } from '../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, REPO_ROOT, tempDir, saveAtCurrent } from '../../helpers';

// Never the user's real database: without --db the CLI falls back to NIANBAO_DB, set to a temp file here.
async function cli(args: string[], env: NodeJS.ProcessEnv = { NIANBAO_DB: path.join(tempDir(), 'default.db') }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env, root: REPO_ROOT });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function databaseWithReport() {
  const core = createTestCore();
  const detail = await core.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '某市司法局',
    year: 2024,
    reportDate: '2025-02-10',
  });
  const measures = detail.sections.find((s) => s.partId === 'measures')!;
  await saveAtCurrent(core, { id: measures.id, content: stateFromParagraphs(['全年审查规范性文件36件。']) });
  core.close();
  return { dbPath: core.dbPath, id: detail.report.id };
}

describe('nianbao CLI', () => {
  it('templates list --json prints the template library as JSON', async () => {
    const { code, out } = await cli(['templates', 'list', '--json', '--db', path.join(tempDir(), 'x.db')]);
    expect(code).toBe(0);
    const list = JSON.parse(out);
    expect(list.map((t: { id: string }) => t.id)).toEqual(
      expect.arrayContaining(['fazhi-annual-local', 'fazhi-annual-department', 'yifa-report']),
    );
  });

  it('reports list --json reads the database given by --db or NIANBAO_DB', async () => {
    const { dbPath, id } = await databaseWithReport();
    const viaFlag = await cli(['reports', 'list', '--json', '--db', dbPath]);
    expect(JSON.parse(viaFlag.out)).toMatchObject([{ id, agency: '某市司法局', year: 2024, status: 'draft' }]);
    const viaEnv = await cli(['reports', 'list', '--json'], { NIANBAO_DB: dbPath });
    expect(JSON.parse(viaEnv.out)[0].id).toBe(id);
    const human = await cli(['reports', 'list', '--db', dbPath]);
    expect(human.out).toContain('2024年度\t某市司法局关于2024年法治政府建设情况的报告\t起草');
  });

  it('export writes a .docx with the report text', async () => {
    const { dbPath, id } = await databaseWithReport();
    const out = path.join(tempDir(), '报告.docx');
    const result = await cli(['export', id, '--out', out, '--db', dbPath]);
    expect(result.code).toBe(0);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('全年审查规范性文件36件。');
  });

  it('export leaves an earlier file intact when the report does not exist', async () => {
    const { dbPath } = await databaseWithReport();
    const out = path.join(tempDir(), 'old.docx');
    fs.writeFileSync(out, 'earlier file');
    const result = await cli(['export', 'no-such-report', '--out', out, '--db', dbPath]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('找不到该报告');
    expect(fs.readFileSync(out, 'utf8')).toBe('earlier file');
  });

  it.each([
    [['frobnicate'], '未知命令：frobnicate'],
    [['templates', 'remove'], '未知命令：templates remove'],
    [['export'], 'export 需要且只需要一个报告编号'],
    [['export', 'abc'], 'export 需要 --out 文件名'],
    [['export', 'abc', '--out', 'x.pdf'], '应以 .docx 结尾'],
    [['reports', 'list', '--colour'], '参数错误'],
    [[], '用法：nianbao'],
  ])('%j prints usage and exits non-zero', async (args, message) => {
    const result = await cli([...args]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).toContain('用法：nianbao <命令>');
  });

  it('a database from a newer app is refused with a message, exit 1', async () => {
    const dbPath = path.join(tempDir(), 'new.db');
    execFileSync(
      process.execPath,
      ['-e', `const D=require('better-sqlite3'); const d=new D(${JSON.stringify(dbPath)}); d.pragma('user_version = 999'); d.close();`],
      { cwd: REPO_ROOT },
    );
    const result = await cli(['reports', 'list', '--db', dbPath]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('更新版本的年报');
  });

  it('the installed bin runs as a separate process (built by npm run build)', () => {
    const bin = path.join(REPO_ROOT, 'bin', 'nianbao.js');
    const ok = spawnSync(process.execPath, [bin, 'templates', 'list', '--json', '--db', path.join(tempDir(), 'y.db')], {
      encoding: 'utf8',
    });
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).length).toBeGreaterThanOrEqual(3);
    const bad = spawnSync(process.execPath, [bin, 'nonsense'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('未知命令');
  });
});

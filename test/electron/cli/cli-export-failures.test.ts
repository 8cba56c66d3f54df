import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { createTestCore, REPO_ROOT, tempDir } from '../../helpers';
import { asUnprivilegedAsync, readOnlyFolderWith } from '../../support/unprivileged';
import { shortReport } from '../services/export/fixtures';

const EARLIER = Buffer.from('PK earlier export, signed off\n');

/** A database the unprivileged user may open too (the read-only-folder case runs as `nobody`). */
async function setup() {
  const dir = tempDir();
  fs.chmodSync(dir, 0o777);
  const core = createTestCore(path.join(dir, 'nianbao.db'));
  const detail = await shortReport(core);
  core.close();
  for (const f of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, f), 0o666);
  const err: string[] = [];
  const io = { out: () => undefined, err: (t: string) => err.push(t), env: process.env, root: REPO_ROOT };
  const exportTo = (out: string) => runCli(['export', detail.report.id, '--out', out, '--db', core.dbPath], io);
  return { exportTo, err };
}

describe('nianbao export --out: a failed write says why in Chinese and keeps the earlier file', () => {
  it('read-only folder', async () => {
    const { exportTo, err } = await setup();
    const { dir, file } = readOnlyFolderWith('报告.docx', EARLIER);
    expect(await asUnprivilegedAsync(() => exportTo(file))).toBe(1);
    expect(err.join('\n')).toContain(`没有权限写入“${file}”，请换一个文件夹。`);
    expect(fs.readFileSync(file).equals(EARLIER)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('the target is a folder', async () => {
    const { exportTo, err } = await setup();
    const target = path.join(tempDir(), '报告.docx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside.txt'), 'keep');
    expect(await exportTo(target)).toBe(1);
    expect(err.join('\n')).toContain(`“${target}”是一个文件夹，请给出文件名。`);
    expect(fs.readdirSync(target)).toEqual(['inside.txt']);
  });

  it('the earlier file is read-only', async () => {
    const { exportTo, err } = await setup();
    const dir = tempDir();
    const file = path.join(dir, '报告.docx');
    fs.writeFileSync(file, EARLIER);
    fs.chmodSync(file, 0o444);
    expect(await exportTo(file)).toBe(1);
    expect(err.join('\n')).toContain('是只读文件，未覆盖，原文件保持不变');
    expect(fs.readFileSync(file).equals(EARLIER)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['报告.docx']);
  });

  it('replaces a writable earlier file with the new export', async () => {
    const { exportTo } = await setup();
    const file = path.join(tempDir(), '报告.docx');
    fs.writeFileSync(file, EARLIER);
    expect(await exportTo(file)).toBe(0);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(fs.readFileSync(file).equals(EARLIER)).toBe(false);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { installedFontCheck, missingFonts, missingFontWarnings } from '../../../electron/services/export/font-check';
import { defaultExportSettings } from '../../../shared/export-settings';
import { createTestCore, REPO_ROOT, tempDir } from '../../helpers';
import { shortReport } from '../services/export/fixtures';

/** Issue 13 (6): the export warns in Chinese when the official fonts are absent on the exporting PC. */

/** A folder with a fake fc-list that knows these families. */
function fakeFcList(families: string[]): string {
  const dir = tempDir('nianbao-fc-');
  const script = path.join(dir, 'fc-list');
  // printf is a shell builtin: the script works with this folder alone on PATH.
  fs.writeFileSync(script, `#!/bin/sh\nprintf '%s\\n' ${families.map((f) => `'${f}'`).join(' ')}\n`, { mode: 0o755 });
  return dir;
}

describe('missing official fonts', () => {
  it('names each missing East Asian font once, with the stand-ins this PC has', () => {
    const installed = (n: string) => ['仿宋', 'FangSong', '黑体', '宋体', 'SimHei'].includes(n);
    const missing = missingFonts(defaultExportSettings(), installed);
    expect(missing).toEqual([
      { font: '方正小标宋简体', available: ['宋体'] },
      { font: '仿宋_GB2312', available: ['仿宋', 'FangSong'] },
      { font: '楷体_GB2312', available: [] },
    ]);
    const lines = missingFontWarnings(missing);
    expect(lines[1]).toBe(
      '提示：本机没有安装字体“仿宋_GB2312”，导出的 Word 文件仍写明“仿宋_GB2312”，由阅读者的 Word/WPS 提供；本机可用的替代字体：仿宋、FangSong。',
    );
    expect(lines[2]).toContain('本机打印或生成 PDF 时会用其他字体代替');
  });

  it('reads fontconfig (fc-list) on Linux, the Fonts folder on Windows', async () => {
    const linux = await installedFontCheck({ PATH: fakeFcList(['仿宋,FangSong', 'Noto Serif CJK SC']) }, 'linux');
    expect([linux!('仿宋'), linux!('FangSong'), linux!('仿宋_GB2312')]).toEqual([true, true, false]);
    expect(await installedFontCheck({ PATH: tempDir() }, 'linux')).toBeNull();
    const windir = tempDir('nianbao-win-');
    fs.mkdirSync(path.join(windir, 'Fonts'));
    for (const f of ['SIMFANG.TTF', 'simhei.ttf', 'FZXBSJW.TTF']) fs.writeFileSync(path.join(windir, 'Fonts', f), '');
    const windows = await installedFontCheck({ WINDIR: windir }, 'win32');
    expect(['仿宋', '黑体', '方正小标宋简体', '仿宋_GB2312', '楷体'].map((n) => windows!(n))).toEqual([true, true, true, false, false]);
  });

  it('nianbao export prints the warnings after the file is written (docx), none for html', async () => {
    const core = createTestCore();
    const detail = await shortReport(core);
    core.close();
    const err: string[] = [];
    const io = {
      out: () => undefined,
      err: (t: string) => err.push(t),
      env: { ...process.env, PATH: `${fakeFcList(['仿宋', '黑体', '宋体'])}:${process.env.PATH}` },
      root: REPO_ROOT,
    };
    const dir = tempDir();
    expect(await runCli(['export', detail.report.id, '--format', 'docx', '--out', path.join(dir, 'r.docx'), '--db', core.dbPath], io)).toBe(
      0,
    );
    expect(fs.existsSync(path.join(dir, 'r.docx'))).toBe(true);
    expect(err[0]).toMatch(/^已导出：/);
    expect(err.slice(1)).toEqual([
      '提示：本机没有安装字体“方正小标宋简体”，导出的 Word 文件仍写明“方正小标宋简体”，由阅读者的 Word/WPS 提供；本机可用的替代字体：宋体。',
      '提示：本机没有安装字体“仿宋_GB2312”，导出的 Word 文件仍写明“仿宋_GB2312”，由阅读者的 Word/WPS 提供；本机可用的替代字体：仿宋。',
      '提示：本机没有安装字体“楷体_GB2312”，导出的 Word 文件仍写明“楷体_GB2312”，由阅读者的 Word/WPS 提供；本机打印或生成 PDF 时会用其他字体代替。',
    ]);
    err.length = 0;
    expect(await runCli(['export', detail.report.id, '--format', 'html', '--out', path.join(dir, 'r.html'), '--db', core.dbPath], io)).toBe(
      0,
    );
    expect(err).toHaveLength(1);
  });
});

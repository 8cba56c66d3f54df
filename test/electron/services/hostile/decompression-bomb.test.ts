// Issue 11.3: inflation is limited by the bytes actually produced, for zip entries (.docx) and gzip
// (.nianbao), whatever the headers declare; a refused bomb's peak memory is measured in a child
// process (maxRSS), not timed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureInflated, PACKAGE_LIMITS } from '../../../../electron/services/safety/inflate-budget';
import { REPO_ROOT, tempDir } from '../../../helpers';
import { docxBomb, gzipBomb } from '../../../support/bombs';

const dir = tempDir('nianbao-bomb-');
const child = path.join(dir, 'bomb-child.cjs');

beforeAll(() => {
  buildSync({
    entryPoints: [path.join(__dirname, 'bomb-child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'electron'],
    nodePaths: [path.join(REPO_ROOT, 'node_modules')],
    logLevel: 'error',
  });
});

function readInChild(kind: 'docx' | 'package', buf: Buffer) {
  const file = path.join(dir, `${kind}.bin`);
  fs.writeFileSync(file, buf);
  const run = spawnSync(process.execPath, [child, kind, file], { encoding: 'utf8', timeout: 120_000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { ok: boolean; message: string; fileBytes: number; maxRssMb: number };
}

describe('decompression bombs are refused by the bytes they produce', () => {
  it('a 1 MB .docx whose document.xml declares 2,000 bytes but inflates to 1 GB: Chinese message, peak < 300 MB', () => {
    const bomb = docxBomb(64); // 64 × 16 MB = 1 GiB of XML
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const result = readInChild('docx', bomb);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^这个 Word 文件解压后异常庞大.*已拒绝导入。$/) });
    expect(result.maxRssMb).toBeLessThan(300);
    console.log(`docx bomb of ${result.fileBytes} bytes refused; child peak RSS ${result.maxRssMb.toFixed(0)} MB`);
  });

  it('an entry that inflates to more than it declares is refused even below the size and ratio limits', () => {
    const bomb = docxBomb(1, 2000, 1024 * 1024); // 1 MB of XML declared as 2,000 bytes
    expect(readInChild('docx', bomb)).toMatchObject({ ok: false, message: expect.stringContaining('解压后异常庞大') });
  });

  it('a .nianbao gzip bomb (1 GB of output) is refused with a Chinese message, peak < 300 MB', () => {
    const bomb = gzipBomb(64);
    const result = readInChild('package', bomb);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^报告包解压后异常庞大.*本机数据未做任何改动。$/) });
    expect(result.maxRssMb).toBeLessThan(300);
    console.log(`package bomb of ${result.fileBytes} bytes refused; child peak RSS ${result.maxRssMb.toFixed(0)} MB`);
  });

  it('the count is of bytes produced: the limit stops the stream early instead of inflating it all', () => {
    let thrown: unknown;
    try {
      measureInflated('gzip', gzipBomb(64), PACKAGE_LIMITS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ reason: 'ratio' });
    expect(measureInflated('gzip', gzipBomb(2), { maxTotal: 64 * 1024 * 1024, maxRatio: 10_000, ratioFrom: 0 })).toBe(32 * 1024 * 1024);
  });
});

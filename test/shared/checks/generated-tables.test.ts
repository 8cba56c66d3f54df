import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers';
import { CHECK_DATA } from './check-helpers';

describe('generated tables (build/gen-check-tables.mjs)', () => {
  it('traditional.json and pinyin.json match the installed opencc-js and pinyin-pro', () => {
    // Exits non-zero with the file's name when a table is out of date.
    expect(() =>
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'build/gen-check-tables.mjs'), '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
  it('are loaded with the check data: 發 → 发, 实 and 时 share a reading', () => {
    const pairs = CHECK_DATA.traditional!.pairs;
    expect(pairs).toContain('發发');
    expect(pairs).not.toContain('著着');
    expect(CHECK_DATA.pinyin!.readings.shi).toContain('实');
    expect(CHECK_DATA.pinyin!.readings.shi).toContain('时');
  });
});

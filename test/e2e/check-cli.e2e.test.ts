import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../helpers';

// The built `nianbao` bin, as batch scripts and acceptance checks call it (needs `npm run build`).
const BIN = path.join(REPO_ROOT, 'bin/nianbao.js');

describe('built CLI: nianbao check', () => {
  it('prints one JSON object for a .txt file and exits 0 with findings', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, '某县2024年依法行政工作报告\n一、工作回顾\n推进法制政府建设,成效明显。\n三、下步打算\n下一步继续推进。\n');
    const stdout = execFileSync(process.execPath, [BIN, 'check', file, '--json', '--db', path.join(dir, 'n.db')], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as { findings: Array<{ rule: string; line: number; column: number }>; summary: { error: number } };
    expect(result.findings.map((f) => `${f.rule}@${f.line}:${f.column}`)).toEqual(
      expect.arrayContaining(['words.confusable@3:3', 'punct.halfwidth@3:9', 'numbering.sequence@4:1']),
    );
    expect(result.summary.error).toBeGreaterThanOrEqual(3);
  });

  it('exits non-zero with a Chinese message when the file cannot be read', () => {
    const dir = tempDir();
    const r = spawnSync(process.execPath, [BIN, 'check', path.join(dir, 'missing.txt'), '--json', '--db', path.join(dir, 'n.db')], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('文件不存在');
  });
});

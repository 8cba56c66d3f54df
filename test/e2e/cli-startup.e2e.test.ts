import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../electron/cli/usage';
import { REPO_ROOT, tempDir } from '../helpers';

/** Issue 13 (8): `nianbao --help` answers from the small CLI entry alone; commands load the services bundle. */

const DIST = path.join(REPO_ROOT, 'dist', 'node');

describe('CLI startup', () => {
  it('--help needs nothing but cli-main.js (the services bundle is not loaded)', () => {
    const dir = tempDir('nianbao-cli-alone-');
    fs.copyFileSync(path.join(DIST, 'cli-main.js'), path.join(dir, 'cli-main.js'));
    expect(fs.statSync(path.join(dir, 'cli-main.js')).size).toBeLessThan(20_000);
    const r = spawnSync(process.execPath, [path.join(dir, 'cli-main.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${USAGE}\n`);
    // A command needs the services bundle, which is not there.
    const missing = spawnSync(process.execPath, [path.join(dir, 'cli-main.js'), 'templates', 'list'], { encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('cli-run.js');
  });

  it('through bin/nianbao.js: help, a command, and usage errors as before', () => {
    const bin = path.join(REPO_ROOT, 'bin', 'nianbao.js');
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect([help.status, help.stdout]).toEqual([0, `${USAGE}\n`]);
    const list = spawnSync(process.execPath, [bin, 'templates', 'list', '--db', path.join(tempDir(), 'n.db')], { encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('法治政府建设年度报告');
    const none = spawnSync(process.execPath, [bin], { encoding: 'utf8' });
    expect([none.status, none.stderr]).toEqual([2, `${USAGE}\n`]);
  });
});

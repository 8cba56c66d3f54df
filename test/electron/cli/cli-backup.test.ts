import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { checkDatabaseFile } from '../../../electron/db/health';
import { REPO_ROOT, tempDir } from '../../helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, root: REPO_ROOT });
  return { code, out, err };
}

describe('nianbao backup', () => {
  it('creates a backup that is a valid database, lists it, and prints no background-backup noise', async () => {
    const db = path.join(tempDir(), 'nianbao.db');
    const created = await cli(['backup', 'create', '--db', db]);
    expect(created).toMatchObject({ code: 0, err: [] });
    expect(created.out[0]).toMatch(/backups[\\/]nianbao-\d{8}T\d{9}Z-manual\.db$/);
    expect(checkDatabaseFile(created.out[0]!, { requireReports: true })).toEqual({ ok: true });
    const listed = await cli(['backup', 'list', '--db', db]);
    expect(listed.out).toEqual([expect.stringContaining(`manual\t${created.out[0]}`)]);
  });
});

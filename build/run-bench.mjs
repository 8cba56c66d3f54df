// `npm run bench`: bundles each bench/*.bench.ts with esbuild and runs it with Node, one after another.
// Benchmarks print figures; they never fail on speed (no timed assertions anywhere).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const only = process.argv[2];
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-'));
let failed = false;
for (const file of files) {
  const outfile = path.join(outdir, file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3', 'electron'],
    // __dirname in the bundle must still point at bench/ (benches find templates from it).
    define: { __dirname: JSON.stringify(path.join(root, 'bench')) },
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'warning',
  });
  console.log(`\n== ${file}`);
  const run = spawnSync(process.execPath, [outfile], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
  });
  if (run.status !== 0) failed = true;
}
fs.rmSync(outdir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

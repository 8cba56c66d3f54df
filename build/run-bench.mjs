// Runs every benchmark under bench/ (bench/*.bench.ts): each is bundled with esbuild and run in its own
// Node process, so one benchmark's warm-up or garbage does not skew another's figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'build/artifacts/bench');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(path.join(root, 'bench'))
  .filter((f) => /\.bench\.ts$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const file of files) {
  const outfile = path.join(outdir, file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    external: ['better-sqlite3', 'electron'],
  });
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit', cwd: root });
}

// Runs every bench/*.bench.ts: bundled with esbuild (as the app is), then run with node.
// Benchmarks print figures; they are not tests and never run in CI.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const files = fs.readdirSync('bench').filter((f) => f.endsWith('.bench.ts'));
for (const file of files) {
  const outfile = path.join('dist', 'bench', file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join('bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
    external: ['better-sqlite3', 'electron'],
  });
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, [outfile], { stdio: 'inherit' });
}

// Runs every bench/*.bench.ts: bundled with esbuild for Node (native modules stay external), then executed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-build-'));
const benches = fs.readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('.bench.ts'));
for (const file of benches) {
  const outfile = path.join(out, file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'bench', file)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'electron'],
    outfile,
    // __dirname in the bundle must still point at bench/ for the templates.
    define: { __dirname: JSON.stringify(path.join(root, 'bench')) },
    logLevel: 'warning',
  });
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
}
fs.rmSync(out, { recursive: true, force: true });

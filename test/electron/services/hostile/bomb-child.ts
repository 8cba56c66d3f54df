// Run in a child process by decompression-bomb.test.ts (bundled with esbuild): reads one file the
// way the app does and prints the outcome with the process's peak memory (maxRSS).
import fs from 'node:fs';
import { readSource } from '../../../../electron/services/import/read-source';
import { readPackage } from '../../../../electron/services/packages/report-package';

async function main() {
  const [kind, file] = process.argv.slice(2) as ['docx' | 'package', string];
  const buf = fs.readFileSync(file);
  let outcome: { ok: boolean; message: string };
  try {
    if (kind === 'docx') await readSource('bomb.docx', buf);
    else readPackage(buf);
    outcome = { ok: true, message: '' };
  } catch (error) {
    outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  process.stdout.write(JSON.stringify({ ...outcome, fileBytes: buf.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}
void main();

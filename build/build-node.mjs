// Compiles the Node-side entry points (CLI, browser-mode server, Electron main and preload) with esbuild.
// Native and runtime-provided modules stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['better-sqlite3', 'electron'],
};

await Promise.all([
  build({
    ...common,
    entryPoints: { 'cli-run': 'electron/cli/cli.ts', 'server-main': 'electron/server/server-main.ts' },
    outdir: 'dist/node',
  }),
  // The CLI entry stays small (help text, argument check); it loads cli-run.js for the commands.
  build({
    ...common,
    entryPoints: { 'cli-main': 'electron/cli/cli-main.ts' },
    outdir: 'dist/node',
    external: [...common.external, './cli-run.js'],
  }),
  build({ ...common, entryPoints: { main: 'electron/main/main.ts' }, outdir: 'dist/electron' }),
  // A sandboxed preload cannot require modules: bundle everything it needs into one file.
  build({ ...common, entryPoints: { preload: 'electron/preload/preload.ts' }, outdir: 'dist/electron', external: ['electron'] }),
]);

import { USAGE } from './usage';

/**
 * The CLI entry: `nianbao --help` answers from this small bundle alone; every command loads the
 * services bundle (dist/node/cli-run.js, built from cli.ts) only when it runs.
 */

const argv = process.argv.slice(2);

if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
  process.stdout.write(`${USAGE}\n`);
} else {
  // Resolved at run time next to this file (esbuild leaves it external).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { runCli } = require('./cli-run.js') as typeof import('./cli');
  runCli(argv, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`错误：${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}

import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPORT_STATUS_LABELS } from '../../shared/report-schema';
import { AppError } from '../services/app-error';
import { createCore, type Core } from '../services/core';
import { appRootFrom, readAppVersion, resolveDbPath } from '../services/paths';
import { writeFileAtomic } from '../services/safety/write-file';
import { importCommand } from './import-command';
import { rolloverCommand } from './rollover-command';
import { checkCommand } from './check-command';
import { createChromiumPrinter } from '../services/export/chromium-pdf';
import { installedFontCheck, missingFonts, missingFontWarnings } from '../services/export/font-check';
import { UsageError } from './usage-error';

export { USAGE } from './usage';
import { USAGE } from './usage';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Folder with package.json and templates/ (tests pass the repository). */
  root?: string;
}

type Command = (
  core: Core,
  args: { positionals: string[]; json: boolean; out?: string; format?: string; save?: boolean; template?: string; year?: string },
  io: CliIo,
) => Promise<void>;

const COMMANDS: Record<string, Command> = {
  'templates list': async (core, { json }, io) => {
    const list = await core.invoke('templates.list', {});
    if (json) return io.out(JSON.stringify(list));
    for (const t of list) io.out(`${t.id}\t${t.name}\t${t.builtin ? '内置' : '自定义'}\t${t.partCount} 个部分`);
  },
  'reports list': async (core, { json }, io) => {
    const list = await core.invoke('reports.list', {});
    if (json) return io.out(JSON.stringify(list));
    if (list.length === 0) io.out('（还没有报告）');
    for (const r of list) io.out(`${r.id}\t${r.year}年度\t${r.title}\t${REPORT_STATUS_LABELS[r.status]}`);
  },
  export: async (core, { positionals, out, format }, io) => {
    const [reportId] = positionals;
    if (!reportId || positionals.length > 1) throw new UsageError('export 需要且只需要一个报告编号。');
    if (!out) throw new UsageError('export 需要 --out 文件名。');
    const kind = format ?? 'docx';
    if (!['docx', 'pdf', 'html'].includes(kind)) throw new UsageError('--format 只能是 docx、pdf 或 html。');
    if (path.extname(out).toLowerCase() !== `.${kind}`) throw new UsageError(`--out 的文件名应以 .${kind} 结尾。`);
    const file = await core.invoke(`export.${kind as 'docx' | 'pdf' | 'html'}`, { reportId });
    writeFileAtomic(out, Buffer.from(file.base64, 'base64'));
    io.err(`已导出：${path.resolve(out)}`);
    // The official fonts this PC lacks: the file names them all the same (issue 13).
    if (kind !== 'html') {
      const installed = await installedFontCheck(io.env);
      const settings = await core.invoke('export.getSettings', { reportId });
      if (installed) for (const line of missingFontWarnings(missingFonts(settings, installed))) io.err(line);
    }
  },
  'backup create': async (core, _args, io) => {
    const b = await core.invoke('backup.create', {});
    const { folder } = await core.invoke('backup.list', {});
    io.out(path.join(folder, b.fileName));
  },
  'backup list': async (core, { json }, io) => {
    const { folder, backups } = await core.invoke('backup.list', {});
    if (json) return io.out(JSON.stringify({ folder, backups }));
    if (backups.length === 0) io.out(`（“${folder}”中还没有备份）`);
    for (const b of backups) io.out(`${b.createdAt}\t${b.kind}\t${path.join(folder, b.fileName)}`);
  },
  import: importCommand,
  rollover: rolloverCommand,
  check: (core, args, io) => checkCommand(core, args, io),
};

/** Runs one CLI invocation and returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        save: { type: 'boolean' },
        template: { type: 'string' },
        year: { type: 'string' },
      },
    });
  } catch (error) {
    io.err(`参数错误：${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  const two = positionals.slice(0, 2).join(' ');
  const name = COMMANDS[two] ? two : positionals[0]!;
  const command = COMMANDS[name];
  if (!command) {
    io.err(`未知命令：${positionals.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const rest = positionals.slice(name.split(' ').length);
  if (!['export', 'import', 'rollover', 'check'].includes(name) && rest.length > 0) {
    io.err(`多余的参数：${rest.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const root = io.root ?? appRootFrom(__dirname);
  let core: Core | null = null;
  try {
    core = createCore({
      dbPath: resolveDbPath(values.db, io.env),
      templatesDir: path.join(root, 'templates'),
      host: 'cli',
      version: readAppVersion(root),
      log: (message, error) => io.err(`${message}: ${String(error)}`),
      // A CLI run is too short for the background daily backup; `backup create` is explicit.
      dailyBackup: false,
      pdfPrinter: createChromiumPrinter({ env: io.env }),
    });
    await command(
      core,
      {
        positionals: rest,
        json: values.json ?? false,
        out: values.out,
        format: values.format,
        save: values.save,
        template: values.template,
        year: values.year,
      },
      io,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(error instanceof AppError ? `错误：${error.message}` : `错误：${(error as Error).message}`);
    return 1;
  } finally {
    core?.close();
  }
}

import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPORT_STATUS_LABELS } from '../../shared/report-schema';
import { AppError } from '../services/app-error';
import { describeDbError } from '../services/db-errors';
import { createCore, type Core } from '../services/core';
import { appRootFrom, readAppVersion, resolveDbPath } from '../services/paths';
import { writeFileAtomic } from '../services/safety/write-file';
import { importCommand } from './import-command';
import { rolloverCommand } from './rollover-command';
import { checkCommand } from './check-command';
import { createChromiumPrinter } from '../services/export/chromium-pdf';
import { installedFontCheck, missingFonts, missingFontWarnings } from '../services/export/font-check';
import { UsageError } from './usage-error';
import { reviewHashCommand, reviewImportCommand, reviewSheetCommand } from './review-command';

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
  args: {
    positionals: string[];
    json: boolean;
    out?: string;
    format?: string;
    save?: boolean;
    template?: string;
    year?: string;
    allowDuplicate?: boolean;
    note?: string;
    confirmTitle?: string;
    review?: boolean;
    apply?: boolean;
    versionId?: string;
  },
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
    for (const d of await core.invoke('reports.damaged', {})) io.err(d.message);
    if (json) return io.out(JSON.stringify(list));
    if (list.length === 0) io.out('（还没有报告）');
    for (const r of list) {
      io.out(`${r.id}\t${r.year}年度\t${r.title}\t${REPORT_STATUS_LABELS[r.status]}\t最后修改 ${r.updatedAt.slice(0, 10)}\t${r.note}`);
    }
  },
  'reports delete': async (core, { positionals, confirmTitle }, io) => {
    const [id] = positionals;
    if (!id || positionals.length > 1) throw new UsageError('reports delete 需要且只需要一个报告编号。');
    const { report } = await core.invoke('reports.get', { id });
    await core.invoke('reports.delete', { id, confirmTitle });
    io.err(`已删除：${report.title}（${report.agency}，${report.year}年度，${REPORT_STATUS_LABELS[report.status]}）`);
  },
  export: async (core, { positionals, out, format, review }, io) => {
    const [reportId] = positionals;
    if (!reportId || positionals.length > 1) throw new UsageError('export 需要且只需要一个报告编号。');
    if (!out) throw new UsageError('export 需要 --out 文件名。');
    const kind = format ?? 'docx';
    if (!['docx', 'pdf', 'html'].includes(kind)) throw new UsageError('--format 只能是 docx、pdf 或 html。');
    if (path.extname(out).toLowerCase() !== `.${kind}`) throw new UsageError(`--out 的文件名应以 .${kind} 结尾。`);
    if (review) {
      if (kind !== 'docx') throw new UsageError('--review 只能用于 --format docx。');
      const copy = await core.invoke('review.exportDocx', { reportId });
      writeFileAtomic(out, Buffer.from(copy.base64, 'base64'));
      for (const line of copy.skipped) io.err(`未写入：${line}`);
      return io.err(`已导出审阅稿（修订 ${copy.written.suggestions} 处，批注 ${copy.written.comments} 条）：${path.resolve(out)}`);
    }
    const file = await core.invoke(`export.${kind as 'docx' | 'pdf' | 'html'}`, { reportId });
    writeFileAtomic(out, Buffer.from(file.base64, 'base64'));
    io.err(`已导出：${path.resolve(out)}`);
    if (file.warning) io.err(`注意：${file.warning}`);
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
  'review import': (core, args, io) => reviewImportCommand(core, args, io),
  'review sheet': (core, args, io) => reviewSheetCommand(core, args, io),
  'review hash': (core, args, io) => reviewHashCommand(core, args, io),
};

/** The core's message, with the option to use where the window would offer a button. */
function cliMessage(error: AppError): string {
  if (error.code === 'CONFLICT' && error.message.includes('同类报告')) {
    return error.message.replace(/可以打开已有报告；.*$/, '如确需再建一份，请加 --allow-duplicate，并用 --note 注明区别。');
  }
  return error.message;
}

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
        'allow-duplicate': { type: 'boolean' },
        note: { type: 'string' },
        'confirm-title': { type: 'string' },
        review: { type: 'boolean' },
        'version-id': { type: 'string' },
        apply: { type: 'boolean' },
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
  if (
    !['export', 'import', 'rollover', 'check', 'reports delete', 'review import', 'review sheet', 'review hash'].includes(name) &&
    rest.length > 0
  ) {
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
      // Internal details (often English: SqliteError …) only on request; the user reads the Chinese message.
      log: (message, error) => {
        if (io.env.NIANBAO_DEBUG) io.err(`${message}: ${String(error)}`);
      },
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
        allowDuplicate: values['allow-duplicate'],
        note: values.note,
        confirmTitle: values['confirm-title'],
        review: values.review,
        versionId: values['version-id'],
        apply: values.apply,
      },
      io,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`错误：${userMessage(error)}`);
    return 1;
  } finally {
    core?.close();
  }
}

/** Only Chinese reaches the user: a raw error (SqliteError, EACCES …) becomes a sentence about what failed. */
function userMessage(error: unknown): string {
  if (error instanceof AppError) return cliMessage(error);
  const db = describeDbError(error);
  if (db) return db.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return '没有读写该文件或文件夹的权限。请检查文件权限。';
  if (code === 'ENOSPC') return '磁盘空间不足。请清理磁盘后重试。';
  if (code === 'ENOENT') return '找不到指定的文件或文件夹。';
  // The commands' own errors are written in Chinese; a library's English text is not shown.
  const message = error instanceof Error ? error.message : '';
  if (/[\u4e00-\u9fff]/u.test(message) && !/Error\b/.test(message)) return message;
  return '程序内部错误，操作未完成。设置环境变量 NIANBAO_DEBUG=1 后重试可查看详细信息。';
}

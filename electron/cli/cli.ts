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
import { UsageError } from './usage-error';
import { reviewHashCommand, reviewImportCommand, reviewSheetCommand } from './review-command';

export const USAGE = `用法：nianbao <命令> [选项]

命令：
  templates list [--json]              列出全部模板（内置和自定义）
  reports list [--json]                列出全部报告（含状态、最后修改和备注）
  reports delete <报告编号> [--confirm-title 标题]
                                       删除报告；已定稿的报告不能删除，曾经定稿的须给出完整标题
  backup create                        立即备份数据库（写入设置中的备份文件夹）
  backup list [--json]                 列出备份
  import <文件> [--save] [--json]      导入往年报告（.docx、.txt），--save 同时创建报告
  rollover <报告编号> --year 年份 [--json]  沿用上年报告创建新年度报告
  check <文件|report:编号> [--template 模板编号] [--year 年度] [--json]
                                       校对 .txt（一行一段）、.docx 或数据库中的报告
  export <报告编号> --format docx|pdf|html --out 文件 [--review]
                                       导出为 Word、PDF（需安装 LibreOffice）或网页 HTML；
                                       --review 导出带修订和批注的审阅稿（.docx）
  review import <报告编号> <审阅稿.docx> [--json] [--apply] [--version-id 版本编号]
                                       对照导出版本列出审阅稿中的修订、批注和未标修订的改动；
                                       --apply 记录为修订建议（不直接改动正文）；
                                       文件没有导出标记时用 --version-id 指定对照的版本
  review sheet <报告编号> --out 审签单.docx  生成最近一次导出版本的审签单（含正文 SHA-256）
  review hash <文件.docx>              计算 Word 文件正文的 SHA-256，与审签单核对

创建报告（import --save、rollover）时，已有同一单位、同类、同年度的报告会被拒绝；
确需再建一份时加 --allow-duplicate，并可用 --note 备注 注明区别。

通用选项：
  --db <文件>     使用指定的数据库文件（也可用环境变量 NIANBAO_DB）
  --help          显示本说明
`;

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
    io.err(error instanceof AppError ? `错误：${cliMessage(error)}` : `错误：${(error as Error).message}`);
    return 1;
  } finally {
    core?.close();
  }
}

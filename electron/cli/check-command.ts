import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { fingerprintOf } from '../../shared/checks/api-schemas';
import { EMPTY_USER_LISTS } from '../../shared/checks/data-schema';
import { runChecks, summarize } from '../../shared/checks/engine';
import { RULE_BY_ID } from '../../shared/checks/registry';
import { documentFromLines, inferKind, inferYear, splitLines } from '../../shared/checks/plain-text';
import { contextForReport, documentFromReport } from '../../shared/checks/report-document';
import type { CheckContext, CheckDocument, Finding } from '../../shared/checks/types';
import { CELL_BY_KEY } from '../../shared/gov-info/tables';
import { govInfoFileFindings } from './gov-info-check';
import { withoutEmptyTableParts } from '../../shared/gov-info/grid-findings';
import type { Core } from '../services/core';
import { UsageError } from './usage-error';

export interface CheckArgs {
  positionals: string[];
  json: boolean;
  template?: string;
  year?: string;
}

interface Io {
  out(text: string): void;
}

/** Input that cannot be read: the CLI exits with 1 and this message. */
class UnreadableInput extends Error {}

async function readLines(file: string): Promise<string[]> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.txt' && ext !== '.docx')
    throw new UnreadableInput(`不支持的文件类型“${ext || '无扩展名'}”：请提供 .txt、.docx 文件或 report:<报告编号>。`);
  try {
    if (ext === '.txt') return splitLines(fs.readFileSync(file, 'utf8'));
    const { value } = await mammoth.extractRawText({ path: file });
    // mammoth ends every paragraph with a blank line.
    return value.replace(/\n+$/, '').split('\n\n');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message;
    throw new UnreadableInput(`无法读取文件“${file}”：${reason}`);
  }
}

function parseYear(year: string | undefined): number | null {
  if (year === undefined) return null;
  if (!/^\d{4}$/.test(year)) throw new UsageError(`--year 应为四位年份，例如 2024，而不是“${year}”。`);
  return Number(year);
}

/** Builds the document and its context; a report comes from the database, a file from disk. */
async function load(
  core: Core,
  source: string,
  args: CheckArgs,
): Promise<{ doc: CheckDocument; ctx: CheckContext; lines: string[] | null }> {
  const { data, user } = await core.invoke('checks.getConfig', {});
  const template = args.template
    ? await core.invoke('templates.get', { id: args.template }).catch(() => {
        throw new UsageError(`找不到模板“${args.template}”。可用 nianbao templates list 查看模板编号。`);
      })
    : null;
  const year = parseYear(args.year);
  if (source.startsWith('report:')) {
    const detail = await core.invoke('reports.get', { id: source.slice('report:'.length) });
    const ctx = contextForReport(
      template ? { ...detail, template, report: { ...detail.report, kind: template.kind } } : detail,
      data,
      user,
    );
    // A report made by 沿用上年 is also checked for years left over from last year (rollover.stale-year).
    const roll = await core.invoke('rollover.status', { reportId: detail.report.id });
    const rollover = roll.sourceReportId !== null ? { planSectionIds: roll.planSectionIds } : null;
    return { doc: documentFromReport(detail), ctx: { ...ctx, year: year ?? ctx.year, rollover }, lines: null };
  }
  const lines = await readLines(source);
  const doc = documentFromLines(lines);
  const kind = template?.kind ?? inferKind(doc.title, data);
  const ctx: CheckContext = { year: year ?? inferYear(doc.title, doc.date), kind, parts: null, data, user: user ?? EMPTY_USER_LISTS };
  return { doc, ctx, lines };
}

/** Line and column: in the file for text input; for a report, in its paragraphs read in order. */
function positionOf(doc: CheckDocument, f: Finding, fromFile: boolean): { line: number; column: number } {
  if (fromFile) return { line: f.paragraph + 1, column: f.start + 1 };
  const index = doc.paragraphs.findIndex((p) => p.sectionId === f.sectionId && p.index === f.paragraph);
  return { line: index + 1, column: f.start + 1 };
}

/** A report's findings in the app: those ignored there, and those other features derive (年度计划, 沿用上年), which no text rule makes. */
async function reportFindings(core: Core, reportId: string): Promise<{ ignored: Set<string>; derived: Finding[] }> {
  const { findings } = await core.invoke('checks.runReport', { reportId });
  return {
    ignored: new Set(findings.filter((f) => f.ignored !== null).map((f) => f.fingerprint)),
    derived: findings.filter((f) => f.ignored === null && !RULE_BY_ID.has(f.rule)),
  };
}

export async function checkCommand(core: Core, args: CheckArgs, io: Io): Promise<void> {
  const [source] = args.positionals;
  if (!source || args.positionals.length > 1) throw new UsageError('check 需要且只需要一个文件（.txt、.docx）或 report:<报告编号>。');
  let loaded;
  try {
    loaded = await load(core, source, args);
  } catch (error) {
    if (error instanceof UnreadableInput) throw new Error(error.message, { cause: error });
    throw error;
  }
  const { doc, ctx, lines } = loaded;
  const fromApp = lines === null ? await reportFindings(core, source.slice('report:'.length)) : { ignored: new Set<string>(), derived: [] };
  // A 政府信息公开年报 file: its tables are read and checked like the app's grids (issue 17).
  const tables = lines !== null && ctx.kind === 'gov-info' ? await govInfoFileFindings(source, doc) : [];
  let all = [...runChecks(doc, ctx), ...fromApp.derived, ...tables];
  if (lines === null && ctx.kind === 'gov-info') {
    // A part that holds its filled table is not empty (as in the app).
    const reportId = source.slice('report:'.length);
    const [{ values }, detail] = await Promise.all([
      core.invoke('govinfo.grids', { reportId }),
      core.invoke('reports.get', { id: reportId }),
    ]);
    all = withoutEmptyTableParts(all, detail.sections, values);
  }
  // A report's ignored findings (ignored in the app, with who and when) are left out, as in the window.
  const ignored = fromApp.ignored;
  const findings = all.filter((f) => !ignored.has(fingerprintOf(f)));
  const rows = findings.map((f) => ({
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    ...positionOf(doc, f, lines !== null),
    length: f.length,
    excerpt: f.excerpt,
    message: f.message,
    fix: f.fix,
    // The table cells a 政府信息公开年报 finding involves (issue 17), with their printed names.
    ...(f.cells ? { cells: f.cells.map((key) => ({ key, label: CELL_BY_KEY.get(key)?.label ?? key })) } : {}),
  }));
  const summary = {
    ...summarize(findings),
    ignored: all.length - findings.length,
    kind: ctx.kind,
    year: ctx.year,
    title: doc.title,
    paragraphs: doc.paragraphs.length,
  };
  if (args.json) return io.out(JSON.stringify({ findings: rows, summary }));
  const label = { error: '错误', warning: '警告', suggestion: '建议' } as const;
  for (const r of rows)
    io.out(`${r.line}:${r.column}\t[${label[r.severity]}] ${r.message}${r.fix !== null ? `（建议改为“${r.fix}”）` : ''}\t…${r.excerpt}…`);
  io.out(`共 ${summary.total} 处：错误 ${summary.error}，警告 ${summary.warning}，建议 ${summary.suggestion}。`);
}

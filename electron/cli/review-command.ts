import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../services/core';
import type { CliIo } from './cli';
import { UsageError } from './usage-error';

const KIND_LABELS: Record<string, string> = { insert: '插入', delete: '删除', move: '移动', edit: '改写', comment: '批注', format: '格式' };

/** `review import <报告编号> 文件.docx [--json] [--apply]`: what a reviewed file holds against the report. */
export async function reviewImportCommand(
  core: Core,
  args: { positionals: string[]; json: boolean; apply?: boolean; versionId?: string },
  io: CliIo,
): Promise<void> {
  const [reportId, file] = args.positionals;
  if (!reportId || !file || args.positionals.length > 2) throw new UsageError('review import 需要报告编号和审阅稿文件。');
  if (path.extname(file).toLowerCase() !== '.docx') throw new UsageError('审阅稿应是 .docx 文件。');
  const base64 = fs.readFileSync(file).toString('base64');
  const result = await core.invoke(args.apply ? 'review.importApply' : 'review.importPreview', {
    reportId,
    base64,
    versionId: args.versionId,
  });
  if (args.json) {
    const changes = result.changes.map(({ sectionId, heading, kind, text, author, date, context, tracked, applicable, note, replyTo }) => ({
      sectionId,
      heading,
      kind,
      text,
      author,
      date,
      context,
      tracked,
      applicable,
      note,
      replyTo,
    }));
    return io.out(JSON.stringify({ matchedVersion: result.matchedVersion, versionNumber: result.versionNumber, changes }));
  }
  io.out(`对照版本：第 ${result.versionNumber} 版（${result.matchedVersion}）`);
  for (const c of result.changes) {
    const who = [c.author, c.date.slice(0, 10)].filter(Boolean).join(' ');
    io.out(
      `${c.heading}\t${KIND_LABELS[c.kind]}${c.tracked ? '' : '（未标修订）'}\t${c.text}\t${who}\t${c.context}${c.applicable ? '' : `\t不自动写入：${c.note}`}`,
    );
  }
  if ('recorded' in result)
    io.err(
      `已记录为修订建议 ${result.recorded.suggestions} 条、批注 ${result.recorded.comments} 条，请在报告的“审阅”面板中逐条接受或拒绝。`,
    );
}

/** `review sheet <报告编号> --out 审签单.docx`: the sign-off sheet of the last exported version. */
export async function reviewSheetCommand(
  core: Core,
  args: { positionals: string[]; out?: string; json: boolean },
  io: CliIo,
): Promise<void> {
  const [reportId] = args.positionals;
  if (!reportId || args.positionals.length > 1) throw new UsageError('review sheet 需要且只需要一个报告编号。');
  if (!args.out || path.extname(args.out).toLowerCase() !== '.docx') throw new UsageError('review sheet 需要 --out 文件名（.docx）。');
  const sheet = await core.invoke('review.signoffSheet', { reportId });
  fs.writeFileSync(args.out, Buffer.from(sheet.base64, 'base64'));
  if (args.json) return io.out(JSON.stringify({ versionNumber: sheet.versionNumber, sha256: sheet.sha256 }));
  io.out(sheet.sha256);
  io.err(`已生成第 ${sheet.versionNumber} 版的审签单：${path.resolve(args.out)}`);
}

/** `review hash 文件.docx`: the SHA-256 of a .docx's text, to check it against a 审签单. */
export async function reviewHashCommand(core: Core, args: { positionals: string[] }, io: CliIo): Promise<void> {
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) throw new UsageError('review hash 需要且只需要一个 .docx 文件。');
  const { sha256 } = await core.invoke('review.textHash', { base64: fs.readFileSync(file).toString('base64') });
  io.out(sha256);
}

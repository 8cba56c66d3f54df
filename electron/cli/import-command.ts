import fs from 'node:fs';
import path from 'node:path';
import type { ImportedSection, ImportPreview } from '../../shared/import/import-schema';
import { IMPORT_KIND_LABELS, PART_ROLE_LABELS } from '../../shared/import/import-schema';
import { AppError } from '../services/app-error';
import type { Core } from '../services/core';
import { MAX_IMPORT_BYTES } from '../services/import/read-source';

/** `nianbao import FILE [--save] [--json]`: the same import the dialog runs, printed as one JSON object. */

interface ImportArgs {
  positionals: string[];
  json: boolean;
  save?: boolean;
  allowDuplicate?: boolean;
  note?: string;
}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

type OutlineEntry = Pick<ImportedSection, 'level' | 'number' | 'heading' | 'part' | 'chars'> & { children: OutlineEntry[] };

function outline(section: ImportedSection): OutlineEntry {
  const { level, number, heading, part, chars } = section;
  return { level, number, heading, part, chars, children: section.children.map(outline) };
}

/**
 * The documented shape of `nianbao import --json`, nothing more: the kind with its confidence and
 * the cues it weighed, the signature as found (null when none), the sections in source order.
 */
export function importJson(preview: ImportPreview, id?: string) {
  const { kind, kindConfidence, kindReasons, title, agency, signature, year, date, template, missingParts, warnings } = preview;
  const sections = preview.sections.map(outline);
  const base = { kind, kindConfidence, kindReasons, title, agency, signature, year, date, template, sections, missingParts, warnings };
  return id === undefined ? base : { ...base, id };
}

function readInput(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new AppError('NOT_FOUND', `找不到文件：${file}`);
  }
  if (!stat.isFile()) throw new AppError('INVALID_INPUT', `不是文件：${file}`);
  // Refuse before reading 50 MB into memory.
  if (stat.size > MAX_IMPORT_BYTES) {
    throw new AppError('TOO_LARGE', `文件过大（${(stat.size / 1024 / 1024).toFixed(1)} MB，上限 20 MB）。请确认选择的文件是否正确。`);
  }
  return fs.readFileSync(file);
}

function printText(preview: ImportPreview, io: Io, id?: string): void {
  io.out(`${IMPORT_KIND_LABELS[preview.kind]}（把握 ${Math.round(preview.kindConfidence * 100)}%）：${preview.title || '（无标题）'}`);
  preview.kindReasons.forEach((r) => io.out(`依据：${r}`));
  if (preview.signature) io.out(`落款：${preview.signature}`);
  io.out(
    `单位：${preview.agency || '（未识别）'}\u3000年度：${preview.year ?? '（未识别）'}\u3000日期：${preview.date ?? '（未识别）'}\u3000模板：${preview.template}`,
  );
  const walk = (s: ImportedSection, depth: number) => {
    const target = s.level === 1 ? `\u3000→ ${s.part ? PART_ROLE_LABELS[s.part] : '新增部分'}` : '';
    io.out(`${'  '.repeat(depth)}${s.number ? `${s.number} ` : ''}${s.heading}（${s.chars} 字）${target}`);
    s.children.forEach((c) => walk(c, depth + 1));
  };
  preview.sections.forEach((s) => walk(s, 0));
  if (preview.missingParts.length) io.out(`缺少必备部分：${preview.missingParts.map((p) => PART_ROLE_LABELS[p]).join('、')}`);
  preview.warnings.forEach((w) => io.out(`提示：${w}`));
  if (id) io.out(`已创建报告：${id}`);
}

export async function importCommand(core: Core, { positionals, json, save, allowDuplicate, note }: ImportArgs, io: Io): Promise<void> {
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new AppError('INVALID_INPUT', 'import 需要且只需要一个文件名。');
  const source = { type: 'file' as const, fileName: path.basename(file), base64: readInput(file).toString('base64') };
  if (save) {
    const { id, preview, tables } = await core.invoke('import.save', { source, allowDuplicate, note });
    if (json) return io.out(JSON.stringify({ ...importJson(preview, id), ...(tables ? { tables } : {}) }));
    printText(preview, io, id);
    if (tables) {
      io.out(`表格：已填入 ${tables.placed} 格${tables.unplaced.length ? `，${tables.unplaced.length} 行未能填入` : ''}`);
      tables.unplaced.forEach((u) => io.out(`未填入：${u.text}（${u.reason}）`));
      tables.notes.forEach((n) => io.out(`说明：${n}`));
    }
    return;
  }
  const preview = await core.invoke('import.preview', { source });
  return json ? io.out(JSON.stringify(importJson(preview))) : printText(preview, io);
}

import mammoth from 'mammoth';
import { linesFromText } from '../../../shared/plan/parse-plan';
import type { PlanSourceLine } from '../../../shared/plan/plan-import-schema';
import { AppError } from '../app-error';
import { htmlToBlocks } from '../import/docx-html';
import { decodeText, MAX_IMPORT_BYTES, readSource } from '../import/read-source';
import { assertSafeZip } from '../import/zip-guard';

/**
 * A plan's source as lines: a .docx through mammoth with its tables kept as rows of cells (a task
 * table is read column by column), a .txt file or pasted text line by line (tabs = a copied table).
 * The general importer's checks (size, .doc, damaged files) and messages apply first.
 */

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const TABLE = /<table[\s\S]*?<\/table>/giu;

const cellText = (html: string) =>
  htmlToBlocks(html)
    .map((b) => b.text.trim())
    .filter(Boolean)
    .join('');

export function htmlToPlanLines(html: string): PlanSourceLine[] {
  const lines: PlanSourceLine[] = [];
  let last = 0;
  const textOf = (chunk: string) => htmlToBlocks(chunk).forEach((b) => lines.push({ text: b.text }));
  for (const m of html.matchAll(TABLE)) {
    textOf(html.slice(last, m.index));
    for (const row of m[0].matchAll(/<tr[\s\S]*?<\/tr>/giu)) {
      const cells = [...row[0].matchAll(/<t([dh])[^>]*>([\s\S]*?)<\/t\1>/giu)].map((c) => cellText(c[2]!));
      if (cells.length) lines.push({ text: cells.join(' '), cells });
    }
    last = m.index + m[0].length;
  }
  textOf(html.slice(last));
  return lines;
}

export async function readPlanSource(source: { type: 'file'; fileName: string; base64: string } | { type: 'text'; text: string }) {
  if (source.type === 'text') return linesFromText(source.text);
  const buf = Buffer.from(source.base64, 'base64');
  if (!buf.subarray(0, 4).equals(ZIP_MAGIC) || buf.length > MAX_IMPORT_BYTES) {
    // Size, .doc, damaged and unsupported files are refused with the importer's own messages.
    await readSource(source.fileName, buf);
    return linesFromText(decodeText(buf));
  }
  assertSafeZip(buf);
  try {
    const { value } = await mammoth.convertToHtml({ buffer: buf }, { ignoreEmptyParagraphs: true });
    return htmlToPlanLines(value);
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      '无法读取这个 Word 文件：文件内容已损坏或不是 Word 文档。请在 Word 或 WPS 中打开后另存为 .docx 再导入。',
    );
  }
}

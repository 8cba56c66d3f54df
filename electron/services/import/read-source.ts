import mammoth from 'mammoth';
import type { SourceBlock } from '../../../shared/import/import-schema';
import { blocksFromText } from '../../../shared/import/analyze';
import { AppError } from '../app-error';
import { htmlToBlocks } from './docx-html';
import { assertSafeZip } from './zip-guard';

/** Reads the bytes of an imported file into raw paragraphs. Refuses what it cannot read, in Chinese. */

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Heading styles by their name in Word (English) and in Chinese WPS. */
const STYLE_MAP = [
  "p[style-name='Title'] => p.nb-title:fresh",
  "p[style-name='标题'] => p.nb-title:fresh",
  ...[1, 2, 3, 4].flatMap((n) => [`p[style-name='heading ${n}'] => h${n}:fresh`, `p[style-name='标题 ${n}'] => h${n}:fresh`]),
];

/** UTF-8 (with or without BOM), UTF-16 with BOM, otherwise GB18030 (a superset of GBK and GB2312). */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

async function readDocx(buf: Buffer): Promise<SourceBlock[]> {
  assertSafeZip(buf);
  try {
    const { value } = await mammoth.convertToHtml({ buffer: buf }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true });
    return htmlToBlocks(value);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'INVALID_INPUT',
      '无法读取这个 Word 文件：文件内容已损坏或不是 Word 文档。请在 Word 或 WPS 中打开后另存为 .docx 再导入。',
    );
  }
}

export async function readSource(fileName: string, buf: Buffer): Promise<SourceBlock[]> {
  if (buf.length === 0) throw new AppError('INVALID_INPUT', '文件是空的，没有可导入的内容。');
  if (buf.length > MAX_IMPORT_BYTES) {
    throw new AppError(
      'TOO_LARGE',
      `文件过大（${(buf.length / 1024 / 1024).toFixed(1)} MB，上限 20 MB）。年度报告一般不超过 1 MB，请确认选择的文件是否正确。`,
    );
  }
  // 「报告」 has no extension (not 「.报告」); 「.bashrc」-like names neither.
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (ext === 'doc' || buf.subarray(0, 8).equals(OLE_MAGIC)) {
    throw new AppError(
      'INVALID_INPUT',
      '这是旧版 Word（.doc）格式，无法直接导入。请在 Word 或 WPS 中打开，另存为“Word 文档（.docx）”后再导入。',
    );
  }
  if (ext === 'docx' || buf.subarray(0, 4).equals(ZIP_MAGIC)) {
    if (!buf.subarray(0, 4).equals(ZIP_MAGIC))
      throw new AppError(
        'INVALID_INPUT',
        '这个文件不是有效的 Word（.docx）文件，可能已损坏或只是改了扩展名。请在 Word 或 WPS 中打开后另存为 .docx 再导入。',
      );
    return readDocx(buf);
  }
  if (ext !== 'txt' && ext !== 'text' && ext !== '') {
    throw new AppError(
      'INVALID_INPUT',
      `不支持导入 .${ext.slice(0, 20)} 文件。请导入 Word（.docx）或纯文本（.txt）文件，也可以直接粘贴文字。`,
    );
  }
  const text = decodeText(buf);
  if (text.includes('\u0000')) throw new AppError('INVALID_INPUT', '这个文件不是纯文本文件，无法导入。请导入 .docx 或 .txt 文件。');
  return blocksFromText(text);
}

import { AppError } from '../app-error';

/**
 * Reads a zip's central directory (no decompression) to refuse archives that would inflate to
 * far more than any real report: a zip bomb must fail before mammoth inflates it.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** A 200,000-character report is about 5 MB of XML; 300 MB leaves room for images. */
export const MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024;
const MAX_RATIO = 200;

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 65_557);
  for (let i = buf.length - 22; i >= stop; i -= 1) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

const NOT_DOCX = '这个文件不是有效的 Word（.docx）文件，可能已损坏或只是改了扩展名。请在 Word 或 WPS 中打开后另存为 .docx 再导入。';

export function assertSafeZip(buf: Buffer): void {
  const eocd = buf.length >= 22 ? findEndOfCentralDirectory(buf) : -1;
  if (eocd < 0) throw new AppError('INVALID_INPUT', NOT_DOCX);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new AppError('INVALID_INPUT', NOT_DOCX);
    const compressed = buf.readUInt32LE(offset + 20);
    const size = buf.readUInt32LE(offset + 24);
    total += size;
    if (total > MAX_UNCOMPRESSED_BYTES || (size > 10 * 1024 * 1024 && size > compressed * MAX_RATIO)) {
      throw new AppError('TOO_LARGE', '这个 Word 文件解压后异常庞大（可能是恶意构造的压缩包），已拒绝导入。');
    }
    offset += 46 + buf.readUInt16LE(offset + 28) + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
}

import { AppError } from '../app-error';
import { DOCX_LIMITS, inflatedSizeOrRefuse } from '../safety/inflate-budget';

/**
 * Refuses a .docx that would inflate to far more than any real report before mammoth inflates it.
 * The sizes the zip headers declare are not trusted (a bomb declares 2,000 bytes): every entry is
 * inflated once, streaming and keeping nothing, and counted (safety/inflate-budget.ts); an entry that
 * produces more than it declares is refused too, so mammoth's own inflation is bounded by what was
 * measured here.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** A 200,000-character report is about 5 MB of XML; 300 MB leaves room for images. */
export const MAX_UNCOMPRESSED_BYTES = DOCX_LIMITS.maxTotal;

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 65_557);
  for (let i = buf.length - 22; i >= stop; i -= 1) {
    if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

const NOT_DOCX = '这个文件不是有效的 Word（.docx）文件，可能已损坏或只是改了扩展名。请在 Word 或 WPS 中打开后另存为 .docx 再导入。';
export const ZIP_BOMB = `这个 Word 文件解压后异常庞大（超过 ${DOCX_LIMITS.maxTotal / 1024 / 1024} MB 或压缩比超过 ${DOCX_LIMITS.maxRatio}:1，可能是恶意构造的压缩包），已拒绝导入。`;

export function assertSafeZip(buf: Buffer): void {
  const eocd = buf.length >= 22 ? findEndOfCentralDirectory(buf) : -1;
  if (eocd < 0) throw new AppError('INVALID_INPUT', NOT_DOCX);
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw new AppError('INVALID_INPUT', NOT_DOCX);
    const method = buf.readUInt16LE(offset + 10);
    const compressed = buf.readUInt32LE(offset + 20);
    const declared = buf.readUInt32LE(offset + 24);
    const local = buf.readUInt32LE(offset + 42);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new AppError('INVALID_INPUT', NOT_DOCX);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (compressed === 0xffffffff || start + compressed > buf.length) throw new AppError('INVALID_INPUT', NOT_DOCX);
    const data = buf.subarray(start, start + compressed);
    let actual: number;
    if (method === 0) actual = compressed;
    else if (method === 8) actual = inflatedSizeOrRefuse('deflate', data, DOCX_LIMITS, { tooLarge: ZIP_BOMB, damaged: NOT_DOCX }, total);
    else throw new AppError('INVALID_INPUT', NOT_DOCX);
    if (actual > declared) throw new AppError('TOO_LARGE', ZIP_BOMB);
    total += actual;
    offset += 46 + buf.readUInt16LE(offset + 28) + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
}

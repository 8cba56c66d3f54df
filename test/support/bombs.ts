import zlib from 'node:zlib';

/**
 * Decompression bombs made cheaply: one 16 MB block of zeros compressed once and repeated, so a
 * 1 MB file inflates to about 1 GB without this test ever holding that much.
 */
const BLOCK = 16 * 1024 * 1024;
const zeros = (bytes = BLOCK) => Buffer.alloc(bytes, 0x30);

/** Raw deflate (as in a zip entry) inflating to `blocks` × 16 MB. */
export function deflateBomb(blocks: number, blockBytes = BLOCK): Buffer {
  // A full flush ends each piece byte-aligned with fresh state, so copies can follow each other;
  // 03 00 is an empty final block.
  const piece = zlib.deflateRawSync(zeros(blockBytes), { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: blocks }, () => piece), Buffer.from([0x03, 0x00])]);
}

/** A gzip file of `blocks` members of 16 MB each (every gunzip reads all members). */
export function gzipBomb(blocks: number): Buffer {
  const member = zlib.gzipSync(zeros(), { level: 9 });
  return Buffer.concat(Array.from({ length: blocks }, () => member));
}

function crc32(buf: Buffer): number {
  let crc = ~0;
  for (const byte of buf) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/**
 * A .docx-shaped zip whose word/document.xml is the bomb; both headers declare `declaredSize`
 * (what the attacker writes: 2,000 bytes) instead of what it inflates to.
 */
export function docxBomb(blocks: number, declaredSize = 2000, blockBytes = BLOCK): Buffer {
  const entries: Array<{ name: string; method: number; data: Buffer; size: number; crc: number }> = [
    { name: '[Content_Types].xml', method: 0, data: Buffer.from('<Types/>'), size: 8, crc: crc32(Buffer.from('<Types/>')) },
    { name: 'word/document.xml', method: 8, data: deflateBomb(blocks, blockBytes), size: declaredSize, crc: 0 },
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

import { Gunzip, Inflate } from 'fflate';
import { AppError } from '../app-error';

/**
 * Measures how many bytes compressed data really inflates to, streaming and keeping nothing, and
 * stops as soon as a limit is passed: a decompression bomb is refused having used a few megabytes,
 * whatever sizes its headers declare (issue 11.3). The real inflation happens afterwards, bounded by
 * the size measured here.
 */

export interface InflateLimits {
  /** Bytes the whole file may inflate to (all zip entries together). */
  maxTotal: number;
  /** Bytes out per byte in, checked once an entry has produced more than `ratioFrom` bytes. */
  maxRatio: number;
  ratioFrom: number;
}

/** Compressed input is pushed in small pieces: a 4 KB piece of a bomb inflates to at most ~4 MB. */
const PIECE = 4096;

export class InflateLimitError extends Error {
  constructor(readonly reason: 'total' | 'ratio') {
    super(reason);
  }
}
class DamagedStream extends Error {}

/** Bytes produced by inflating `data` (raw deflate, or gzip with any number of members). */
export function measureInflated(format: 'deflate' | 'gzip', data: Uint8Array, limits: InflateLimits, alreadyUsed = 0): number {
  let produced = 0;
  let ended = false;
  const onData = (chunk: Uint8Array, final: boolean) => {
    produced += chunk.length;
    if (final) ended = true;
    if (alreadyUsed + produced > limits.maxTotal) throw new InflateLimitError('total');
    if (produced > limits.ratioFrom && produced > Math.max(1, data.length) * limits.maxRatio) throw new InflateLimitError('ratio');
  };
  const stream = format === 'gzip' ? new Gunzip(onData) : new Inflate(onData);
  try {
    for (let at = 0; at < data.length; at += PIECE) {
      const end = Math.min(data.length, at + PIECE);
      stream.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) stream.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof InflateLimitError) throw error;
    throw new DamagedStream(String(error));
  }
  if (!ended && format === 'deflate') throw new DamagedStream('unfinished');
  return produced;
}

/** measureInflated with the refusal as a Chinese AppError; a damaged stream gets `damaged`. */
export function inflatedSizeOrRefuse(
  format: 'deflate' | 'gzip',
  data: Uint8Array,
  limits: InflateLimits,
  messages: { tooLarge: string; damaged: string },
  alreadyUsed = 0,
): number {
  try {
    return measureInflated(format, data, limits, alreadyUsed);
  } catch (error) {
    if (error instanceof InflateLimitError) throw new AppError('TOO_LARGE', messages.tooLarge);
    throw new AppError('INVALID_INPUT', messages.damaged);
  }
}

const MB = 1024 * 1024;
/** A .docx: 300 MB in all (a 200,000-character report is ~5 MB of XML; the rest leaves room for images), 200:1 past 10 MB. */
export const DOCX_LIMITS: InflateLimits = { maxTotal: 300 * MB, maxRatio: 200, ratioFrom: 10 * MB };
/** A .nianbao package (JSON of a report and its versions): 200 MB, 50:1 past 8 MB (real packages inflate 3–10:1). */
export const PACKAGE_LIMITS: InflateLimits = { maxTotal: 200 * MB, maxRatio: 50, ratioFrom: 8 * MB };

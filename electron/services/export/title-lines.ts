/**
 * Splits a long title into balanced lines (GB/T 9704: the title may take several lines, which
 * should be of similar length and must not break a word, a number or a quoted name).
 */

/** 22 pt characters that fit in the 156 mm text block. */
export const TITLE_CHARS_PER_LINE = 19;

const OPENERS = '《（(“‘〔【';
const CLOSERS = '》）)”’〕】，。、；：？！';

/**
 * Width in full-width characters: digits and Latin letters take half, and Word/LibreOffice add
 * about a fifth of a character where they meet Chinese text (autospace).
 */
export function displayWidth(text: string): number {
  let width = 0;
  let prevAscii: boolean | null = null;
  for (const ch of text) {
    const ascii = /[\x20-\x7e]/.test(ch);
    width += ascii ? 0.5 : 1;
    if (prevAscii !== null && prevAscii !== ascii && ch !== ' ') width += 0.2;
    prevAscii = ascii;
  }
  return width;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words after which a title line ends naturally (关于… / …年 / …的 / …和). */
const GOOD_ENDINGS = /(关于|年|年度|的|和|与|及|暨|、)$/;

/**
 * Where a line may break (in code points), with a penalty: only between words (ICU's Chinese word
 * segmentation), never inside 《》 or right after an opening or before a closing mark; breaks after
 * 关于, 年, 的 … cost nothing, other word boundaries a little.
 */
function breakCandidates(text: string): Array<{ at: number; penalty: number }> {
  const out: Array<{ at: number; penalty: number }> = [];
  let at = 0;
  let depth = 0;
  let before = '';
  for (const { segment } of segmenter.segment(text)) {
    if (at > 0) {
      const prev = before.slice(-1);
      const next = segment[0]!;
      if (depth === 0 && !OPENERS.includes(prev) && !CLOSERS.includes(next)) {
        out.push({ at, penalty: GOOD_ENDINGS.test(before) ? 0 : 1.5 });
      }
    }
    for (const ch of segment) depth += ch === '《' ? 1 : ch === '》' ? -1 : 0;
    depth = Math.max(0, depth);
    before += segment;
    at += Array.from(segment).length;
  }
  return out;
}

export function splitTitle(title: string, maxWidth = TITLE_CHARS_PER_LINE): string[] {
  const text = title.trim();
  const total = displayWidth(text);
  if (total <= maxWidth) return [text];
  const chars = Array.from(text);
  const candidates = breakCandidates(text);
  const lineCount = Math.ceil(total / maxWidth);
  const target = total / lineCount;
  const lines: string[] = [];
  let start = 0;
  for (let n = 1; n < lineCount; n++) {
    // Take the candidate whose cumulative width is closest to n × target without overflowing a line.
    let best = -1;
    let bestScore = Infinity;
    for (const { at, penalty } of candidates) {
      if (at <= start) continue;
      const lineWidth = displayWidth(chars.slice(start, at).join(''));
      if (lineWidth > maxWidth) break;
      const score = Math.abs(displayWidth(chars.slice(0, at).join('')) - n * target) + penalty;
      if (score < bestScore) [best, bestScore] = [at, score];
    }
    if (best < 0) break;
    lines.push(chars.slice(start, best).join(''));
    start = best;
  }
  lines.push(chars.slice(start).join(''));
  return lines;
}

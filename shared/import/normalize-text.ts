/**
 * Text as web pages and old files deliver it: ASCII punctuation inside Chinese sentences, runs of
 * spaces used for layout. Normalising never drops a character of content; it only swaps
 * punctuation for its full-width form where the neighbours are Chinese, and squeezes white space.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’《》…—]/u;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
/**
 * URLs, e-mail addresses and times keep their ASCII punctuation. Linear time on any input: an
 * e-mail address starts where a run of its characters starts (lookbehind) and its local part and
 * first domain label are bounded (64 and 63 characters, the limits of the standard), so a long run
 * of letters or digits without an @ is scanned once, not from every position to its end.
 */
const PROTECTED =
  /(https?:\/\/[^\s\u3400-\u9fff，。；]+|www\.[^\s\u3400-\u9fff，。；]+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]+|\d{1,2}:\d{2}(?::\d{2})?)/giu;

const SIMPLE: Record<string, string> = { ',': '，', ';': '；', '!': '！', '?': '？', ':': '：' };

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

function isCjkish(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** The nearest character that is not a space, looking left (-1) or right (+1). */
function neighbour(text: string, i: number, step: -1 | 1): string | undefined {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    if (text[j] !== ' ') return text[j];
  }
  return undefined;
}

/** A full stop between two Chinese characters, or after one at the end, is a sentence end: 。 */
function convertFullStops(text: string): string {
  return text.replace(/(?<=[\u3400-\u9fff”）》])\.(?=[\u3400-\u9fff“（《]|\s*$)/gu, '。');
}

function convertSimple(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const full = SIMPLE[ch];
    if (!full) {
      out += ch;
      continue;
    }
    const before = neighbour(text, i, -1);
    const after = neighbour(text, i, 1);
    const inNumber = /\d/.test(before ?? '') && /\d/.test(after ?? '');
    const chinese = isCjkish(before) || (isCjkish(after) && ch !== '?' && ch !== '!');
    if (chinese && !inNumber) {
      out += full;
      // The space that followed the ASCII mark was part of it.
      while (text[i + 1] === ' ') i += 1;
    } else out += ch;
  }
  return out;
}

/** ( ) pairs become （ ） when their content or their left neighbour is Chinese, or around a heading number. */
function convertParens(text: string): string {
  return text.replace(/\(([^()]{0,200})\)/gu, (whole, inner: string, offset: number) => {
    const before = neighbour(text, offset, -1);
    const chinese = HAN.test(inner) || isCjkish(before) || (offset === 0 && /^\s*\d{1,2}\s*$/.test(inner));
    return chinese ? `（${inner.trim()}）` : whole;
  });
}

/** Straight double quotes around Chinese text become “ ”. */
function convertQuotes(text: string): string {
  if (!HAN.test(text) || !text.includes('"')) return text;
  return text.replace(/"([^"]{1,200})"/gu, (whole, inner: string) => (HAN.test(inner) ? `“${inner}”` : whole));
}

function convertSegment(text: string): string {
  return convertQuotes(convertParens(convertSimple(convertFullStops(text))));
}

/** Converts half-width punctuation next to Chinese into full-width, leaving URLs, times and numbers alone. */
export function fullWidthPunctuation(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PROTECTED)) {
    out += convertSegment(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + convertSegment(text.slice(last));
}

/**
 * Squeezes layout spaces: runs of spaces (also U+3000 and NBSP) become one space, a space between
 * two Chinese characters or next to Chinese punctuation disappears, ends are trimmed.
 */
export function squeezeSpaces(text: string): string {
  const single = text.replace(/[\s\u3000\u00a0]+/gu, ' ').trim();
  let out = '';
  for (let i = 0; i < single.length; i += 1) {
    const ch = single[i]!;
    if (ch === ' ' && isCjkish(single[i - 1]) && isCjkish(single[i + 1])) continue;
    out += ch;
  }
  return out;
}

export function normalizeParagraph(text: string): string {
  return fullWidthPunctuation(squeezeSpaces(text.replace(/[\u200b-\u200d\ufeff]/gu, '')));
}

/**
 * The share of this year's text that is still last year's: every character of the current text
 * that lies inside a run of at least GRAM characters also found in last year's text counts as
 * unchanged. Linear in the text length (a character diff of a rewritten part is quadratic), so
 * the outline can show it for every part after each save; the diff view still uses jsdiff.
 */

const GRAM = 6;

function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}

export function unchangedShare(lastYear: string, current: string): number {
  const old = compact(lastYear);
  const now = compact(current);
  if (now.length === 0) return 0;
  if (now.length < GRAM || old.length < GRAM) return old.includes(now) ? 1 : 0;
  const grams = new Set<string>();
  for (let i = 0; i + GRAM <= old.length; i += 1) grams.add(old.slice(i, i + GRAM));
  const covered = new Uint8Array(now.length);
  for (let i = 0; i + GRAM <= now.length; i += 1) {
    if (grams.has(now.slice(i, i + GRAM))) covered.fill(1, i, i + GRAM);
  }
  return covered.reduce((n, c) => n + c, 0) / now.length;
}

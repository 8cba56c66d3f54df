/** Shapes of text that made backtracking patterns quadratic (issue 11.2), by name, stretched to n characters. */
export const SIZE = 200_000;

const rep = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** Pieces made by `piece(i)` joined until the text has n characters. */
function fill(piece: (i: number) => string, n: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < n; i += 1) {
    const p = piece(i);
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, n);
}
const han = (i: number) => String.fromCharCode(0x4e00 + (i % 20000));

export const HOSTILE_RUNS: Record<string, (n: number) => string> = {
  'ASCII letters': (n) => rep('a', n),
  digits: (n) => rep('1', n),
  dots: (n) => rep('.', n),
  hyphens: (n) => rep('-', n),
  'dotted digits': (n) => rep('1.', n),
  'e-mail local part without @': (n) => `${rep('a.', n - 1)}@`,
  'long domain after @': (n) => `a@${rep('b', n - 2)}`,
  'many e-mail addresses': (n) => rep('a@b.cn, ', n),
  '文号 years': (n) => rep('(2024)1号,', n),
  'count after 全市': (n) => `全市${rep('1', n - 2)}`,
  'distinct counts referred back to': (n) => fill((i) => `这${i % 10}个${han(i)}乙，`, n),
  'distinct totals': (n) => fill((i) => `全市${i % 10}个甲${han(i)}，`, n),
  'spaces between Han': (n) => rep('中 ', n),
  'quotes after Han': (n) => rep('中"', n),
  'heading marks': (n) => rep('一、', n),
  lines: (n) => rep('a\n', n),
  'percent range without %': (n) => rep('1-', n),
  '24年': (n) => rep('24年', n),
};

/**
 * The tokenizer behind analyzeYears: finds every year-like token in a text with one left-to-right
 * pass and bounded look-around (no regular expressions with unbounded backtracking), so it is linear
 * in the length of the text. It says what a token looks like (a year, a date, a range, a document
 * number, a five-year plan, an event); analyze-years.ts decides what it means for the report.
 */

export type TokenShape = 'year' | 'range' | 'document-number' | 'document-title' | 'five-year-plan' | 'event';

export interface YearToken {
  start: number;
  end: number;
  shape: TokenShape;
  year: number | null;
  endYear: number | null;
  month: number | null;
  day: number | null;
  /** Offsets of the (first) year's digits, for a fix. */
  yearStart: number;
  yearEnd: number;
  /** Written in Chinese numerals (二〇二五年). */
  chinese: boolean;
}

const CN_DIGITS: Record<string, number> = Object.fromEntries([...'〇○零Ｏ一二三四五六七八九'].map((c, i) => [c, Math.max(0, i - 3)]));
const CN_ORDINAL: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const RANGE_DASHES = new Set(['—', '–', '-', '－', '―', '~', '～', '至', '到', '－']);
const INTERPUNCTS = new Set(['·', '・', '•', '‧', '∙', '．', '.']);
const OPEN_QUOTES = new Set(['“', '「', '『', '"', "'", '‘']);
const DOC_OPEN = new Set(['〔', '﹝', '[', '［', '【']);
const DOC_CLOSE = new Set(['〕', '﹞', ']', '］', '】']);
const PAREN_OPEN = new Set(['（', '(']);
const PAREN_CLOSE = new Set(['）', ')']);

export function digitValue(ch: string | undefined): number {
  if (ch === undefined) return -1;
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** The maximal run of digits starting at i: its end and value (NaN when longer than 6). */
function digitRun(text: string, i: number): { end: number; value: number } {
  let j = i;
  let value = 0;
  while (j < text.length && digitValue(text.charAt(j)) >= 0) {
    if (j - i < 6) value = value * 10 + digitValue(text.charAt(j));
    j += 1;
  }
  return { end: j, value: j - i > 6 ? Number.NaN : value };
}

const isYear = (v: number) => v >= 1900 && v <= 2099;

/** 「年」 or 「年度」 at i: the offset after it, or -1. */
function yearSuffix(text: string, i: number): number {
  if (text.charAt(i) !== '年') return -1;
  return text.charAt(i + 1) === '度' ? i + 2 : i + 1;
}

/** After 「2025年」: 「3月」「3月15日」「1—12月」; returns the end and the month/day read. */
function monthDay(text: string, i: number): { end: number; month: number | null; day: number | null } {
  const m = digitRun(text, i);
  if (m.end === i || m.end - i > 2) return { end: i, month: null, day: null };
  let k = m.end;
  if (RANGE_DASHES.has(text.charAt(k))) {
    const m2 = digitRun(text, k + 1);
    if (m2.end > k + 1 && m2.end - k - 1 <= 2 && text.charAt(m2.end) === '月') return { end: m2.end + 1, month: m.value, day: null };
    return { end: i, month: null, day: null };
  }
  if (text.charAt(k) !== '月' || m.value < 1 || m.value > 12) return { end: i, month: null, day: null };
  k += 1;
  if (text.charAt(k) === '份') return { end: k + 1, month: m.value, day: null };
  const d = digitRun(text, k);
  if (d.end > k && d.end - k <= 2 && (text.charAt(d.end) === '日' || text.charAt(d.end) === '号') && d.value >= 1 && d.value <= 31) {
    return { end: d.end + 1, month: m.value, day: d.value };
  }
  return { end: k, month: m.value, day: null };
}

function token(partial: Omit<YearToken, 'endYear' | 'month' | 'day' | 'chinese'> & Partial<YearToken>): YearToken {
  return { endYear: partial.year, month: null, day: null, chinese: false, ...partial } as YearToken;
}

/** A 4-digit Arabic year at [s, e) with value v: what it belongs to. */
function arabicYear(text: string, s: number, e: number, v: number): YearToken | null {
  const before = text.charAt(s - 1);
  const after = text.charAt(e);
  if (DOC_OPEN.has(before) && DOC_CLOSE.has(after)) {
    const n = digitRun(text, e + 1);
    const end = n.end > e + 1 && text.charAt(n.end) === '号' ? n.end + 1 : e + 1;
    return token({ start: s - 1, end, shape: 'document-number', year: v, yearStart: s, yearEnd: e });
  }
  if (PAREN_OPEN.has(before) && PAREN_CLOSE.has(after)) {
    const n = digitRun(text, e + 1);
    if (n.end > e + 1 && text.charAt(n.end) === '号') {
      return token({ start: s - 1, end: n.end + 1, shape: 'document-number', year: v, yearStart: s, yearEnd: e });
    }
  }
  // A range: 2021—2025年, 2021年—2025年, 2021至2025年, 2021——2025年.
  let k = yearSuffix(text, e);
  const afterFirst = k < 0 ? e : k;
  let d = afterFirst;
  if (RANGE_DASHES.has(text.charAt(d))) {
    d += 1;
    if (text.charAt(d) === '—' || text.charAt(d) === '-') d += 1;
    const second = digitRun(text, d);
    if (second.end - d === 4 && isYear(second.value) && second.value >= v) {
      const end2 = yearSuffix(text, second.end);
      if (end2 > 0 || k > 0) {
        return token({
          start: s,
          end: end2 > 0 ? end2 : second.end,
          shape: 'range',
          year: v,
          endYear: second.value,
          yearStart: s,
          yearEnd: e,
        });
      }
    }
  }
  if (k > 0) {
    const md = monthDay(text, k);
    k = md.end;
    return token({ start: s, end: k, shape: 'year', year: v, month: md.month, day: md.day, yearStart: s, yearEnd: e });
  }
  // ISO-like dates: 2025-12-31, 2025.12.31, 2025/12/31 (not inside a longer number or a code).
  if ((after === '-' || after === '.' || after === '/') && before !== '-' && digitValue(before) < 0) {
    const m = digitRun(text, e + 1);
    if (m.end > e + 1 && m.end - e - 1 <= 2 && text.charAt(m.end) === after) {
      const dd = digitRun(text, m.end + 1);
      if (dd.end > m.end + 1 && dd.end - m.end - 1 <= 2 && m.value >= 1 && m.value <= 12 && dd.value >= 1 && dd.value <= 31) {
        return token({ start: s, end: dd.end, shape: 'year', year: v, month: m.value, day: dd.value, yearStart: s, yearEnd: e });
      }
    }
  }
  return null;
}

/** 「3·15」「12·4」: a day named by its date (with an interpunct, or a full stop inside quotes). */
function eventAt(text: string, s: number, e: number, v: number): YearToken | null {
  if (e - s > 2 || v < 1 || v > 12) return null;
  const sep = text.charAt(e);
  if (!INTERPUNCTS.has(sep)) return null;
  const d = digitRun(text, e + 1);
  if (d.end === e + 1 || d.end - e - 1 > 2 || d.value < 1 || d.value > 31) return null;
  if ((sep === '.' || sep === '．') && !OPEN_QUOTES.has(text.charAt(s - 1))) return null;
  if (digitValue(text.charAt(s - 1)) >= 0 || text.charAt(s - 1) === '.') return null;
  return token({ start: s, end: d.end, shape: 'event', year: null, endYear: null, month: v, day: d.value, yearStart: s, yearEnd: s });
}

/** Every year-like token of the text, in order. One pass; each look-around is bounded. */
export function scanYearTokens(text: string): YearToken[] {
  const out: YearToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (digitValue(ch) >= 0) {
      const run = digitRun(text, i);
      const len = run.end - i;
      const prev = text.charAt(i - 1);
      const glued = /[A-Za-z_]/u.test(prev);
      let t: YearToken | null = null;
      if (!glued && len === 4 && isYear(run.value)) t = arabicYear(text, i, run.end, run.value);
      else if (!glued && len <= 2) t = eventAt(text, i, run.end, run.value);
      if (t) {
        out.push(t);
        i = Math.max(t.end, run.end);
      } else i = run.end;
      continue;
    }
    if (ch === '十' && CN_ORDINAL[text.charAt(i + 1)] !== undefined && text.charAt(i + 2) === '五') {
      const n = 10 + (CN_ORDINAL[text.charAt(i + 1)] ?? 0);
      if (n >= 6 && n <= 19) {
        const start = 1981 + (n - 6) * 5; // 六五 1981–1985 … 十四五 2021–2025
        out.push(token({ start: i, end: i + 3, shape: 'five-year-plan', year: start, endYear: start + 4, yearStart: i, yearEnd: i }));
        i += 3;
        continue;
      }
    }
    if (CN_DIGITS[ch] !== undefined && CN_DIGITS[text.charAt(i - 1)] === undefined) {
      let j = i;
      let v = 0;
      while (j < text.length && j - i < 5 && CN_DIGITS[text.charAt(j)] !== undefined) {
        v = v * 10 + (CN_DIGITS[text.charAt(j)] ?? 0);
        j += 1;
      }
      if (j - i === 4 && CN_DIGITS[text.charAt(j)] === undefined && isYear(v) && text.charAt(j) === '年') {
        const k = yearSuffix(text, j);
        out.push(token({ start: i, end: k, shape: 'year', year: v, yearStart: i, yearEnd: j, chinese: true }));
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    i += 1;
  }
  return out;
}

/** For every offset: is it inside a 《…》 (or 〈…〉) that closes on the same line? O(n). */
export function citationMask(text: string): Uint8Array {
  const diff = new Int32Array(text.length + 1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '《' || ch === '〈') stack.push(i);
    else if ((ch === '》' || ch === '〉') && stack.length > 0) {
      const open = stack.pop() as number;
      diff[open] = (diff[open] ?? 0) + 1;
      diff[i + 1] = (diff[i + 1] ?? 0) - 1;
    } else if (ch === '\n') stack.length = 0;
  }
  const mask = new Uint8Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    depth += diff[i] ?? 0;
    mask[i] = depth > 0 ? 1 : 0;
  }
  return mask;
}

/** Renders a year as the original did: Arabic, or Chinese numerals with the same zero sign. */
export function renderYear(year: number, original: string, chinese: boolean): string {
  if (!chinese) {
    const fullWidth = digitValue(original[0]) >= 0 && original.charCodeAt(0) >= 0xff10;
    const s = String(year);
    return fullWidth ? [...s].map((c) => String.fromCharCode(0xff10 + Number(c))).join('') : s;
  }
  const zero = [...original].find((c) => CN_DIGITS[c] === 0) ?? '〇';
  const names = [zero, '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  return [...String(year)].map((c) => names[Number(c)]).join('');
}

export { DOC_CLOSE, PAREN_CLOSE, PAREN_OPEN };

/**
 * THE shared year/date analysis of Nianbao (issue 12). Pure TypeScript (zod only, via year-schema).
 *
 * API (stable; the rollover, the checks and the proofreading build on it):
 *
 *   analyzeYears(text: string, ctx: YearContext): YearMention[]
 *     Every year and date mention of `text` (one section, or one paragraph: offsets are UTF-16
 *     code units into `text`), in order, each with its role (YearRole, see year-schema.ts) and
 *     whether it is stale for a report whose reporting year is ctx.reportingYear.
 *   staleYears(text, ctx): YearMention[]           — only the stale ones.
 *   applyYearFixes(text, mentions): string         — applies the fixes of the given mentions.
 *   isPlanHeading(heading): boolean                — a plans part (下一年度…安排/打算/计划).
 *   YearContext = { reportingYear, reportDate?, sectionRole?: 'plan' | 'body' | 'title' | null }
 *
 * Roles, for reporting year R: reporting (R), previous (R−1), plan (R+1), other; statistics-period
 * (「截至2025年12月31日」), report-date (equal to ctx.reportDate), range (「2021—2025年」),
 * document-title (纲要（2021—2025年）), citation (inside 《》), document-number (〔2019〕28号),
 * five-year-plan (「十四五」), event (「3·15」「12·4」).
 *
 * Stale (the text was written for R−1 and carried into the report for R by 沿用上年):
 * - R−1 used as the year reported on (「2025年，我局……」「2025年全局行政执法主要数据」), not as a
 *   comparison (「较2025年」「与2025年相比」「在2025年基础上」) → R;
 * - R said of the future (in a plans part, or with 「将继续」「计划」「力争」…) → R+1;
 * - R−2 as the base of a comparison (「较2024年增长」) → R−1;
 * - a statistics period ending in R−1 (「截至2025年12月31日」) → R.
 * Ranges, document titles, citations, document numbers, five-year plans and events are never stale.
 *
 * Linear time: one scan (scan-years.ts) and look-arounds of bounded width; no backtracking regexes.
 */
import { citationMask, PAREN_CLOSE, PAREN_OPEN, renderYear, scanYearTokens, type YearToken } from './scan-years';
import { FIXED_YEAR_ROLES, type YearContext, type YearMention, type YearRole } from './year-schema';

export type { YearContext, YearMention, YearRole } from './year-schema';
export { YEAR_ROLE_LABELS, YEAR_ROLES } from './year-schema';

const SENTENCE_END = new Set(['。', '；', '！', '？', '\n', ';', '!', '?']);
const COMPARE_BEFORE = ['较', '比', '与', '高于', '低于', '多于', '少于', '超过', '对比', '相较'];
const COMPARE_AFTER = ['相比', '同期', '持平', '相当', '基础', '水平', '相较', '对比'];
const FUTURE_AFTER = [
  '将继续',
  '将进一步',
  '将持续',
  '将着力',
  '将重点',
  '将全面',
  '将深入',
  '将加快',
  '将不断',
  '将坚持',
  '将围绕',
  '计划',
  '拟',
  '力争',
  '争取',
  '预计',
  '打算',
  '下一步',
];
const FUTURE_BEFORE = ['力争', '计划', '预计', '争取', '拟于', '将于', '确保'];
const PERIOD_BEFORE = ['截至', '截止', '截止到', '截至到'];

/** Up to `width` characters before `pos`, not crossing a sentence end. */
function before(text: string, pos: number, width: number): string {
  let s = pos;
  while (s > 0 && pos - s < width && !SENTENCE_END.has(text.charAt(s - 1))) s -= 1;
  return text.slice(s, pos);
}

/** Up to `width` characters from `pos`, not crossing a sentence end. */
function after(text: string, pos: number, width: number): string {
  let e = pos;
  while (e < text.length && e - pos < width && !SENTENCE_END.has(text.charAt(e))) e += 1;
  return text.slice(pos, e);
}

/** 纲要（2021—2025年）, 条例（2019年修订）: a year in parentheses right after a name. */
function inTitleParens(text: string, t: YearToken): boolean {
  if (!PAREN_OPEN.has(text.charAt(t.start - 1))) return false;
  for (let k = t.end; k < text.length && k - t.end <= 8; k += 1) {
    const ch = text.charAt(k);
    if (PAREN_CLOSE.has(ch)) return true;
    if ('，,。；;、（(《》\n'.includes(ch) || ch === undefined) return false;
  }
  return false;
}

function isComparison(text: string, t: YearToken): boolean {
  const b = before(text, t.start, 4).replace(/\s/gu, '');
  if (COMPARE_BEFORE.some((m) => b.endsWith(m))) return true;
  const a = after(text, t.end, 10);
  return COMPARE_AFTER.some((m) => a.includes(m));
}

function isFuture(text: string, t: YearToken, ctx: YearContext): boolean {
  if (ctx.sectionRole === 'plan') return true;
  const a = after(text, t.end, 30);
  if (FUTURE_AFTER.some((m) => a.includes(m))) return true;
  const b = before(text, t.start, 10);
  return FUTURE_BEFORE.some((m) => b.includes(m));
}

function roleOf(text: string, t: YearToken, mask: Uint8Array, ctx: YearContext): YearRole {
  if (mask[t.start] || mask[Math.max(0, t.end - 1)]) return 'citation';
  if (t.shape === 'document-number') return 'document-number';
  if (t.shape === 'event') return 'event';
  if (t.shape === 'five-year-plan') return 'five-year-plan';
  if (inTitleParens(text, t)) return 'document-title';
  if (t.shape === 'range') return 'range';
  const b = before(text, t.start, 4).replace(/\s/gu, '');
  if (PERIOD_BEFORE.some((m) => b.endsWith(m))) return 'statistics-period';
  if (ctx.reportDate && t.day !== null && t.month !== null) {
    const iso = `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    if (iso === ctx.reportDate) return 'report-date';
  }
  const r = ctx.reportingYear;
  if (t.year === r) return 'reporting';
  if (t.year === r - 1) return 'previous';
  if (t.year === r + 1) return 'plan';
  return 'other';
}

export function analyzeYears(text: string, ctx: YearContext): YearMention[] {
  const mask = citationMask(text);
  const r = ctx.reportingYear;
  return scanYearTokens(text).map((t) => {
    const role = roleOf(text, t, mask, ctx);
    const fixed = FIXED_YEAR_ROLES.has(role);
    const comparison = !fixed && t.year !== null && isComparison(text, t);
    const future = !fixed && t.year !== null && isFuture(text, t, ctx);
    let target: number | null = null;
    let reason = '';
    if (!fixed && role !== 'report-date' && t.year !== null) {
      const y = t.year;
      if (role === 'statistics-period' && y === r - 1) {
        target = r;
        reason = `统计截止日期仍在上一年度（${y}年），本报告的报告年度是${r}年。`;
      } else if (y === r - 1 && !comparison && role !== 'statistics-period') {
        target = r;
        reason = `“${y}年”是上一年度，本报告的报告年度是${r}年：沿用上年的文字请改为${r}年或确认无误。`;
      } else if (y === r && future && !comparison) {
        target = r + 1;
        reason = `这里写的是今后的安排，“${y}年”是本报告的报告年度，下一年度应为${r + 1}年。`;
      } else if (y === r - 2 && comparison) {
        target = r - 1;
        reason = `比较的基准应为上一年度${r - 1}年，而不是${y}年。`;
      }
    }
    const original = text.slice(t.yearStart, t.yearEnd);
    return {
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      role,
      year: t.year,
      endYear: t.endYear,
      month: t.shape === 'event' ? null : t.month,
      comparison,
      future,
      stale: target !== null,
      reason,
      fix: target === null ? null : { start: t.yearStart, end: t.yearEnd, text: renderYear(target, original, t.chinese) },
    };
  });
}

export function staleYears(text: string, ctx: YearContext): YearMention[] {
  return analyzeYears(text, ctx).filter((m) => m.stale);
}

/** Applies the fixes of `mentions` to `text` (right to left; overlapping fixes are skipped). */
export function applyYearFixes(text: string, mentions: readonly Pick<YearMention, 'fix'>[]): string {
  const fixes = mentions
    .map((m) => m.fix)
    .filter((f): f is NonNullable<typeof f> => f !== null && f.end <= text.length)
    .sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const f of fixes) {
    if (f.end > limit) continue;
    out = out.slice(0, f.start) + f.text + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

/** 「四、下一年度推进法治政府建设的主要安排」「三、下步打算」「2026年工作计划」: years there are future. */
export function isPlanHeading(heading: string): boolean {
  return ['下一年度', '下一步', '下步', '主要安排', '工作安排', '打算', '工作计划', '工作思路', '努力方向'].some((w) =>
    heading.includes(w),
  );
}

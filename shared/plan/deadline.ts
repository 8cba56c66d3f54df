import type { MeasureDeadline } from './plan-schema';

/**
 * 完成时限 as plans write it, and back. 「2025年12月底前」「2025年6月30日前」「6月底」 (the plan's
 * year), 「第一季度」「上半年」「年底前」 become the last day they allow; 「全年」「全年推进」 is 全年;
 * 「长期坚持」「持续推进」「长期」 is 长期. Anything else is not understood (null): the importer shows it.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const FULL_WIDTH_DIGITS = /[０-９]/gu;
const toAscii = (s: string) => s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

export function parseDeadline(raw: string, planYear: number): MeasureDeadline | null {
  const text = toAscii(raw)
    .replace(/\s+/gu, '')
    .replace(/[。；;，,]+$/u, '');
  if (!text) return '';
  if (/^(长期|持续|长期坚持|长期推进|持续推进|常态化|长期实施)/u.test(text)) return '长期';
  if (/^(全年|年内|全年推进|全年完成|全年实施|全年持续推进|贯穿全年)/u.test(text)) return '全年';
  let m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:前|之前|以前)?(?:完成)?$/u.exec(text);
  if (m) {
    const [y, mo, d] = [m[1] ? Number(m[1]) : planYear, Number(m[2]), Number(m[3])];
    return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo) ? iso(y, mo, d) : null;
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末|份)?(?:前|之前|以前)?(?:完成)?$/u.exec(text);
  if (m) {
    const [y, mo] = [m[1] ? Number(m[1]) : planYear, Number(m[2])];
    return mo >= 1 && mo <= 12 ? iso(y, mo, lastDay(y, mo)) : null;
  }
  m = /^(?:(\d{4})年)?(?:第)?([一二三四1-4])季度(?:末|底)?(?:前|之前)?(?:完成)?$/u.exec(text);
  if (m) {
    const y = m[1] ? Number(m[1]) : planYear;
    const mo = QUARTER_END[m[2]!]!;
    return iso(y, mo, lastDay(y, mo));
  }
  m = /^(?:(\d{4})年)?(上半年|下半年|年底|年末|年内|年度内)(?:前|之前)?(?:完成)?$/u.exec(text);
  if (m) {
    const y = m[1] ? Number(m[1]) : planYear;
    return m[2] === '上半年' ? iso(y, 6, 30) : iso(y, 12, 31);
  }
  m = /^(\d{4})年(?:底|末)?(?:前|之前)?(?:完成)?$/u.exec(text);
  if (m) return iso(Number(m[1]), 12, 31);
  return null;
}

/** The wording an exported plan uses: 2025-12-31 → 「2025年12月底前」, 2025-03-15 → 「2025年3月15日前」. */
export function formatDeadline(deadline: MeasureDeadline): string {
  if (deadline === '' || deadline === '全年' || deadline === '长期') return deadline;
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number];
  return d === lastDay(y, m) ? `${y}年${m}月底前` : `${y}年${m}月${d}日前`;
}

import { parseHeadingNumber } from './heading-number';

/**
 * Parts of a text the rules must not read as the writer's own prose: tables (a table block's text
 * has its cells joined by tabs and its rows by line breaks), the fixed row labels of the
 * 政府信息公开 tables when a table arrives as one line per cell, and quotations of other documents
 * (《…》 titles and “…”/「…」 quotes), which reproduce someone else's wording.
 */

/** A table block, or a pasted table row (cells separated by tabs). */
export const isTableText = (text: string): boolean => text.includes('\t');

/**
 * Row labels of the 政府信息公开工作年度报告 tables (国办公开办函〔2021〕30号): they carry 一、 （一） 1.
 * numbers of the table, not of the report's headings.
 */
const TABLE_ROW_LABELS = [
  '本年新收政府信息公开申请数量',
  '本年新收申请数量',
  '上年结转政府信息公开申请数量',
  '上年结转申请数量',
  '本年度办理结果',
  '予以公开',
  '部分公开',
  '不予公开',
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '危及“三安全一稳定”',
  '危及"三安全一稳定"',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
  '无法提供',
  '本机关不掌握相关政府信息',
  '没有现成信息需要另行制作',
  '补正后申请内容仍不明确',
  '不予处理',
  '信访举报投诉类申请',
  '重复申请',
  '要求提供公开出版物',
  '无正当理由大量反复申请',
  '要求行政机关确认或重新出具已获取信息',
  '其他处理',
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
  '总计',
  '结转下年度继续办理',
  '区分处理的',
  '予以公开（含部分公开）',
];
const LABELS = new Set(TABLE_ROW_LABELS);

/** 「（二）部分公开」「2.其他法律行政法规禁止公开」: a numbered row label of the 信息公开 tables. */
export function isTableRowLabel(text: string): boolean {
  // The longest label has 37 characters; with its number, a note and figures, a row stays short.
  if (text.length > 90) return false;
  const h = parseHeadingNumber(text);
  if (!h) return false;
  const rest = text
    .slice(h.start + h.length)
    .replace(/[\s\u3000]+$/u, '')
    .replace(/^[\s\u3000]+/u, '');
  if (LABELS.has(rest)) return true;
  // 「（二）部分公开（区分处理的，只计这一情形，不计其他情形）」: a label with the format's own note.
  const noted = /^(.+?)[（(][^（）()]*[）)]$/u.exec(rest);
  if (noted && LABELS.has(noted[1]!)) return true;
  // A label followed by its figures in the same line: 「（一）予以公开 12 0 0」.
  const m = /^(\S+?)[\s\u3000]+[\d\s\u3000]+$/u.exec(rest);
  return m !== null && LABELS.has(m[1]!);
}

/** A paragraph the numbering rules skip: a table, or a row label of the 信息公开 tables. */
export const isTableLike = (text: string): boolean => isTableText(text) || isTableRowLabel(text);

const OPEN_ALL: Record<string, string> = { '《': '》', '“': '”', '「': '」', '『': '』' };
const OPEN_TITLES: Record<string, string> = { '《': '》' };

/**
 * Ranges [start, end) inside quotations, outermost only, found in one linear pass. An unclosed
 * quotation does not count (a missing closing mark is its own finding).
 */
export function quotedRanges(text: string, which: 'all' | 'titles' = 'all'): Array<[number, number]> {
  const OPEN = which === 'all' ? OPEN_ALL : OPEN_TITLES;
  const out: Array<[number, number]> = [];
  let close = '';
  let from = -1;
  let depth = 0;
  let open = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (depth === 0) {
      const c = OPEN[ch];
      if (c) {
        open = ch;
        close = c;
        from = i;
        depth = 1;
      }
    } else if (ch === open && open !== close) depth += 1;
    else if (ch === close) {
      depth -= 1;
      if (depth === 0) out.push([from, i + 1]);
    }
  }
  return out;
}

/** True when [start, end) lies within one of the (sorted) ranges: binary search, O(log n). */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (b <= start) lo = mid + 1;
    else if (a > start) hi = mid - 1;
    else return end <= b;
  }
  return false;
}

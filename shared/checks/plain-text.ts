import type { TemplateKind } from '../template-schema';
import type { CheckData } from './data-schema';
import { parseHeadingNumber } from './heading-number';
import { matches, parseChineseNumeral } from './text';
import type { CheckDocument, CheckParagraph, ParagraphRole } from './types';

/** The section id of every paragraph of a plain text (one paragraph a line). */
export const PLAIN_SECTION = 'text';

const DATE =
  '((?:19|20)\\d{2}|[〇○零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日';
/** A line that is only a date, possibly in brackets (under the title) or after the signature. */
const DATE_LINE = new RegExp(`^[\\s\\u3000]*(?:(.{2,30}?)[\\s\\u3000]+)?[（(]?${DATE}[）)]?[\\s\\u3000]*$`, 'u');
const TITLE_WORDS = /报告|计划|要点|总结|方案|情况/u;
const AGENCY_END = /(政府|委员会|局|厅|委|办公室|办|院|中心|街道办事处|管委会|党组|部)$/u;
const CN_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const pad = (n: number) => String(n).padStart(2, '0');
const yearOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : Number([...s].map((c) => CN_DIGITS[c]).join('')));
const smallOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : (parseChineseNumeral(s) ?? 0));

/** 2025年1月7日, 二〇二五年一月七日 or （2025年1月7日） alone on a line → 2025-01-07. */
export function parseDateLine(text: string): string | null {
  const m = DATE_LINE.exec(text);
  if (!m || (m[1] && !AGENCY_END.test(m[1].trim()))) return null;
  const [y, mo, d] = [yearOf(m[2]!), smallOf(m[3]!), smallOf(m[4]!)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** The signature when it shares the line with the date: 「某县人民政府\u30002025年1月7日」. */
function signatureOnDateLine(text: string): string | null {
  return DATE_LINE.exec(text)?.[1]?.trim() ?? null;
}

/** The title: the first short line near the top that names a document and has no sentence punctuation. */
function findTitle(lines: string[]): number {
  for (let i = 0; i < Math.min(lines.length, 20); i += 1) {
    const t = lines[i]!.trim();
    if (t.length >= 6 && t.length <= 60 && TITLE_WORDS.test(t) && !/[。，；,;]/u.test(t) && !parseHeadingNumber(t)) return i;
  }
  return -1;
}

/** Reads a plain text (one paragraph a line) into what the rules check. Line n is paragraph n − 1. */
export function documentFromLines(lines: string[]): CheckDocument {
  const titleAt = findTitle(lines);
  let dateAt = -1;
  for (let i = lines.length - 1; i > titleAt && i >= lines.length - 6; i -= 1) {
    if (parseDateLine(lines[i]!)) {
      dateAt = i;
      break;
    }
  }
  // Some published reports put the date in brackets under the title instead.
  for (let i = titleAt + 1; dateAt < 0 && titleAt >= 0 && i <= titleAt + 2 && i < lines.length; i += 1) {
    if (/^[\s\u3000]*[（(]/u.test(lines[i]!) && parseDateLine(lines[i]!)) dateAt = i;
  }
  let signatureAt = -1;
  let signature = dateAt >= 0 ? signatureOnDateLine(lines[dateAt]!) : null;
  if (dateAt > titleAt + 2 && !signature) {
    let i = dateAt - 1;
    while (i > 0 && lines[i]!.trim() === '') i -= 1;
    const t = lines[i]!.trim();
    if (t.length > 0 && t.length <= 40 && AGENCY_END.test(t) && !/[。，；]/u.test(t)) {
      signatureAt = i;
      signature = t;
    }
  }
  const paragraphs: CheckParagraph[] = lines.map((text, index) => {
    let role: ParagraphRole = 'body';
    if (index === titleAt) role = 'title';
    else if (index === dateAt) role = 'date';
    else if (index === signatureAt) role = 'signature';
    else if (isHeadingLine(text)) role = 'heading';
    return { sectionId: PLAIN_SECTION, index, text, role };
  });
  return {
    paragraphs,
    sections: null,
    title: titleAt >= 0 ? lines[titleAt]!.trim() : null,
    signature,
    date: dateAt >= 0 ? parseDateLine(lines[dateAt]!) : null,
  };
}

/** A numbered line that is only a heading (a run-in heading continues with body text after 。). */
function isHeadingLine(text: string): boolean {
  const h = parseHeadingNumber(text);
  if (!h) return false;
  const rest = text.slice(h.start + h.length).trim();
  return rest.length <= 50 && !/[。；]./u.test(rest);
}

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

export function inferKind(title: string | null, data: CheckData): TemplateKind | null {
  if (!title) return null;
  for (const { kind, pattern } of data.kindFromTitle) if ([...matches(title, pattern)].length > 0) return kind;
  return null;
}

/** The year reported on: from the title (「2024年」), else the year before the signing date. */
export function inferYear(title: string | null, date: string | null): number | null {
  const m = title ? /((?:19|20)\d{2})年/u.exec(title) : null;
  if (m) return Number(m[1]);
  // Reports are signed in the first months of the next year, or at the very end of their own.
  if (date) return Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) >= 11 ? 0 : 1);
  return null;
}

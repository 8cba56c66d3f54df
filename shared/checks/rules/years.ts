import { analyzeYears, isPlanHeading } from '../../years/analyze-years';
import { FIXED_YEAR_ROLES, type YearMention } from '../../years/year-schema';
import { parseHeadingNumber } from '../heading-number';
import type { CheckDocument, CheckParagraph, DocumentRule, Hit } from '../types';
import { isTableLike } from '../zones';

/**
 * Years that disagree with the report, read with the one shared year analysis (shared/years):
 * a part heading naming another year than the report's (or, for the plans part, than the next
 * year), this year planned in the plans part, a statistics date before the reporting year, and a
 * date later than the report's own date said of work already done.
 */

interface Placed {
  p: CheckParagraph;
  heading: boolean;
  plan: boolean;
}

/** Each paragraph with whether it is a part heading and whether it lies in the plans part. */
function placed(doc: CheckDocument): Placed[] {
  const out: Placed[] = [];
  if (doc.sections) {
    const planSections = new Set<string>();
    let inPlan = false;
    for (const s of doc.sections) {
      if (s.level !== 2) inPlan = s.level === 1 && isPlanHeading(s.heading);
      if (inPlan) planSections.add(s.id);
    }
    for (const p of doc.paragraphs) {
      if (p.role === 'title' || p.role === 'date' || p.role === 'signature') continue;
      out.push({ p, heading: p.index === -1, plan: planSections.has(p.sectionId) });
    }
    return out;
  }
  let inPlan = false;
  for (const p of doc.paragraphs) {
    if (p.role === 'title' || p.role === 'date' || p.role === 'signature') continue;
    const h = parseHeadingNumber(p.text);
    const part = h?.level === 1 && p.role === 'heading' && !isTableLike(p.text);
    if (part) inPlan = isPlanHeading(p.text);
    out.push({ p, heading: part, plan: inPlan });
  }
  return out;
}

/** The four-digit numbers of a text (candidates only: the year analysis decides what they are). */
function fourDigitNumbers(text: string): number[] {
  const out: number[] = [];
  let run = 0;
  let value = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) - 48 : -1;
    if (c >= 0 && c <= 9) {
      run += 1;
      value = value * 10 + c;
    } else {
      if (run === 4) out.push(value);
      run = 0;
      value = 0;
    }
  }
  return out;
}

const comparable = (m: YearMention) => !FIXED_YEAR_ROLES.has(m.role) && m.year !== null && !m.comparison;

export const yearConsistency: DocumentRule = {
  id: 'years.consistency',
  name: '年份与报告年度一致',
  category: '数字与日期',
  severity: 'error',
  scope: 'document',
  basis: '《党政机关公文处理工作条例》（报告年度与成文日期）',
  check(doc, ctx) {
    const r = ctx.year;
    if (r === null) return [];
    const reportDate = doc.date;
    const dateYear = reportDate ? Number(reportDate.slice(0, 4)) : null;
    const hits: Hit[] = [];
    for (const { p, heading, plan } of placed(doc)) {
      if (isTableLike(p.text) || !p.text.includes('年')) continue;
      // A cheap look at the four-digit numbers first: only a paragraph that can yield a finding goes
      // through the year analysis (headings with another year, this year in the plans part, a
      // statistics date before it, a month in or after the year of the report date).
      const found = fourDigitNumbers(p.text);
      if (found.length === 0) continue;
      const wanted =
        (heading && found.some((y) => y !== (plan ? r + 1 : r))) ||
        (plan && found.includes(r)) ||
        ((p.text.includes('截至') || p.text.includes('截止')) && found.some((y) => y < r)) ||
        (dateYear !== null && p.text.includes('月') && found.some((y) => y >= dateYear));
      if (!wanted) continue;
      const mentions = analyzeYears(p.text, { reportingYear: r, reportDate, sectionRole: plan ? 'plan' : 'body' });
      for (const m of mentions) {
        if (!comparable(m)) continue;
        const at = { paragraph: p, start: m.fix?.start ?? m.start, length: m.fix ? m.fix.end - m.fix.start : m.end - m.start };
        const digits = p.text.slice(at.start, at.start + at.length);
        if (heading) {
          // 「一、2023年法治政府建设情况」 in a 2024 report; 「四、2024年工作安排」 in the plans part.
          const expected = plan ? r + 1 : r;
          if (m.year !== expected && m.role !== 'statistics-period') {
            hits.push({
              ...at,
              fix: /^\d{4}$/.test(digits) ? String(expected) : null,
              message: plan
                ? `“下一年度”部分的标题应写${expected}年，不是${m.year}年（本报告的报告年度是${r}年）。`
                : `标题中的年份${m.year}年与报告年度${r}年不一致。`,
            });
          }
          continue;
        }
        // 「截至2025年底」 in a 2024 report: a period that ends after the reporting year.
        const periodAfter = m.role === 'statistics-period' && m.year! > r && !m.future && !plan && (m.month === null || m.month === 12);
        if (m.role === 'statistics-period' && (m.year! < r || periodAfter)) {
          hits.push({
            ...at,
            fix: m.year === r - 1 && /^\d{4}$/.test(digits) ? String(r) : null,
            message: `统计截止日期“${m.text}”不在报告年度${r}年内，${r}年度报告的数据应截至${r}年12月31日。`,
          });
          continue;
        }
        if (plan && m.year === r && m.future) {
          hits.push({
            ...at,
            severity: 'warning',
            fix: /^\d{4}$/.test(digits) ? String(r + 1) : null,
            message: `“下一年度”部分安排的是${r + 1}年的工作，这里写的是报告年度${r}年，请确认。`,
          });
          continue;
        }
        if (reportDate && m.month !== null && !m.future && !plan) {
          // The day, when the mention names one: 「2025年1月20日」 after a report dated 2025-01-10.
          const day = /月(\d{1,2})[日号]/u.exec(m.text)?.[1];
          const ymd = `${m.year}-${String(m.month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
          if (ymd > reportDate.slice(0, day ? 10 : 7)) {
            hits.push({
              paragraph: p,
              start: m.start,
              length: m.end - m.start,
              message: `“${m.text}”晚于报告的成文日期${reportDate.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}，已完成的工作不应写在成文日期之后。`,
            });
          }
        }
      }
    }
    return hits;
  },
};

import type { CheckContext, CheckDocument, CheckParagraph, DocumentRule, Hit } from '../types';

const DATED_REPORTS = new Set(['fazhi-annual', 'yifa-report', 'gov-info']);

function anchor(doc: CheckDocument): CheckParagraph {
  // In a report from the database, report-wide findings sit on the title (section '', paragraph −1).
  if (doc.sections) return { sectionId: '', index: -1, text: doc.title ?? '', role: 'title' };
  return doc.paragraphs.find((p) => p.role === 'title') ?? doc.paragraphs[0] ?? { sectionId: '', index: 0, text: '', role: 'title' };
}

/** The signing date should fall after the year's work and before the next year is over. */
function periodHit(date: string, year: number, p: CheckParagraph): Hit | null {
  const at = { paragraph: p, start: 0, length: p.text.length };
  if (date < `${year}-01-01` || date > `${year + 1}-12-31`) {
    return { ...at, message: `成文日期${date}不在${year}年度报告应有的时间范围（${year}年底至${year + 1}年）内。` };
  }
  if (date < `${year}-11-01`) {
    return { ...at, severity: 'warning', message: `成文日期${date}早于${year}年底，年度工作尚未结束，请核对日期或报告年度。` };
  }
  return null;
}

export const structureMeta: DocumentRule = {
  id: 'structure.title-signature-date',
  name: '标题、落款和日期',
  category: '结构',
  severity: 'error',
  scope: 'document',
  check(doc: CheckDocument, ctx: CheckContext) {
    if (!ctx.kind || ctx.kind === 'other') return [];
    const hits: Hit[] = [];
    const first = anchor(doc);
    const at = { paragraph: first, start: 0, length: first.text.length };
    if (!doc.title?.trim()) hits.push({ ...at, message: '缺少标题。' });
    if (!doc.signature?.trim()) hits.push({ ...at, severity: 'warning', message: '没有找到落款（发文机关署名），正式报送的报告应署名。' });
    if (!doc.date) {
      // Plans and other papers are often published without one; a report must carry it.
      const severity = DATED_REPORTS.has(ctx.kind) ? 'error' : 'warning';
      hits.push({ ...at, severity, message: '缺少成文日期（如“2025年1月7日”）。' });
    } else if (ctx.year !== null && DATED_REPORTS.has(ctx.kind)) {
      const dateParagraph = doc.paragraphs.find((p) => p.role === 'date') ?? first;
      const hit = periodHit(doc.date, ctx.year, dateParagraph);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};

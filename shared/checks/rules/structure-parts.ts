import { parseHeadingNumber } from '../heading-number';
import { isTableLike } from '../zones';
import type { CheckContext, CheckDocument, DocumentRule, Hit } from '../types';

function reportHits(doc: CheckDocument, ctx: CheckContext): Hit[] {
  const sections = doc.sections!;
  const hits: Hit[] = [];
  const at = (sectionId: string, heading: string) => ({
    paragraph: { sectionId, index: -1, text: heading, role: 'heading' as const },
    start: 0,
    length: heading.length,
  });
  for (const part of ctx.parts ?? []) {
    if (part.required && !sections.some((s) => s.partId === part.id)) {
      hits.push({ ...at('', doc.title ?? ''), message: `缺少必备部分“${part.heading}”，该部分按规定不得缺项。` });
    }
  }
  const parts = sections.filter((s) => s.level === 1);
  for (const part of parts) {
    if (!part.required) continue;
    const children = sections.filter((s) => s.level === 2 && s.id !== part.id && belongsTo(sections, s.id, part.id));
    const chars = part.charCount + children.reduce((n, c) => n + c.charCount, 0);
    if (chars === 0) hits.push({ ...at(part.id, part.heading), message: `必备部分“${part.heading}”还没有内容。` });
  }
  return hits;
}

/** Subsections follow their part in reading order; sections carry no parent here, so use order. */
function belongsTo(sections: CheckDocument['sections'] & object, childId: string, partId: string): boolean {
  let owner: string | null = null;
  for (const s of sections) {
    if (s.level === 1) owner = s.id;
    if (s.id === childId) return owner === partId;
  }
  return false;
}

function plainTextHits(doc: CheckDocument, ctx: CheckContext): Hit[] {
  const keywords = ctx.kind ? ctx.data.partKeywords[ctx.kind] : undefined;
  if (!keywords) return [];
  const body = doc.paragraphs.filter((p) => p.role !== 'title');
  const numbered = body.map((p, i) => ({ p, i, h: parseHeadingNumber(p.text) }));
  const level1 = numbered.filter((x) => x.h?.level === 1 && !isTableLike(x.p.text));
  // A text without any 「一、」 headings cannot be told apart into parts: say nothing.
  if (level1.length === 0) return [];
  const headings = numbered.filter((x) => x.h !== null || x.p.role === 'heading').map((x) => x.p.text);
  const hits: Hit[] = [];
  const title = doc.paragraphs.find((p) => p.role === 'title') ?? doc.paragraphs[0];
  for (const part of keywords) {
    const has = (texts: string[]) => texts.some((t) => part.keywords.some((k) => t.includes(k)));
    if (has(headings) || !title) continue;
    const at = { paragraph: title, start: 0, length: title.text.length };
    // Mentioned in the text but without a heading of its own: probably folded into another part.
    if (has(body.map((p) => p.text)))
      hits.push({ ...at, severity: 'warning', message: `没有单列“${part.name}”部分，请确认该部分内容完整。` });
    else if (part.missingSeverity === 'error')
      hits.push({ ...at, message: `没有找到必备部分“${part.name}”的标题，该部分按规定不得缺项。` });
    else hits.push({ ...at, severity: part.missingSeverity, message: `没有找到“${part.name}”的标题，请确认该部分没有遗漏。` });
  }
  for (const { p, i } of level1) {
    // A run-in heading carries its text in the same paragraph: 「一、全面履行政府职能。一是……」.
    if (isRunIn(p.text)) continue;
    let k = i + 1;
    while (k < body.length && body[k]!.text.trim() === '') k += 1;
    const next = body[k];
    if (
      !next ||
      next.role === 'date' ||
      next.role === 'signature' ||
      (parseHeadingNumber(next.text)?.level === 1 && !isTableLike(next.text))
    ) {
      const h = parseHeadingNumber(p.text)!;
      hits.push({ paragraph: p, start: h.start, length: p.text.length - h.start, message: '这一部分只有标题，没有内容。' });
    }
  }
  return hits;
}

/** A heading followed in the same paragraph by its text (after 。：；, or simply long). */
export function isRunIn(text: string): boolean {
  const h = parseHeadingNumber(text);
  if (!h) return false;
  const rest = text.slice(h.start + h.length).trim();
  return /[。：:；;！？][\s\u3000]*\S/u.test(rest) || rest.length > 60;
}

export const structureParts: DocumentRule = {
  id: 'structure.parts',
  name: '必备部分',
  category: '结构',
  severity: 'error',
  scope: 'document',
  check(doc, ctx) {
    return doc.sections ? reportHits(doc, ctx) : plainTextHits(doc, ctx);
  },
};

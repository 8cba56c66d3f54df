import type { CheckDocument, CheckParagraph } from './types';

/**
 * Numbering restarts in every section of a report in the database (the part and subsection
 * numbers come from the outline; an attachment's numbering may start at any level); plain text is one scope whose structure comes from its headings.
 * `part` names the part a scope belongs to (the id of its level-1 section; for plain text, one
 * scope for the whole text): some governments number 1. 2. 3. on through a whole part, across its
 * subsections, which the numbering rule must tell from a skipped number.
 */
export function numberingScopes(doc: CheckDocument): Array<{ base: 0 | 1 | 2 | 3; part: string; paragraphs: CheckParagraph[] }> {
  if (!doc.sections) return [{ base: 0, part: '', paragraphs: doc.paragraphs.filter((p) => p.role !== 'title') }];
  const bySection = new Map<string, CheckParagraph[]>();
  for (const p of doc.paragraphs) {
    if (p.index < 0) continue;
    const list = bySection.get(p.sectionId) ?? [];
    list.push(p);
    bySection.set(p.sectionId, list);
  }
  let part = '';
  return doc.sections.map((s) => {
    if (s.level !== 2 || s.attachment) part = s.id;
    return { base: s.attachment ? 3 : s.level, part, paragraphs: bySection.get(s.id) ?? [] };
  });
}

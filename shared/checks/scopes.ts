import type { CheckDocument, CheckParagraph } from './types';

/**
 * Numbering restarts in every section of a report in the database (the part and subsection
 * numbers come from the outline; an attachment's numbering may start at any level); plain text is one scope whose structure comes from its headings.
 */
export function numberingScopes(doc: CheckDocument): Array<{ base: 0 | 1 | 2 | 3; paragraphs: CheckParagraph[] }> {
  if (!doc.sections) return [{ base: 0, paragraphs: doc.paragraphs.filter((p) => p.role !== 'title') }];
  const bySection = new Map<string, CheckParagraph[]>();
  for (const p of doc.paragraphs) {
    if (p.index < 0) continue;
    const list = bySection.get(p.sectionId) ?? [];
    list.push(p);
    bySection.set(p.sectionId, list);
  }
  return doc.sections.map((s) => ({ base: s.attachment ? 3 : s.level, paragraphs: bySection.get(s.id) ?? [] }));
}

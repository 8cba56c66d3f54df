import { checkParagraph } from '../../../shared/checks/engine';
import { headingSequence } from '../../../shared/checks/rules/heading-sequence';
import { shiSequence } from '../../../shared/checks/rules/shi-sequence';
import type { CheckContext, CheckDocument, CheckParagraph, Finding } from '../../../shared/checks/types';

/**
 * The live check of one section while typing. Paragraph results are cached by text, so an edit
 * re-checks only the paragraph that changed; the two sequence rules (numbering, 一是/二是) look at
 * the whole section, which is a linear pass.
 */
/** `level`: the section's outline level, or 'attachment' (附件: numbering may start at any level). */
export function createLiveChecker(ctx: CheckContext, sectionId: string, level: 0 | 1 | 2 | 'attachment') {
  let cache = new Map<string, Finding[]>();
  return (blocks: ReadonlyArray<{ text: string; heading: boolean }>): Finding[] => {
    const next = new Map<string, Finding[]>();
    const paragraphs: CheckParagraph[] = blocks.map((b, index) => ({
      sectionId,
      index,
      text: b.text,
      role: b.heading ? 'heading' : 'body',
    }));
    const findings: Finding[] = [];
    for (const p of paragraphs) {
      const found = cache.get(p.text) ?? next.get(p.text) ?? checkParagraph({ ...p, index: 0 }, ctx);
      next.set(p.text, found);
      findings.push(...found.map((f) => ({ ...f, paragraph: p.index })));
    }
    cache = next;
    const doc: CheckDocument = {
      paragraphs,
      sections: [
        level === 'attachment'
          ? { id: sectionId, level: 0, heading: '', partId: null, required: false, charCount: 1, attachment: true }
          : { id: sectionId, level, heading: '', partId: null, required: false, charCount: 1 },
      ],
      title: null,
      signature: null,
      date: null,
    };
    for (const rule of [headingSequence, shiSequence]) {
      for (const hit of rule.check(doc, ctx)) {
        const p = hit.paragraph!;
        findings.push({
          rule: rule.id,
          name: rule.name,
          category: rule.category,
          severity: hit.severity ?? rule.severity,
          sectionId,
          paragraph: p.index,
          start: hit.start,
          length: hit.length,
          excerpt: p.text.slice(Math.max(0, hit.start - 8), hit.start + hit.length + 8),
          message: hit.message,
          fix: hit.fix ?? null,
        });
      }
    }
    return findings;
  };
}

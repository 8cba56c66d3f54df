import type { SectionState, SectionSummary } from './report-schema';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (heading numbers never go higher in practice). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** The literal number a heading at this outline level carries: 一、 （一） 1. （1） */
export function headingNumber(level: 1 | 2 | 3 | 4, index: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(index)}、`;
    case 2:
      return `（${chineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    case 4:
      return `（${index}）`;
  }
}

export function sectionState(charCount: number, markedComplete: boolean): SectionState {
  if (charCount === 0) return 'empty';
  return markedComplete ? 'complete' : 'in-progress';
}

export interface OutlineNode<S extends SectionSummary = SectionSummary> {
  section: S;
  /** The number computed from the position, e.g. 「二、」 or 「（三）」; the opening has none. */
  number: string;
  children: OutlineNode<S>[];
}

/**
 * Orders the sections as the report reads: the opening, then the parts with their subsections.
 * Numbers are computed here, never stored, so moving a section renumbers everything.
 */
export function buildOutline<S extends SectionSummary>(
  sections: readonly S[],
): { opening: S | null; parts: OutlineNode<S>[]; attachments: S[] } {
  const byPosition = (a: S, b: S) => a.position - b.position;
  const attachments = attachmentsOf(sections);
  const opening = sections.find((s) => s.kind === 'opening') ?? null;
  const parts = sections
    .filter((s) => s.kind === 'part')
    .sort(byPosition)
    .map((part, i) => ({
      section: part,
      number: headingNumber(1, i + 1),
      children: sections
        .filter((s) => s.parentId === part.id)
        .sort(byPosition)
        .map((sub, j) => ({ section: sub, number: headingNumber(2, j + 1), children: [] })),
    }));
  return { opening, parts, attachments };
}

/** The attachments (附件) in their order. */
export function attachmentsOf<S extends SectionSummary>(sections: readonly S[]): S[] {
  return sections.filter((s) => s.kind === 'attachment').sort((a, b) => a.position - b.position);
}

/**
 * GB/T 9704-2012 7.3.5.3 / 8: a single attachment is called 「附件」, several are numbered 「附件1」
 * 「附件2」…; the list after the body reads 「附件：1.×××」 (a lone one 「附件：×××」).
 */
export function attachmentLabel(index: number, count: number): string {
  return count === 1 ? '附件' : `附件${index + 1}`;
}

/** The lines of the attachment list (附件说明): the first starts with 「附件：」, the others align under its names. */
export function attachmentListLines(titles: readonly string[]): string[] {
  if (titles.length === 1) return [`附件：${titles[0]}`];
  return titles.map((t, i) => `${i === 0 ? '附件：' : ''}${i + 1}.${t}`);
}

/** Sections in reading order (opening, part 1, its subsections, part 2, ...). */
export function sectionsInReadingOrder<S extends SectionSummary>(
  sections: readonly S[],
): Array<{ section: S; number: string; level: 0 | 1 | 2 }> {
  const { opening, parts } = buildOutline(sections);
  const out: Array<{ section: S; number: string; level: 0 | 1 | 2 }> = [];
  if (opening) out.push({ section: opening, number: '', level: 0 });
  for (const part of parts) {
    out.push({ section: part.section, number: part.number, level: 1 });
    for (const child of part.children) out.push({ section: child.section, number: child.number, level: 2 });
  }
  return out;
}

/**
 * What the outline shows for a part: its own text plus its subsections' (a part written entirely in
 * subsections is not empty), complete when marked so and not empty.
 */
export function partProgress(node: OutlineNode): { charCount: number; state: SectionState } {
  const charCount = node.section.charCount + node.children.reduce((n, c) => n + c.section.charCount, 0);
  return { charCount, state: sectionState(charCount, node.section.markedComplete) };
}

import type { ImportedSection } from './import-schema';
import { roleOfHeading } from './map-parts';
import { countSection } from './parse-structure';

/**
 * Older reports put problems and next steps in one part: 「二、存在问题及下步打算」. Its text turns to
 * the plans at a paragraph such as 「下一步，我市将……」. Split there into two parts, so that both
 * template parts are filled and last year's plan is found at rollover. The second part's heading
 * is the second half of the source heading; nothing is dropped or reworded.
 */

const JOINER = /(及|和|与|暨|、)/u;
const TURN = /^(下一步|下步|今后|下一年度|\d{4}年[，,]?\s*(我|本)[市县区局委办厅])/u;

function planHalf(heading: string): string | null {
  const parts = heading.split(JOINER);
  for (let i = 2; i < parts.length; i += 2) {
    const rest = parts.slice(i).join('');
    if (roleOfHeading(rest) === 'plans' && roleOfHeading(parts.slice(0, i - 1).join('')) === 'shortcomings') return rest;
  }
  return null;
}

export function splitCombinedParts(sections: ImportedSection[]): { sections: ImportedSection[]; split: string[] } {
  const out: ImportedSection[] = [];
  const split: string[] = [];
  for (const section of sections) {
    const half = section.level === 1 && section.part === 'shortcomings' ? planHalf(section.heading) : null;
    const at = half ? section.paragraphs.findIndex((p) => TURN.test(p)) : -1;
    if (!half || at < 0) {
      out.push(section);
      continue;
    }
    const tables = Object.entries(section.tables ?? {}).map(([k, t]) => [Number(k), t] as const);
    const first: ImportedSection = {
      ...section,
      paragraphs: section.paragraphs.slice(0, at),
      tables: Object.fromEntries(tables.filter(([k]) => k < at).map(([k, t]) => [String(k), t])),
      children: [],
    };
    const second: ImportedSection = {
      ...section,
      number: '',
      heading: half,
      part: 'plans',
      paragraphs: section.paragraphs.slice(at),
      tables: Object.fromEntries(tables.filter(([k]) => k >= at).map(([k, t]) => [String(k - at), t])),
      children: section.children,
    };
    countSection(first);
    countSection(second);
    out.push(first, second);
    split.push(`“${section.heading}”同时写了存在的问题和下一步安排，已从“${section.paragraphs[at]!.slice(0, 12)}……”处拆为两个部分。`);
  }
  return { sections: out, split };
}

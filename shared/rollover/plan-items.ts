import { blockText, toBlocks, type RichTextState } from '../rich-text';

/**
 * Last year's 下一年度主要安排, split into the items this year's report must answer for. A plan is
 * written as headings (1.深化…), as 「一是……二是……」 runs, or as one paragraph per measure.
 */

const MAX_ITEM_CHARS = 200;
const ENUMERATED = /(?=[一二三四五六七八九十]{1,3}是)/u;

function firstSentence(text: string): string {
  const m = /^(.+?[。；！？])/u.exec(text);
  return (m ? m[1]! : text).trim().slice(0, MAX_ITEM_CHARS);
}

function itemsOfParagraph(text: string): string[] {
  const runs = text.split(ENUMERATED).filter((s) => /^[一二三四五六七八九十]{1,3}是/u.test(s));
  return runs.length >= 2 ? runs.map(firstSentence) : [];
}

export interface PlanSource {
  heading: string | null;
  content: RichTextState;
}

/** Items from the plans part and its subsections, in reading order. */
export function extractPlanItems(sources: PlanSource[]): string[] {
  const items: string[] = [];
  for (const source of sources) {
    if (source.heading) items.push(source.heading.slice(0, MAX_ITEM_CHARS));
    // An introduction such as 「2025年，我局将重点做好以下工作：」 is not an item.
    const blocks = toBlocks(source.content).filter((b) => blockText(b).trim() && !/[：:]$/u.test(blockText(b).trim()));
    const headings = blocks.filter((b) => b.kind === 'heading' || b.kind === 'list-item');
    // Subsection headings or h3 headings already name the items; their text is the detail.
    if (source.heading || headings.length) {
      items.push(...headings.map((b) => blockText(b).trim().slice(0, MAX_ITEM_CHARS)));
      continue;
    }
    const enumerated = blocks.flatMap((b) => itemsOfParagraph(blockText(b)));
    if (enumerated.length) items.push(...enumerated);
    else if (blocks.length >= 2) items.push(...blocks.map((b) => firstSentence(blockText(b))));
    else
      items.push(
        ...blocks.flatMap((b) =>
          blockText(b)
            .split(/(?<=[。；])/u)
            .map((s) => s.trim())
            .filter((s) => s.length > 4)
            .map(firstSentence),
        ),
      );
  }
  return items;
}

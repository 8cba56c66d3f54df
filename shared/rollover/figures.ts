import type { RichTextState } from '../rich-text';
import { analyzeYears, applyYearFixes, staleYears } from '../years/analyze-years';

/**
 * Last year's figures in carried text. A figure is marked with Lexical's highlight format (shown
 * as 上年数据) until the user edits it or confirms the part. Years, months and days are not figures:
 * stale years in the body are left for the user and the checks.
 */

export const FORMAT_HIGHLIGHT = 128;

/** 46个, 1,234件, 3.5%, 215.6万元 … but not 2024年, 3月, 10日, 09:30, nor digits inside Latin words or URLs. */
export const FIGURE =
  /(?<![A-Za-z\d.,:：/_-])\d+(?:[.,]\d+)*(?:\s*[%％])?(?![\d.,]*\s*(?:年|月|日|时|号文|号令|[:：]\d))(?![A-Za-z\d/_-]|\.[A-Za-z])/gu;

type Node = { type: string; text?: string; format?: number | string; children?: Node[]; [key: string]: unknown };

function mapTextNodes(node: Node, fn: (text: Node) => Node[]): Node {
  if (!node.children) return node;
  return { ...node, children: node.children.flatMap((c) => (c.type === 'text' ? fn(c) : [mapTextNodes(c, fn)])) };
}

function formatOf(node: Node): number {
  return typeof node.format === 'number' ? node.format : 0;
}

/** Splits every text node so that each figure is its own highlighted node. */
export function markFigures(state: RichTextState): { state: RichTextState; count: number } {
  let count = 0;
  const root = mapTextNodes(state.root as Node, (node) => {
    const text = node.text ?? '';
    const parts: Node[] = [];
    let last = 0;
    // Years, document titles, document numbers and event names (「3·15」) are not figures (shared/years).
    const years = analyzeYears(text, { reportingYear: 0 });
    const inYear = (from: number, to: number) => years.some((y) => from < y.end && to > y.start);
    for (const m of text.matchAll(FIGURE)) {
      if (inYear(m.index, m.index + m[0].length)) continue;
      if (m.index > last) parts.push({ ...node, text: text.slice(last, m.index) });
      parts.push({ ...node, text: m[0], format: formatOf(node) | FORMAT_HIGHLIGHT });
      count += 1;
      last = m.index + m[0].length;
    }
    if (last < text.length) parts.push({ ...node, text: text.slice(last) });
    return parts.length ? parts : [node];
  });
  return { state: { ...state, root: root as RichTextState['root'] }, count };
}

export function countMarkedFigures(state: RichTextState): number {
  let count = 0;
  const walk = (n: Node) => {
    if (n.type === 'text' && formatOf(n) & FORMAT_HIGHLIGHT) count += 1;
    n.children?.forEach(walk);
  };
  walk(state.root as Node);
  return count;
}

/** Confirming a part accepts its figures: the highlight goes, the text stays as it is. */
export function clearFigureMarks(state: RichTextState): RichTextState {
  const root = mapTextNodes(state.root as Node, (n) => [{ ...n, format: formatOf(n) & ~FORMAT_HIGHLIGHT }]);
  return { ...state, root: root as RichTextState['root'] };
}

/**
 * Moves the report year and the year after it on by `delta` (2024年 → 2025年, 2025年 → 2026年) in a
 * title or heading, as the shared year analysis reads them: citations, ranges and document numbers
 * (「纲要（2021—2025年）」「〔2019〕28号」) stay as they are. `plan`: a heading of the plans part.
 */
export function shiftHeadingYears(text: string, fromYear: number, delta: number, plan = false): string {
  let out = text;
  for (let y = fromYear + 1; y <= fromYear + delta; y += 1) {
    out = applyYearFixes(out, staleYears(out, { reportingYear: y, sectionRole: plan ? 'plan' : 'title' }));
  }
  return out;
}

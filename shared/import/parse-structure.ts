import { countChars } from '../rich-text';
import { matchNumber, splitHeading } from './headings';
import type { HeadingLevel, ImportedSection, SourceBlock } from './import-schema';

/**
 * Recovers title, opening, the heading tree and the closing (signature, date) from cleaned,
 * normalised paragraphs. Every paragraph ends up in exactly one place: nothing is dropped here.
 */

export interface ParsedStructure {
  title: string;
  /** Short lines before the title that are page navigation (「政府信息公开」). */
  preamble: string[];
  opening: string[];
  sections: ImportedSection[];
  signature: string | null;
  /** The closing date as written. */
  dateText: string | null;
}

const TITLE_WORDS = /(报告|计划|要点|总结|解读|情况|方案|意见|通知|讲话|发布会|吹风会|安排)/u;
const AGENCY_END = /(人民政府|政府|局|委员会|委|办公室|办|厅|院|中心|署|所|队|会|部)$/u;
export const DATE_TEXT =
  /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)/u;
const DATE_LINE = new RegExp(`^(.{0,40}?)\\s*${DATE_TEXT.source}$`, 'u');

function isShortLine(text: string): boolean {
  return [...text].length <= 60 && !/[。！？；，]/u.test(text);
}

function findTitle(blocks: SourceBlock[]): { title: string; start: number; end: number } | null {
  const styled = blocks.findIndex((b) => b.style === 'title');
  if (styled >= 0) {
    let end = styled + 1;
    while (blocks[end]?.style === 'title') end += 1;
    const title = blocks.slice(styled, end).map((b) => b.text);
    return { title: title.join(''), start: styled, end };
  }
  const limit = Math.min(blocks.length, 8);
  for (let i = 0; i < limit; i += 1) {
    const text = blocks[i]!.text;
    if (!isShortLine(text) || matchNumber(text) || !TITLE_WORDS.test(text)) continue;
    const prev = blocks[i - 1]?.text;
    const splitTitle = prev && isShortLine(prev) && AGENCY_END.test(prev) && !text.includes(prev) && !matchNumber(prev);
    return splitTitle ? { title: prev + text, start: i - 1, end: i + 1 } : { title: text, start: i, end: i + 1 };
  }
  return null;
}

function findClosing(blocks: SourceBlock[], from: number): { signature: string | null; dateText: string | null; end: number } {
  let end = blocks.length;
  const last = blocks[end - 1];
  if (!last || end <= from) return { signature: null, dateText: null, end };
  const m = DATE_LINE.exec(last.text);
  if (!m || last.style !== null) return { signature: null, dateText: null, end };
  end -= 1;
  let signature = m[1]!.trim() || null;
  const prev = blocks[end - 1];
  if (!signature && prev && end - 1 >= from && prev.style === null && isShortLine(prev.text) && !matchNumber(prev.text)) {
    signature = prev.text;
    end -= 1;
  }
  return { signature, dateText: m[2]!.replace(/\s/gu, ''), end };
}

interface Line {
  heading?: { level: HeadingLevel; number: string; text: string };
  paragraph?: string;
}

/** Turns one paragraph into a heading (maybe with run-on text) or body text. */
function classify(block: SourceBlock, styledLevels: Set<HeadingLevel>): Line[] {
  if (typeof block.style === 'number') {
    const m = matchNumber(block.text);
    return [{ heading: { level: block.style, number: m?.number ?? '', text: m ? m.rest : block.text } }];
  }
  const m = matchNumber(block.text);
  // With real heading styles, numbered body lines at those levels are list items, not headings.
  if (!m || styledLevels.has(m.level)) return [{ paragraph: block.text }];
  const split = splitHeading(m.rest);
  if (!split) return [{ paragraph: block.text }];
  const heading: Line = { heading: { level: m.level, number: m.number, text: split.heading } };
  return split.body ? [heading, { paragraph: split.body }] : [heading];
}

function buildTree(lines: Line[]): { opening: string[]; sections: ImportedSection[] } {
  const opening: string[] = [];
  const sections: ImportedSection[] = [];
  const stack: ImportedSection[] = [];
  for (const line of lines) {
    if (line.paragraph !== undefined) {
      const top = stack.at(-1);
      (top ? top.paragraphs : opening).push(line.paragraph);
      continue;
    }
    const h = line.heading!;
    const node: ImportedSection = { level: h.level, number: h.number, heading: h.text, part: null, chars: 0, paragraphs: [], children: [] };
    while (stack.length && stack.at(-1)!.level >= h.level) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.children : sections).push(node);
    stack.push(node);
  }
  return { opening, sections };
}

/**
 * 字数 as the created report will count it: parts and subsections (levels 1–2) become sections whose
 * heading is not part of their text; 1. and （1） headings (levels 3–4) are lines of the text.
 */
export function countSection(node: ImportedSection): number {
  node.chars =
    (node.level >= 3 ? countChars(node.heading) : 0) +
    node.paragraphs.reduce((n, p) => n + countChars(p), 0) +
    node.children.reduce((n, c) => n + countSection(c), 0);
  return node.chars;
}

export function parseStructure(blocks: SourceBlock[]): ParsedStructure {
  const found = findTitle(blocks);
  const bodyStart = found ? found.end : 0;
  const before = found ? blocks.slice(0, found.start).map((b) => b.text) : [];
  // Lines before the title that read like sentences are real text: keep them in the opening.
  const preamble = before.filter(isShortLine);
  const keptBefore = before.filter((t) => !isShortLine(t));
  const closing = findClosing(blocks, bodyStart);
  const styledLevels = new Set(blocks.map((b) => b.style).filter((s): s is HeadingLevel => typeof s === 'number'));
  const lines = blocks.slice(bodyStart, closing.end).flatMap((b) => classify(b, styledLevels));
  const { opening, sections } = buildTree(lines);
  sections.forEach(countSection);
  return {
    title: found?.title ?? '',
    preamble,
    opening: [...keptBefore, ...opening],
    sections,
    signature: closing.signature,
    dateText: closing.dateText,
  };
}

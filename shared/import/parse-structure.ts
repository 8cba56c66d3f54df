import { countChars } from '../rich-text';
import { matchNumber, splitHeading } from './headings';
import type { HeadingLevel, ImportedSection, SourceBlock } from './import-schema';
import type { ImportTable } from './import-table';

/**
 * Recovers title, opening, the heading tree and the closing (signature, date) from cleaned,
 * normalised paragraphs. Every paragraph ends up in exactly one place: nothing is dropped here.
 */

export interface ParsedStructure {
  title: string;
  /** Short lines before the title that are page navigation (「政府信息公开」). */
  preamble: string[];
  /** Where the title's lines are among the blocks (end exclusive); null without a title. */
  titleRange: { start: number; end: number } | null;
  opening: string[];
  sections: ImportedSection[];
  signature: string | null;
  /** The closing date as written. */
  dateText: string | null;
  /** Tables of the opening, by paragraph index. */
  openingTables: Record<string, ImportTable>;
  /** 「特此报告。」 closed the body: it is taken out (the export writes it, setting closingPhrase). */
  closingPhrase: boolean;
  /** Level-3 headings that ran on into their text (「1.优化机构职能。坚持……」) and those on a line of their own. */
  runIn: { runOn: number; alone: number };
}

/** The formula the export can write itself (ExportSettings.closingPhrase). */
const CLOSING_PHRASE = /^特此报告[。.]?$/u;

const TITLE_WORDS = /(报告|计划|要点|总结|解读|情况|方案|意见|通知|讲话|发布会|吹风会|安排)/u;
const AGENCY_END = /(人民政府|政府|局|委员会|委|办公室|办|厅|院|中心|署|所|队|会|部)$/u;
export const DATE_TEXT =
  /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)/u;
const DATE_LINE = new RegExp(`^(.{0,40}?)\\s*${DATE_TEXT.source}$`, 'u');

function isShortLine(text: string): boolean {
  return [...text].length <= 60 && !/[。！？；，]/u.test(text);
}

function findTitle(blocks: SourceBlock[]): { title: string; start: number; end: number } | null {
  const styled = blocks.findIndex((b) => b.style === 'title' && !b.table);
  if (styled >= 0) {
    let end = styled + 1;
    while (blocks[end]?.style === 'title') end += 1;
    const title = blocks.slice(styled, end).map((b) => b.text);
    return { title: title.join(''), start: styled, end };
  }
  const limit = Math.min(blocks.length, 8);
  for (let i = 0; i < limit; i += 1) {
    const text = blocks[i]!.text;
    if (blocks[i]!.table || !isShortLine(text) || matchNumber(text) || !TITLE_WORDS.test(text)) continue;
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
  if (!m || last.style !== null || last.table) return { signature: null, dateText: null, end };
  end -= 1;
  let signature = m[1]!.trim() || null;
  const prev = blocks[end - 1];
  if (!signature && prev && end - 1 >= from && prev.style === null && !prev.table && isShortLine(prev.text) && !matchNumber(prev.text)) {
    signature = prev.text;
    end -= 1;
  }
  return { signature, dateText: m[2]!.replace(/\s/gu, ''), end };
}

interface Line {
  heading?: { level: HeadingLevel; number: string; text: string; runOn?: boolean };
  paragraph?: string;
  table?: ImportTable;
}

/** Turns one paragraph into a heading (maybe with run-on text) or body text. */
function classify(block: SourceBlock, styledLevels: Set<HeadingLevel>): Line[] {
  if (block.table) return [{ paragraph: block.text, table: block.table }];
  if (typeof block.style === 'number') {
    const m = matchNumber(block.text);
    return [{ heading: { level: block.style, number: m?.number ?? '', text: m ? m.rest : block.text } }];
  }
  const m = matchNumber(block.text);
  // With real heading styles, numbered body lines at those levels are list items, not headings.
  if (!m || styledLevels.has(m.level)) return [{ paragraph: block.text }];
  const split = splitHeading(m.rest);
  if (!split) return [{ paragraph: block.text }];
  const heading: Line = { heading: { level: m.level, number: m.number, text: split.heading, runOn: Boolean(split.body) } };
  return split.body ? [heading, { paragraph: split.body }] : [heading];
}

function buildTree(lines: Line[]): { opening: string[]; openingTables: Record<string, ImportTable>; sections: ImportedSection[] } {
  const opening: string[] = [];
  const openingTables: Record<string, ImportTable> = {};
  const sections: ImportedSection[] = [];
  const stack: ImportedSection[] = [];
  for (const line of lines) {
    if (line.paragraph !== undefined) {
      const top = stack.at(-1);
      const list = top ? top.paragraphs : opening;
      if (line.table) {
        if (top) top.tables = { ...top.tables, [String(list.length)]: line.table };
        else openingTables[String(list.length)] = line.table;
      }
      list.push(line.paragraph);
      continue;
    }
    const h = line.heading!;
    const node: ImportedSection = { level: h.level, number: h.number, heading: h.text, part: null, chars: 0, paragraphs: [], children: [] };
    while (stack.length && stack.at(-1)!.level >= h.level) stack.pop();
    const parent = stack.at(-1);
    (parent ? parent.children : sections).push(node);
    stack.push(node);
  }
  return { opening, openingTables, sections };
}

export function countSection(node: ImportedSection): number {
  node.chars =
    countChars(node.heading) +
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
  let bodyEnd = closing.end;
  const last = blocks[bodyEnd - 1];
  const closingPhrase = bodyEnd > bodyStart && last !== undefined && !last.table && CLOSING_PHRASE.test(last.text);
  if (closingPhrase) bodyEnd -= 1;
  const lines = blocks.slice(bodyStart, bodyEnd).flatMap((b) => classify(b, styledLevels));
  const level3 = lines.filter((l) => l.heading?.level === 3);
  const { opening, openingTables, sections } = buildTree(lines);
  sections.forEach(countSection);
  const shift = keptBefore.length;
  return {
    title: found?.title ?? '',
    preamble,
    titleRange: found ? { start: found.start, end: found.end } : null,
    opening: [...keptBefore, ...opening],
    openingTables: Object.fromEntries(Object.entries(openingTables).map(([k, t]) => [String(Number(k) + shift), t])),
    sections,
    signature: closing.signature,
    dateText: closing.dateText,
    closingPhrase,
    runIn: { runOn: level3.filter((l) => l.heading!.runOn).length, alone: level3.filter((l) => !l.heading!.runOn).length },
  };
}

import type { RichTextState } from './rich-text';

/**
 * 查找和替换 over the editor's JSON (pure: the renderer lists the hits, the core replaces). Text
 * is matched per text block (a paragraph, heading, list item or table-cell paragraph: the text
 * nodes of one element, a line break counting as '\n'), so a hit may run across bold and plain
 * runs; the replacement takes the format of the run where the hit starts.
 */

export interface FindOptions {
  /** Full-width letters, digits and punctuation (ＡＢＣ１２３，) equal their half-width forms. */
  widthInsensitive: boolean;
  /** 「2025年」 only as a year: not inside a longer number, not followed by 度 (2025年度计划). */
  yearsOnly: boolean;
  caseSensitive: boolean;
}

export const DEFAULT_FIND_OPTIONS: FindOptions = { widthInsensitive: true, yearsOnly: false, caseSensitive: false };

export interface TextMatch {
  start: number;
  end: number;
}

/** One character to one character, so offsets in the folded text are offsets in the original. */
export function foldChar(ch: string, opts: FindOptions): string {
  let c = ch;
  if (opts.widthInsensitive) {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) c = ' ';
  }
  if (!opts.caseSensitive) c = c.toLowerCase().length === 1 ? c.toLowerCase() : c;
  return c;
}

export function foldText(text: string, opts: FindOptions): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!, opts);
  return out;
}

const isDigit = (ch: string | undefined) => ch !== undefined && /[0-9０-９〇零一二三四五六七八九]/.test(ch);

/** Non-overlapping matches of `query` in `text`, left to right. */
export function findInText(text: string, query: string, opts: FindOptions): TextMatch[] {
  if (query === '') return [];
  const hay = foldText(text, opts);
  const needle = foldText(query, opts);
  const out: TextMatch[] = [];
  const yearLike = opts.yearsOnly && /^[0-9０-９]+\s*年$/.test(query.trim());
  let from = 0;
  for (;;) {
    const i = hay.indexOf(needle, from);
    if (i < 0) break;
    const end = i + needle.length;
    const ok = !yearLike || (!isDigit(text[i - 1]) && text[end] !== '度');
    if (ok) {
      out.push({ start: i, end });
      from = end;
    } else from = i + 1;
  }
  return out;
}

interface JsonNode {
  type: string;
  text?: string;
  children?: JsonNode[];
  [key: string]: unknown;
}

/** A text block: its text-bearing children and their concatenated text. */
interface TextBlock {
  nodes: JsonNode[];
  text: string;
}

const isTextLeaf = (n: JsonNode) => typeof n.text === 'string' || n.type === 'linebreak' || n.type === 'tab';
const leafText = (n: JsonNode) => (typeof n.text === 'string' ? n.text : n.type === 'linebreak' ? '\n' : '\t');

/** Every text block of the state in document order (tables cell by cell, row by row). */
export function textBlocks(state: RichTextState): TextBlock[] {
  const out: TextBlock[] = [];
  const visit = (node: JsonNode) => {
    const kids = node.children ?? [];
    if (kids.some(isTextLeaf)) {
      const nodes = kids.filter(isTextLeaf);
      out.push({ nodes, text: nodes.map(leafText).join('') });
    }
    for (const k of kids) if (!isTextLeaf(k)) visit(k);
  };
  visit(state.root as JsonNode);
  return out;
}

export interface BlockHit {
  /** Index of the text block in `textBlocks` order. */
  block: number;
  start: number;
  end: number;
  /** Up to 20 characters before, the hit, up to 20 after. */
  before: string;
  match: string;
  after: string;
}

export function findInState(state: RichTextState, query: string, opts: FindOptions): BlockHit[] {
  const hits: BlockHit[] = [];
  textBlocks(state).forEach((b, block) => {
    for (const m of findInText(b.text, query, opts)) hits.push({ block, ...m, ...contextOf(b.text, m) });
  });
  return hits;
}

export function contextOf(text: string, m: TextMatch): { before: string; match: string; after: string } {
  return {
    before: text.slice(Math.max(0, m.start - 20), m.start).replace(/\n/g, ' '),
    match: text.slice(m.start, m.end),
    after: text.slice(m.end, m.end + 20).replace(/\n/g, ' '),
  };
}

/** Replaces the matches of one block, last first; the text nodes are edited in place. */
function replaceInBlock(block: TextBlock, matches: TextMatch[], replacement: string): void {
  for (const m of [...matches].sort((a, b) => b.start - a.start)) {
    let offset = 0;
    let placed = false;
    for (const node of block.nodes) {
      const len = leafText(node).length;
      const s = Math.max(m.start, offset);
      const e = Math.min(m.end, offset + len);
      if (s < e) {
        if (typeof node.text === 'string') {
          node.text = node.text.slice(0, s - offset) + (placed ? '' : replacement) + node.text.slice(e - offset);
          placed = true;
        } else {
          // A line break or tab inside the match: removed (marked, dropped below).
          node.__remove = true;
        }
      }
      offset += len;
    }
  }
}

/**
 * Replaces hits in a copy of the state. `only`: the indexes (in `findInState` order) to replace;
 * all when absent. Returns the new state and how many were replaced.
 */
export function replaceInState(
  state: RichTextState,
  query: string,
  replacement: string,
  opts: FindOptions,
  only?: ReadonlySet<number>,
): { state: RichTextState; count: number } {
  const copy = JSON.parse(JSON.stringify(state)) as RichTextState;
  let index = 0;
  let count = 0;
  for (const block of textBlocks(copy)) {
    const matches = findInText(block.text, query, opts).filter(() => {
      const take = !only || only.has(index);
      index += 1;
      return take;
    });
    if (matches.length === 0) continue;
    replaceInBlock(block, matches, replacement);
    count += matches.length;
  }
  if (count > 0) prune(copy.root as JsonNode);
  return { state: copy, count };
}

/** Drops text nodes emptied by a replacement and removed line breaks (an emptied block keeps none). */
function prune(node: JsonNode): void {
  if (!node.children) return;
  node.children = node.children.filter(
    (c) => !(c.__remove === true) && !(typeof c.text === 'string' && c.text === '' && c.type === 'text'),
  );
  node.children.forEach(prune);
}

/** Plain strings (title, headings, 落款): the same matching, all hits replaced. */
export function replaceInString(text: string, query: string, replacement: string, opts: FindOptions): { text: string; count: number } {
  const matches = findInText(text, query, opts);
  let out = text;
  for (const m of [...matches].reverse()) out = out.slice(0, m.start) + replacement + out.slice(m.end);
  return { text: out, count: matches.length };
}

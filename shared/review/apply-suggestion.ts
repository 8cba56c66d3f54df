import type { RichTextState } from '../rich-text';
import type { Anchor } from './review-schema';
import { locateAnchor } from './text-anchor';

/**
 * Writes an accepted suggestion into a section's Lexical JSON: the anchor is found in one text block
 * (paragraph, heading, list item; not inside tables), its target replaced by the replacement. A
 * replacement with line breaks at the end of a block adds paragraphs after it (a new paragraph from a
 * reviewed file). Returns null when the place is no longer in the text.
 */

type Node = { type: string; text?: string; children?: Node[]; [key: string]: unknown };

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote']);

function textBlocks(node: Node, out: Node[] = []): Node[] {
  for (const child of node.children ?? []) {
    if (child.type === 'table') continue;
    if (BLOCK_TYPES.has(child.type)) out.push(child);
    if (child.type !== 'paragraph' && child.type !== 'heading') textBlocks(child, out);
  }
  return out;
}

/** The text nodes (and line breaks) of a block in order, with their start offsets. */
function leaves(block: Node): Array<{ node: Node; parent: Node; start: number; length: number }> {
  const out: Array<{ node: Node; parent: Node; start: number; length: number }> = [];
  let at = 0;
  const walk = (n: Node) => {
    for (const c of n.children ?? []) {
      if (c.type === 'list') continue;
      const length = c.type === 'linebreak' ? 1 : typeof c.text === 'string' ? c.text.length : -1;
      if (length < 0) {
        walk(c);
        continue;
      }
      out.push({ node: c, parent: n, start: at, length });
      at += length;
    }
  };
  walk(block);
  return out;
}

function blockTextOf(block: Node): string {
  return leaves(block)
    .map((l) => (l.node.type === 'linebreak' ? '\n' : l.node.text!))
    .join('');
}

function replaceInBlock(block: Node, start: number, end: number, replacement: string): void {
  const ls = leaves(block);
  let inserted = false;
  for (const l of ls) {
    const from = Math.max(start, l.start);
    const to = Math.min(end, l.start + l.length);
    const touches =
      from < to || (start === end && !inserted && start >= l.start && start <= l.start + l.length && l.node.type !== 'linebreak');
    if (!touches) continue;
    if (l.node.type === 'linebreak') {
      l.parent.children = l.parent.children!.filter((c) => c !== l.node);
      continue;
    }
    const text = l.node.text!;
    const put = inserted ? '' : replacement;
    l.node.text = text.slice(0, from - l.start) + put + text.slice(to - l.start);
    inserted = true;
  }
  if (!inserted) {
    const children = (block.children ??= []);
    children.push({ type: 'text', text: replacement, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });
  }
}

function paragraphNode(text: string): Node {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] : [],
  };
}

export function applySuggestion(state: RichTextState, anchor: Anchor, replacement: string): RichTextState | null {
  const copy = JSON.parse(JSON.stringify(state)) as { root: Node };
  // The exact context anywhere in the section first; only when it is gone, the looser match.
  const blocks = textBlocks(copy.root);
  const find = (mode: 'strict' | 'loose') =>
    blocks.map((block) => ({ block, at: locateAnchor(blockTextOf(block), anchor, mode) })).filter((m) => m.at !== null);
  const strict = find('strict');
  const matches = strict.length > 0 ? strict : find('loose');
  if (matches.length !== 1) return null;
  const { block, at } = matches[0]!;
  const text = blockTextOf(block);
  const end = at! + anchor.target.length;
  const [first, ...more] = replacement.split('\n');
  if (more.length > 0 && end === text.length && block.type === 'paragraph') {
    replaceInBlock(block, at!, end, first!);
    const siblings = copy.root.children!;
    const index = siblings.indexOf(block);
    if (index >= 0) siblings.splice(index + 1, 0, ...more.map(paragraphNode));
    else return null;
  } else replaceInBlock(block, at!, end, replacement);
  return copy as RichTextState;
}

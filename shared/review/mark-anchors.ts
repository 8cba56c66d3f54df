import type { RichTextState } from '../rich-text';
import type { Anchor } from './review-schema';
import { anchorAt } from './text-anchor';

/**
 * A comment made in the editor wraps its text in a Lexical mark node carrying the comment's id, so
 * it stays on its text through edits. This reads each id's current anchor from a section's content
 * (the text of the marked range in its block, with its context), for the review copy export.
 */

type Node = { type: string; text?: string; ids?: unknown; children?: Node[] };

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote']);

function blockMarks(block: Node, out: Map<string, Anchor>): void {
  let text = '';
  const ranges = new Map<string, { start: number; end: number }>();
  const walk = (n: Node, ids: readonly string[]) => {
    for (const c of n.children ?? []) {
      if (c.type === 'list') continue;
      const own = c.type === 'mark' && Array.isArray(c.ids) ? [...ids, ...c.ids.filter((x): x is string => typeof x === 'string')] : ids;
      const piece = c.type === 'linebreak' ? '\n' : typeof c.text === 'string' ? c.text : null;
      if (piece === null) {
        walk(c, own);
        continue;
      }
      for (const id of own) {
        const r = ranges.get(id);
        if (r) r.end = text.length + piece.length;
        else ranges.set(id, { start: text.length, end: text.length + piece.length });
      }
      text += piece;
    }
  };
  walk(block, []);
  for (const [id, r] of ranges) if (!out.has(id)) out.set(id, anchorAt(text, r.start, r.end));
}

export function markAnchors(state: RichTextState): Map<string, Anchor> {
  const out = new Map<string, Anchor>();
  const visit = (n: Node) => {
    for (const c of n.children ?? []) {
      if (c.type === 'table') continue;
      if (BLOCK_TYPES.has(c.type)) blockMarks(c, out);
      if (c.type !== 'paragraph' && c.type !== 'heading') visit(c);
    }
  };
  visit(state.root as Node);
  return out;
}

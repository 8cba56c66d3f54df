import type { RichTextState } from '../rich-text';

/**
 * Replaces character ranges of a section's paragraphs in its Lexical JSON, keeping every node and
 * format. Paragraph indexes and offsets are those of toBlocks/blockText (shared/rich-text.ts), which
 * this walk mirrors: headings and paragraphs are one block each, every list item is a block, a table
 * is one block whose cells are joined by tabs and rows by line breaks. A range is replaced only when
 * it lies inside one text node and still reads `expected`; the others are reported as not applied.
 */

type Node = { type: string; text?: string; children?: Node[]; [key: string]: unknown };
type Piece = { node: Node | null; start: number; length: number };

export interface TextEdit {
  paragraph: number;
  start: number;
  end: number;
  expected: string;
  text: string;
}

function runsInto(node: Node, pieces: Piece[], at: { n: number }) {
  if (node.type === 'linebreak') {
    pieces.push({ node: null, start: at.n, length: 1 });
    at.n += 1;
    return;
  }
  if (typeof node.text === 'string') {
    pieces.push({ node, start: at.n, length: node.text.length });
    at.n += node.text.length;
    return;
  }
  node.children?.filter((c) => c.type !== 'list').forEach((c) => runsInto(c, pieces, at));
}

function tablePieces(table: Node): Piece[] {
  const pieces: Piece[] = [];
  const at = { n: 0 };
  const rows = (table.children ?? []).filter((r) => r.type === 'tablerow' && (r.children ?? []).some((c) => c.type === 'tablecell'));
  rows.forEach((row, r) => {
    if (r > 0) at.n += 1;
    (row.children ?? [])
      .filter((c) => c.type === 'tablecell')
      .forEach((cell, c) => {
        if (c > 0) at.n += 1;
        (cell.children ?? []).forEach((p, i) => {
          if (i > 0) at.n += 1;
          runsInto(p, pieces, at);
        });
      });
  });
  return pieces;
}

/** The blocks of the state, each as the text pieces it is made of, in toBlocks order. */
function blockPieces(root: Node): Piece[][] {
  const blocks: Piece[][] = [];
  const one = (n: Node) => {
    const pieces: Piece[] = [];
    runsInto(n, pieces, { n: 0 });
    return pieces;
  };
  const visitList = (list: Node) => {
    for (const item of list.children ?? []) {
      const nested = (item.children ?? []).filter((c) => c.type === 'list');
      const pieces = one(item);
      if (pieces.length > 0 || nested.length === 0) blocks.push(pieces);
      nested.forEach(visitList);
    }
  };
  for (const node of root.children ?? []) {
    if (node.type === 'list') visitList(node);
    else if (node.type === 'table') blocks.push(tablePieces(node));
    else blocks.push(one(node));
  }
  return blocks;
}

export function replaceInState(state: RichTextState, edits: readonly TextEdit[]): { state: RichTextState; applied: number } {
  const copy = JSON.parse(JSON.stringify(state)) as RichTextState;
  const blocks = blockPieces(copy.root as Node);
  let applied = 0;
  // Right to left inside a paragraph, so earlier offsets stay valid.
  const sorted = [...edits].sort((a, b) => a.paragraph - b.paragraph || b.start - a.start);
  for (const e of sorted) {
    const piece = blocks[e.paragraph]?.find((p) => p.node && p.start <= e.start && e.end <= p.start + p.length);
    const node = piece?.node;
    if (!piece || !node || typeof node.text !== 'string') continue;
    const from = e.start - piece.start;
    const to = e.end - piece.start;
    if (node.text.slice(from, to) !== e.expected) continue;
    node.text = node.text.slice(0, from) + e.text + node.text.slice(to);
    applied += 1;
  }
  return { state: copy, applied };
}

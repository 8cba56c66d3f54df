import type { RichTextState } from '../rich-text';
import type { Finding } from './types';

type Node = { type: string; text?: string; children?: Node[] };

/** The text nodes of each block, in the order and with the offsets of `toBlocks` (line breaks count 1). */
function blockTextNodes(state: RichTextState): Array<Array<Node | null>> {
  const blocks: Array<Array<Node | null>> = [];
  const runs = (node: Node): Array<Node | null> => {
    const out: Array<Node | null> = [];
    const walk = (n: Node) => {
      if (n.type === 'linebreak') out.push(null);
      else if (typeof n.text === 'string') out.push(n);
      else n.children?.filter((c) => c.type !== 'list').forEach(walk);
    };
    walk(node);
    return out;
  };
  const visitList = (list: Node) => {
    for (const item of list.children ?? []) {
      const nested = (item.children ?? []).filter((c) => c.type === 'list');
      const r = runs(item);
      if (r.length > 0 || nested.length === 0) blocks.push(r);
      nested.forEach(visitList);
    }
  };
  for (const node of (state.root.children ?? []) as Node[]) {
    if (node.type === 'list') visitList(node);
    else blocks.push(runs(node));
  }
  return blocks;
}

/**
 * Applies fixes to a section's saved content (the check panel's “fix” and “fix all”). Each fix
 * must lie inside one text node; fixes are applied from the end so earlier offsets stay valid.
 * Returns the new state and how many fixes were applied.
 */
export function applyFixesToState(state: RichTextState, findings: readonly Finding[]): { state: RichTextState; applied: number } {
  const copy = JSON.parse(JSON.stringify(state)) as RichTextState;
  const blocks = blockTextNodes(copy);
  let applied = 0;
  const sorted = findings.filter((f) => f.fix !== null && f.paragraph >= 0).sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  let last: { paragraph: number; start: number } | null = null;
  for (const f of sorted) {
    // Overlapping fixes in one paragraph: keep the later one only.
    if (last && last.paragraph === f.paragraph && f.start + f.length > last.start) continue;
    let offset = 0;
    for (const node of blocks[f.paragraph] ?? []) {
      const len = node === null ? 1 : node.text!.length;
      if (node && f.start >= offset && f.start + f.length <= offset + len) {
        const at = f.start - offset;
        node.text = node.text!.slice(0, at) + f.fix + node.text!.slice(at + f.length);
        applied += 1;
        last = { paragraph: f.paragraph, start: f.start };
        break;
      }
      offset += len;
    }
  }
  return { state: copy, applied };
}

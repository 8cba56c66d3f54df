import type { RichTextState } from './rich-text';

/**
 * Node types the editor knows (Lexical's rich text, lists and tables). Content with any other type
 * is refused at the API; content already stored with one (from a newer app, a package, an old
 * database) is kept as it is: the editor wraps each such node in a read-only block that saves the
 * original back unchanged (issue 11.5).
 */
export const KNOWN_NODE_TYPES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'table',
  'tablerow',
  'tablecell',
  // A data field's live value (issue 17), exported as its text.
  'field-value',
  // A 批注 anchor around commented text (issue 16, @lexical/mark).
  'mark',
]);

/** The type the editor's read-only stand-in node serialises under while it is in the editor. */
export const UNKNOWN_WRAPPER_TYPE = 'nianbao-unknown';

interface AnyNode {
  type?: unknown;
  children?: unknown;
  [key: string]: unknown;
}

/** Every node whose type is not known, outermost only (its children travel with it), in document order. */
export function unknownNodes(state: RichTextState): AnyNode[] {
  const found: AnyNode[] = [];
  const stack: AnyNode[] = [state.root as AnyNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node.type !== 'string' || !KNOWN_NODE_TYPES.has(node.type)) {
      found.push(node);
      continue;
    }
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as AnyNode);
  }
  return found;
}

/** Text of a node for comparing, keys sorted (parsing may reorder an object's keys). */
function keyOf(node: unknown): string {
  return JSON.stringify(node, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/**
 * null when every unknown node of `next` is also in `stored` unchanged (the editor saved it back);
 * otherwise the Chinese message refusing the first new or changed one.
 */
export function unknownNodeProblem(next: RichTextState, stored: RichTextState | null): string | null {
  const kept = new Map<string, number>();
  for (const n of stored ? unknownNodes(stored) : []) kept.set(keyOf(n), (kept.get(keyOf(n)) ?? 0) + 1);
  for (const n of unknownNodes(next)) {
    const left = kept.get(keyOf(n)) ?? 0;
    if (left > 0) {
      kept.set(keyOf(n), left - 1);
      continue;
    }
    const type = typeof n.type === 'string' ? n.type.slice(0, 40) : '（无类型）';
    return `内容中有本程序不认识的元素类型“${type}”，未能保存。请只使用编辑器提供的段落、标题、列表和表格。`;
  }
  return null;
}

/** For the editor: each unknown node replaced by the stand-in that carries it (`original`) unchanged. */
export function wrapUnknownNodes(state: RichTextState): RichTextState {
  const wrap = (node: AnyNode, parentType: string): AnyNode => {
    if (typeof node.type !== 'string' || !KNOWN_NODE_TYPES.has(node.type)) {
      return { type: UNKNOWN_WRAPPER_TYPE, version: 1, original: node, inline: parentType !== 'root' };
    }
    if (!Array.isArray(node.children)) return node;
    return { ...node, children: (node.children as AnyNode[]).map((c) => wrap(c, node.type as string)) };
  };
  return { ...state, root: wrap(state.root as AnyNode, '') as RichTextState['root'] };
}

/** Before saving: each stand-in replaced by the original node it carries (the inverse of wrapUnknownNodes). */
export function unwrapUnknownNodes(state: RichTextState): RichTextState {
  let found = false;
  const unwrap = (node: AnyNode): AnyNode => {
    if (node.type === UNKNOWN_WRAPPER_TYPE && node.original && typeof node.original === 'object') {
      found = true;
      return node.original as AnyNode;
    }
    if (!Array.isArray(node.children)) return node;
    const children = (node.children as AnyNode[]).map(unwrap);
    return found ? { ...node, children } : node;
  };
  const root = unwrap(state.root as AnyNode);
  return found ? { ...state, root: root as RichTextState['root'] } : state;
}

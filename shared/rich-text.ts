import { tableOf, type TableBlock } from './table-model';
import { z } from './z';

/**
 * The editor's content is stored as Lexical's serialized JSON. The core never trusts the client's
 * idea of the plain text: it reads the JSON with these pure functions (also used by the exporters).
 * Tables (merges, column widths, header rows, alignment) follow THE table model documented in
 * ./table-model.ts — importers and generated grids must write that serialised form.
 */

export type { TableBlock, TableCellModel } from './table-model';

export const MAX_SECTION_JSON_CHARS = 4_000_000;
const MAX_DEPTH = 12;

type SerializedNode = {
  type: string;
  text?: string;
  format?: number | string;
  tag?: string;
  listType?: string;
  children?: SerializedNode[];
  [key: string]: unknown;
};

const NodeSchema: z.ZodType<SerializedNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1).max(64),
      text: z.string().optional(),
      format: z.union([z.number(), z.string()]).optional(),
      tag: z.string().max(16).optional(),
      listType: z.string().max(16).optional(),
      children: z.array(NodeSchema).optional(),
    })
    .passthrough(),
);

export const RichTextStateSchema = z
  .object({ root: NodeSchema.refine((n) => n.type === 'root', '根节点类型必须是 root') })
  .passthrough()
  .superRefine((state, ctx) => {
    if (depthOf(state.root) > MAX_DEPTH) ctx.addIssue({ code: 'custom', message: '内容嵌套层级过深' });
  });
export type RichTextState = z.infer<typeof RichTextStateSchema>;

function depthOf(node: SerializedNode): number {
  if (!node.children || node.children.length === 0) return 1;
  return 1 + Math.max(...node.children.map(depthOf));
}

/** Lexical's text format bit flags. */
const FORMAT_BOLD = 1;
const FORMAT_ITALIC = 2;
const FORMAT_UNDERLINE = 8;

export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export type Block =
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'heading'; level: 3 | 4; runs: TextRun[] }
  | { kind: 'list-item'; ordered: boolean; index: number; depth: number; runs: TextRun[] }
  | TableBlock;

function runsOf(node: SerializedNode): TextRun[] {
  const runs: TextRun[] = [];
  const walk = (n: SerializedNode) => {
    if (n.type === 'linebreak') {
      runs.push({ text: '\n', bold: false, italic: false, underline: false });
      return;
    }
    if (typeof n.text === 'string') {
      const format = typeof n.format === 'number' ? n.format : 0;
      runs.push({
        text: n.text,
        bold: (format & FORMAT_BOLD) !== 0,
        italic: (format & FORMAT_ITALIC) !== 0,
        underline: (format & FORMAT_UNDERLINE) !== 0,
      });
      return;
    }
    // Lists nested inside a list item are emitted as their own blocks, not as runs.
    n.children?.filter((c) => c.type !== 'list').forEach(walk);
  };
  walk(node);
  return runs;
}

function headingLevel(tag: unknown): 3 | 4 {
  return tag === 'h4' || tag === 'h5' || tag === 'h6' ? 4 : 3;
}

/** Flattens the editor state into the blocks the exporters write, in document order. */
export function toBlocks(state: RichTextState): Block[] {
  const blocks: Block[] = [];
  const visitList = (list: SerializedNode, depth: number) => {
    const ordered = list.listType === 'number';
    let index = 0;
    for (const item of list.children ?? []) {
      const nested = (item.children ?? []).filter((c) => c.type === 'list');
      const runs = runsOf(item);
      if (runs.length > 0 || nested.length === 0) {
        index += 1;
        blocks.push({ kind: 'list-item', ordered, index, depth, runs });
      }
      nested.forEach((n) => visitList(n, depth + 1));
    }
  };
  for (const node of state.root.children ?? []) {
    if (node.type === 'heading') blocks.push({ kind: 'heading', level: headingLevel(node.tag), runs: runsOf(node) });
    else if (node.type === 'list') visitList(node, 0);
    else if (node.type === 'table') blocks.push(tableOf(node, cellRuns));
    else blocks.push({ kind: 'paragraph', runs: runsOf(node) });
  }
  return blocks;
}

export function blockText(block: Block): string {
  if (block.kind === 'table') return block.rows.map((row) => row.map(cellText).join('\t')).join('\n');
  return block.runs.map((r) => r.text).join('');
}

export function cellText(cell: readonly TextRun[]): string {
  return cell.map((r) => r.text).join('');
}

const LINE_BREAK: TextRun = { text: '\n', bold: false, italic: false, underline: false };

/** A table cell's paragraphs as runs joined by line breaks. */
function cellRuns(cell: SerializedNode): TextRun[] {
  return (cell.children ?? []).flatMap((p, i) => [...(i > 0 ? [LINE_BREAK] : []), ...runsOf(p)]);
}

/** One line per block, as a reader would copy it. */
export function toPlainText(state: RichTextState): string {
  return toBlocks(state).map(blockText).join('\n').replace(/\n+$/, '');
}

/** 字数 as Chinese offices count it: every character that is not white space. */
export function countChars(text: string): number {
  let count = 0;
  for (const ch of text) if (!/\s/u.test(ch)) count += 1;
  return count;
}

export function emptyState(): RichTextState {
  return stateFromParagraphs([]);
}

/** Builds an editor state from plain paragraphs (import, CLI, tests). */
export function stateFromParagraphs(paragraphs: string[]): RichTextState {
  const children = (paragraphs.length ? paragraphs : ['']).map((text) => ({
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] : [],
  }));
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } };
}

import { stateFromParagraphs, type RichTextState } from '../rich-text';
import type { ImportedSection } from './import-schema';
import { lexicalTable, type ImportTable } from './import-table';

/**
 * Builds the editor content of an imported section. Levels 1 and 2 become sections of the report;
 * deeper headings live inside the text as Lexical h3/h4 headings (the exporter numbers them);
 * anything deeper still stays a paragraph with its number written out, so no heading is lost.
 */

interface ContentLine {
  text: string;
  heading: 3 | 4 | null;
  /** The line is this table (its text is the tab-separated rows). */
  table?: ImportTable;
}

function numbered(node: ImportedSection): string {
  if (!node.number) return node.heading;
  if (node.level === 1) return `${node.number}、${node.heading}`;
  if (node.level === 3) return `${node.number}.${node.heading}`;
  return `（${node.number}）${node.heading}`;
}

/**
 * The lines of a node's text. `shift` is how many levels the node's children move down (a part
 * that may not hold subsections, or a second source part merged into one template part).
 * `keepChild` says which children become sections of their own instead.
 */
export function contentLines(
  node: ImportedSection,
  shift: number,
  keepChild: (child: ImportedSection) => boolean = () => false,
): ContentLine[] {
  const lines: ContentLine[] = node.paragraphs.map((text, i) => {
    const table = node.tables?.[String(i)];
    return table ? { text, heading: null, table } : { text, heading: null };
  });
  for (const child of node.children) {
    if (keepChild(child)) continue;
    const level = Math.max(3, child.level + shift);
    lines.push(level <= 4 ? { text: child.heading, heading: level as 3 | 4 } : { text: numbered(child), heading: null });
    lines.push(...contentLines(child, shift));
  }
  return lines;
}

export function stateFromLines(lines: ContentLine[]): RichTextState {
  const state = stateFromParagraphs(lines.map((l) => l.text));
  const children = state.root.children ?? [];
  lines.forEach((line, i) => {
    if (line.table) {
      children[i] = lexicalTable(line.table) as (typeof children)[number];
      return;
    }
    if (line.heading === null) return;
    const paragraph = children[i]!;
    children[i] = {
      type: 'heading',
      tag: `h${line.heading}`,
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: paragraph.children ?? [],
    };
  });
  return state;
}

import type { LexicalEditor } from 'lexical';
import type { Finding } from '../../../shared/checks/types';
import { $liveBlocks, $replaceInBlock } from './check-blocks';

/** The live check's findings of each editor with their DOM ranges (written by CheckPlugin). */
export interface LocatedFinding {
  finding: Finding;
  blockKey: string;
  range: Range;
}

const byEditor = new WeakMap<LexicalEditor, LocatedFinding[]>();

export function setLocatedFindings(editor: LexicalEditor, items: LocatedFinding[]): void {
  byEditor.set(editor, items);
}

/** The finding under a point of the window (the right-clicked word), if any. */
export function findingAtPoint(editor: LexicalEditor, x: number, y: number): LocatedFinding | null {
  const caret = document.caretRangeFromPoint?.(x, y);
  if (!caret) return null;
  return (byEditor.get(editor) ?? []).find(({ range }) => range.comparePoint(caret.startContainer, caret.startOffset) === 0) ?? null;
}

/** The check's one-click fix, as the hover card applies it. */
export function applyFinding(editor: LexicalEditor, item: LocatedFinding): void {
  const fix = item.finding.fix;
  if (fix === null) return;
  editor.update(() => {
    const block = $liveBlocks().find((b) => b.key === item.blockKey);
    if (block) $replaceInBlock(block.node, item.finding.start, item.finding.length, fix);
  });
}

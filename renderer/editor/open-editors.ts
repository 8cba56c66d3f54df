import type { LexicalEditor } from 'lexical';

/**
 * The editors open on screen, by section id, so that bulk fixes go through the open editor as one
 * undoable step instead of behind its back (issue 10).
 */
const open = new Map<string, LexicalEditor>();

export function registerOpenEditor(sectionId: string, editor: LexicalEditor): () => void {
  open.set(sectionId, editor);
  return () => {
    if (open.get(sectionId) === editor) open.delete(sectionId);
  };
}

export function openEditorOf(sectionId: string): LexicalEditor | null {
  return open.get(sectionId) ?? null;
}

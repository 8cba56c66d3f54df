import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import type { RichTextState } from '../../shared/rich-text';

/**
 * Replaces the editor's text with `content` as one undoable step (Ctrl+Z brings the previous text
 * back). `tag` marks what kind of change it is for the autosave (REMOTE_UPDATE_TAG: not an edit).
 */
export function loadContent(editor: LexicalEditor, content: RichTextState, tag?: string): void {
  if ((content.root.children?.length ?? 0) > 0) {
    editor.setEditorState(editor.parseEditorState(JSON.stringify(content)), tag ? { tag } : undefined);
    return;
  }
  // An empty root cannot be set as a state: clear to one empty paragraph instead.
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode());
    },
    tag ? { tag } : undefined,
  );
}

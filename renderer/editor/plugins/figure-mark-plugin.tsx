import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isTextNode } from 'lexical';
import { useEffect } from 'react';
import { FORMAT_HIGHLIGHT } from '../../../shared/rollover/figures';

/**
 * Figures carried from last year's report are highlighted (上年数据). Once the user changes such a
 * figure it is this year's: the highlight goes. Undo/redo and the initial load are left alone.
 */
export function FigureMarkPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyLeaves, tags }) => {
        // Changing a node's format mid-composition would break the IME: wait for the committed text.
        if (prevEditorState.isEmpty() || tags.has('historic') || dirtyLeaves.size === 0 || editor.isComposing()) return;
        const before = new Map<string, string>();
        prevEditorState.read(() => {
          for (const key of dirtyLeaves) {
            const node = $getNodeByKey(key);
            if ($isTextNode(node)) before.set(key, node.getTextContent());
          }
        });
        const edited: string[] = [];
        editorState.read(() => {
          for (const key of dirtyLeaves) {
            const node = $getNodeByKey(key);
            if ($isTextNode(node) && node.hasFormat('highlight') && node.getTextContent() !== before.get(key)) edited.push(key);
          }
        });
        if (!edited.length) return;
        editor.update(
          () => {
            for (const key of edited) {
              const node = $getNodeByKey(key);
              if ($isTextNode(node)) node.setFormat(node.getFormat() & ~FORMAT_HIGHLIGHT);
            }
          },
          { tag: 'history-merge' },
        );
      }),
    [editor],
  );
  return null;
}

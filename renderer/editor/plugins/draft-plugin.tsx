import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection } from 'lexical';
import { useEffect, useRef } from 'react';
import type { RichTextState } from '../../../shared/rich-text';
import { REMOTE_UPDATE_TAG } from './autosave-plugin';

/**
 * Hands every edit to `keep` at once, before the autosave's pause (issue 10: the page keeps what
 * was typed in the browser until the core acknowledges it). Same filter as the autosave: loading
 * text and an unfinished IME composition are not edits.
 */
export function DraftPlugin({ keep }: { keep(content: RichTextState): void }) {
  const [editor] = useLexicalComposerContext();
  const keepRef = useRef(keep);
  useEffect(() => {
    keepRef.current = keep;
  }, [keep]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has('history-merge') && prevEditorState.read(() => $getSelection()) === null) return;
        if (tags.has(REMOTE_UPDATE_TAG) || editor.isComposing()) return;
        keepRef.current(editorState.toJSON() as unknown as RichTextState);
      }),
    [editor],
  );
  return null;
}

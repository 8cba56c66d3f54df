import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, COMMAND_PRIORITY_EDITOR, createCommand, type EditorState } from 'lexical';
import { useEffect, useRef } from 'react';
import type { RichTextState } from '../../../shared/rich-text';
import { RECONNECTED_EVENT } from '../../api/connection';
import { trackSave } from '../../lib/save-tracker';

/** Saves now instead of after the pause (bulk fixes, issue 10); `allSaved()` then waits for it. */
export const FLUSH_AUTOSAVE_COMMAND = createCommand<void>('FLUSH_AUTOSAVE_COMMAND');

/** Updates that load text stored elsewhere (another window's, a restored draft's base) are not edits. */
export const REMOTE_UPDATE_TAG = 'nianbao-remote';

export const AUTOSAVE_DELAY_MS = 600;
const RETRY_DELAY_MS = 5000;

interface Props {
  /** Persists the state; resolves when the save is acknowledged. */
  save(content: RichTextState): Promise<void>;
}

/**
 * Saves the editor state a moment after typing stops. An unfinished IME composition is never saved:
 * while composing, Lexical's state holds the raw pinyin, so a save during a composition stores the
 * last state that had none, and the composed text follows when the composition ends.
 */
export function AutosavePlugin({ save }: Props) {
  const [editor] = useLexicalComposerContext();
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dirty = false;
    let inFlight: Promise<void> | null = null;
    let lastClean: EditorState | null = null;
    let lastSaved: EditorState | null = null;

    const flush = async (): Promise<void> => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (!dirty) return;
      if (inFlight) await inFlight.catch(() => undefined);
      const composing = editor.isComposing();
      const state = composing ? lastClean : editor.getEditorState();
      if (composing) schedule(); // the composed text is saved once the composition ends
      if (!state || state === lastSaved) return;
      if (!composing) dirty = false;
      lastSaved = state;
      inFlight = saveRef.current(state.toJSON() as unknown as RichTextState).catch((error: unknown) => {
        // Keep the text and try again: the next edit, blur or this retry saves it. A conflict waits
        // for the user's choice instead (issue 10): the next edit or the choice saves it.
        dirty = true;
        lastSaved = null;
        if (!timer && !(error as { noRetry?: boolean } | null)?.noRetry) timer = setTimeout(() => void flush(), RETRY_DELAY_MS);
      });
      await inFlight;
      inFlight = null;
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    };
    const unregister = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // Lexical's own normalization right after the saved content is loaded (tagged history-merge,
      // no selection yet) is not an edit: saving it would fail on a report that just became 定稿.
      if (tags.has('history-merge') && prevEditorState.read(() => $getSelection()) === null) return;
      if (tags.has(REMOTE_UPDATE_TAG)) return;
      if (!editor.isComposing()) lastClean = editorState;
      dirty = true;
      schedule();
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const root = editor.getRootElement();
    const onBlur = () => void flush();
    const onReconnected = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      void flush();
    };
    root?.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onBlur);
    window.addEventListener(RECONNECTED_EVENT, onReconnected);
    const unregisterFlush = editor.registerCommand(
      FLUSH_AUTOSAVE_COMMAND,
      () => {
        void trackSave(flush());
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    );
    return () => {
      unregister();
      unregisterFlush();
      window.removeEventListener(RECONNECTED_EVENT, onReconnected);
      root?.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onBlur);
      void flush(); // switching sections saves what was typed
    };
  }, [editor]);

  return null;
}

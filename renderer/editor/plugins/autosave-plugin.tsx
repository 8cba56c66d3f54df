import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import type { RichTextState } from '../../../shared/rich-text';

export const AUTOSAVE_DELAY_MS = 600;

interface Props {
  /** Persists the state; resolves when the save is acknowledged. */
  save(content: RichTextState): Promise<void>;
}

/**
 * Saves the editor state a moment after typing stops. An unfinished IME composition is never saved:
 * while composing, Lexical's state holds the raw pinyin, so the save waits until composition ends.
 */
export function AutosavePlugin({ save }: Props) {
  const [editor] = useLexicalComposerContext();
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let dirty = false;
    let inFlight: Promise<void> | null = null;

    const flush = async (): Promise<void> => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (!dirty) return;
      if (editor.isComposing()) {
        schedule();
        return;
      }
      if (inFlight) await inFlight.catch(() => undefined);
      dirty = false;
      const content = readState(editor);
      inFlight = saveRef.current(content).catch(() => {
        dirty = true; // keep it: the next edit or flush tries again
      });
      await inFlight;
      inFlight = null;
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has('historic-initial') || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
      dirty = true;
      schedule();
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const root = editor.getRootElement();
    const onBlur = () => void flush();
    root?.addEventListener('blur', onBlur);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onBlur);
    return () => {
      unregister();
      root?.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onBlur);
      void flush(); // switching sections saves what was typed
    };
  }, [editor]);

  return null;
}

function readState(editor: LexicalEditor): RichTextState {
  return editor.getEditorState().toJSON() as unknown as RichTextState;
}

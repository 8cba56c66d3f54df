import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerCleanPaste } from './paste-clipboard';

/** The cleaning paste (see paste-clipboard.ts); Ctrl+Shift+V pastes plain text. */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let plainUntil = 0;
    const key = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'v') plainUntil = Date.now() + 1000;
    };
    const unroot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keydown', key, true);
      root?.addEventListener('keydown', key, true);
    });
    const unregister = registerCleanPaste(editor, () => {
      const plain = Date.now() < plainUntil;
      plainUntil = 0;
      return plain;
    });
    return () => {
      unroot();
      unregister();
    };
  }, [editor]);
  return null;
}

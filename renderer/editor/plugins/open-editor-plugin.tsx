import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { registerOpenEditor } from '../open-editors';

/** Makes this editor the open editor of its section while it is mounted (see open-editors.ts). */
export function OpenEditorPlugin({ sectionId }: { sectionId: string }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerOpenEditor(sectionId, editor), [sectionId, editor]);
  return null;
}

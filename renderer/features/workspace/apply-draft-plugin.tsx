import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef } from 'react';
import type { Draft } from '../../lib/unsaved-store';
import { loadContent } from '../../editor/load-content';
import type { SectionSession } from './section-session';

/**
 * Puts this tab's unsaved text of the section back into the editor when it opens (a restored draft,
 * or a save that failed before the user switched sections). It is an edit like typing: the autosave
 * saves it on the draft's base revision, so a section that moved on meanwhile gives the conflict
 * notice. Ctrl+Z shows the stored text.
 */
export function ApplyDraftPlugin({ draft, session }: { draft: Draft; session: SectionSession }) {
  const [editor] = useLexicalComposerContext();
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    session.startFromDraft(draft.baseRevision);
    loadContent(editor, draft.content);
  }, [editor, draft, session]);
  return null;
}

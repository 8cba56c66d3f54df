import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { CLEAR_HISTORY_COMMAND } from 'lexical';
import { useEffect } from 'react';
import type { Section } from '../../../shared/report-schema';
import { REMOTE_UPDATE_TAG } from '../../editor/plugins/autosave-plugin';
import { loadContent } from '../../editor/load-content';
import { allSaved } from '../../lib/save-tracker';
import { unsavedStore } from '../../lib/unsaved-store';
import type { SectionSession } from './section-session';

interface Props {
  session: SectionSession;
  /** The stored section changed elsewhere: its new summary (heading, revision) and, when loaded, a note. */
  onStored(section: Section, note: string | null): void;
}

/**
 * A tab learns of another tab's change when it gets the focus back (issue 10): with nothing unsaved
 * the other text is loaded; with unsaved text the conflict
 * notice comes up at once rather than at the next save.
 */
export function RemoteChangePlugin({ session, onStored }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let live = true;
    const check = async () => {
      if (session.conflict) return;
      await allSaved();
      const writes = session.writes;
      let stored: Section;
      try {
        stored = await session.fetchStored();
      } catch {
        return; // unreachable or removed: the next save says so
      }
      if (!live || writes !== session.writes || session.conflict || stored.revision === session.baseRevision) return;
      if (!session.changedElsewhere(stored)) {
        session.adopt(stored);
        onStored(stored, null);
      } else if (unsavedStore().get(session)) {
        session.enterConflict(stored);
      } else {
        loadContent(editor, stored.content, REMOTE_UPDATE_TAG);
        // Undoing past this point would silently write the old text over the other window's.
        editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
        session.adopt(stored);
        onStored(stored, '此部分已在另一个窗口中修改，已载入最新内容。');
      }
    };
    const onFocus = () => void check();
    const onVisible = () => document.visibilityState === 'visible' && void check();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      live = false;
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [editor, session, onStored]);
  return null;
}

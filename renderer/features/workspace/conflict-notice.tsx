import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { diffChars } from 'diff';
import { useState, useSyncExternalStore } from 'react';
import { toPlainText, type RichTextState } from '../../../shared/rich-text';
import type { DiffPart } from '../../../shared/versions-schema';
import { errorMessage } from '../../api/client';
import { REMOTE_UPDATE_TAG } from '../../editor/plugins/autosave-plugin';
import { loadContent } from '../../editor/load-content';
import { DiffText } from '../versions/diff-text';
import type { Conflict, SectionSession } from './section-session';

function diffParts(older: string, newer: string): DiffPart[] {
  return diffChars(older, newer).map((c) => ({ type: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
}

interface Props {
  session: SectionSession;
  onResolved(message: string): void;
}

/**
 * 另一个窗口已修改此部分 (issue 10): the user's text stays in the editor until they choose. Every
 * choice keeps both texts: overwriting keeps the other text as a version, discarding keeps mine.
 */
export function ConflictNotice({ session, onResolved }: Props) {
  const [editor] = useLexicalComposerContext();
  const conflict = useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.conflict,
  );
  // The comparison shown belongs to one conflict: a newer conflict starts without it.
  const [compared, setComparing] = useState<{ conflict: Conflict; theirs: string; mine: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!conflict) return null;
  const comparing = compared?.conflict === conflict ? compared : null;

  const mine = () => editor.getEditorState().toJSON() as unknown as RichTextState;
  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      onResolved(await action());
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const overwrite = () =>
    act(async () => {
      await session.overwrite(mine());
      return '已用您的版本覆盖。另一个窗口保存的文字已自动保留为一个版本，可在“版本记录”中找到。';
    });
  const discard = () =>
    act(async () => {
      const theirs = await session.discard(mine());
      loadContent(editor, theirs.content, REMOTE_UPDATE_TAG);
      return '已改为另一个窗口的版本。您刚才的文字已自动保留为一个版本（“版本记录”中可找到），也可按 Ctrl+Z 找回。';
    });

  return (
    <div className="conflict-notice" role="alert" aria-label="修改冲突">
      <p>
        <strong>另一个窗口已修改此部分。</strong>
        您在本窗口输入的文字仍在下方编辑区，尚未保存；请选择如何处理（两边的文字都不会丢失）。
      </p>
      <div className="conflict-actions">
        <button
          type="button"
          disabled={busy}
          aria-pressed={comparing !== null}
          onClick={() =>
            setComparing(comparing ? null : { conflict, theirs: toPlainText(conflict.theirs.content), mine: toPlainText(mine()) })
          }
        >
          查看对方版本
        </button>
        <button type="button" disabled={busy} onClick={() => void overwrite()}>
          用我的版本覆盖
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void discard()}>
          放弃我的修改
        </button>
      </div>
      {error && <p className="error">{error}</p>}
      {comparing && (
        <div className="conflict-compare" aria-label="双方版本比较">
          <section>
            <h4>另一个窗口保存的版本</h4>
            <DiffText parts={diffParts(comparing.theirs, comparing.mine)} side="old" />
          </section>
          <section>
            <h4>我的版本（本窗口，未保存）</h4>
            <DiffText parts={diffParts(comparing.theirs, comparing.mine)} side="new" />
          </section>
        </div>
      )}
    </div>
  );
}

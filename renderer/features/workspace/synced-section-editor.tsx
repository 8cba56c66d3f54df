import { useEffect, useState, type ComponentProps, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Section, SectionSummary } from '../../../shared/report-schema';
import type { RichTextState } from '../../../shared/rich-text';
import { errorMessage } from '../../api/client';
import { connectionState } from '../../api/connection';
import { SectionEditor } from '../../editor/section-editor';
import { DraftPlugin } from '../../editor/plugins/draft-plugin';
import { OpenEditorPlugin } from '../../editor/plugins/open-editor-plugin';
import { sameContent } from '../../lib/same-content';
import { unsavedStore } from '../../lib/unsaved-store';
import { ApplyDraftPlugin } from './apply-draft-plugin';
import { ConflictNotice } from './conflict-notice';
import { RemoteChangePlugin } from './remote-change-plugin';
import { ConflictPendingError, SectionSession } from './section-session';
import './text-safety.css';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

interface Props {
  reportId: string;
  section: Section;
  readOnly: boolean;
  label: string;
  checks: ComponentProps<typeof SectionEditor>['checks'];
  /** The session of the mounted editor (null when it unmounts): renames use its base revision. */
  onSession(session: SectionSession | null): void;
  onSaved(summary: SectionSummary, content: RichTextState): void;
  onStatus(status: SaveStatus): void;
  /** The stored section changed elsewhere (focus check): new heading/revision, and a note when its text was loaded. */
  onStored(section: Section, note: string | null): void;
  onMessage(text: string): void;
  /** A 查找 hit to select and scroll to (issue 14). */
  findFocus?: ComponentProps<typeof SectionEditor>['findFocus'];
  /** Extra right-click entries for the selected text (加入词表 …). */
  menuExtra?: ComponentProps<typeof SectionEditor>['menuExtra'];
  /** More plugins inside the composer (issue 16: 批注 and 提出修订). */
  children?: ReactNode;
}

/**
 * The section editor with the guarantees of issue 10: saves carry their base revision, conflicts
 * keep the user's text and ask, every unacknowledged edit is kept in the browser, and this tab's
 * unsaved text of the section comes back when the editor opens. Remounted (by key) per section.
 */
export function SyncedSectionEditor(props: Props) {
  const { reportId, section, readOnly } = props;
  const [session] = useState(() => new SectionSession(reportId, section.id, section.revision, section.content, props.onSaved));
  // This tab's own unsaved text of the section (read once, when the editor opens).
  const [ownDraft] = useState(() => {
    const draft = readOnly ? null : unsavedStore().get({ reportId, sectionId: section.id });
    if (draft && sameContent(draft.content, section.content)) {
      unsavedStore().remove(draft); // saved after all (the acknowledgement was lost)
      return null;
    }
    return draft;
  });
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  const { onSession } = props;
  useEffect(() => {
    onSession(session);
    return () => onSession(null);
  }, [session, onSession]);

  const save = async (content: RichTextState) => {
    props.onStatus({ kind: 'saving' });
    try {
      await session.save(content);
      props.onStatus({ kind: 'saved', at: new Date() });
    } catch (e) {
      props.onStatus({
        kind: 'error',
        message:
          e instanceof ConflictPendingError
            ? '另一个窗口已修改此部分，请在编辑区上方的提示中选择'
            : connectionState() === 'ok'
              ? errorMessage(e)
              : '暂时连不上年报程序，文字保留在本页，见页面顶部的提示',
      });
      throw e;
    }
  };
  const keepDraft = (content: RichTextState) =>
    unsavedStore().put({ reportId, sectionId: section.id, baseRevision: session.baseRevision, content, heading: section.heading });

  return (
    <>
      <div ref={setSlot} />
      <SectionEditor
        sectionId={section.id}
        initial={section.content}
        readOnly={readOnly}
        label={props.label}
        save={save}
        checks={props.checks}
        findFocus={props.findFocus}
        menuExtra={props.menuExtra}
      >
        <OpenEditorPlugin sectionId={section.id} />
        {props.children}
        {!readOnly && (
          <>
            <DraftPlugin keep={keepDraft} />
            {ownDraft && <ApplyDraftPlugin draft={ownDraft} session={session} />}
            <RemoteChangePlugin session={session} onStored={props.onStored} />
            {slot && createPortal(<ConflictNotice session={session} onResolved={props.onMessage} />, slot)}
          </>
        )}
      </SectionEditor>
    </>
  );
}

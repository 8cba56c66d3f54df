import type { Section, SectionSummary } from '../../../shared/report-schema';
import type { RichTextState } from '../../../shared/rich-text';
import { api, ApiCallError } from '../../api/client';
import { trackSave } from '../../lib/save-tracker';
import { sameContent } from '../../lib/same-content';
import { unsavedStore } from '../../lib/unsaved-store';

/** Another window saved this section since our text's base: the user chooses (conflict-notice.tsx). */
export interface Conflict {
  /** The text stored now, written by the other window. */
  theirs: Section;
}

/** Thrown to the autosave while a conflict waits for the user: no retry, the text stays on screen. */
export class ConflictPendingError extends Error {
  /** The autosave does not retry on a timer: the user's choice (or the next edit) saves. */
  readonly noRetry = true;
  constructor() {
    super('另一个窗口已修改此部分，请在提示中选择如何处理。');
    this.name = 'ConflictPendingError';
  }
}

/**
 * One open section's writes (issue 10): every save names the revision its text started from; a
 * CONFLICT keeps the user's text and waits for the user's choice. A conflict where the stored text
 * is still the one this editor started from (only the heading changed, or the other window wrote
 * the same text) is no conflict: the save is repeated on the new revision.
 */
export class SectionSession {
  private conflictNow: Conflict | null = null;
  private listeners = new Set<() => void>();
  /** Bumped by every acknowledged write, so a focus check that raced a save can tell. */
  writes = 0;

  constructor(
    readonly reportId: string,
    readonly sectionId: string,
    public baseRevision: number,
    /** The content stored at `baseRevision`; null when not known (a draft from an older revision). */
    private baseContent: RichTextState | null,
    private readonly onSaved: (summary: SectionSummary, content: RichTextState) => void,
  ) {}

  get conflict(): Conflict | null {
    return this.conflictNow;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setConflict(conflict: Conflict | null) {
    this.conflictNow = conflict;
    for (const l of [...this.listeners]) l();
  }

  /** The text and revision stored now. */
  async fetchStored(): Promise<Section> {
    const detail = await api('reports.get', { id: this.reportId });
    const section = detail.sections.find((s) => s.id === this.sectionId);
    if (!section) throw new ApiCallError('NOT_FOUND', '这一部分已在另一个窗口中被删除。您的文字仍在屏幕上，请复制保存。');
    return section;
  }

  /** A restored draft's text started from `revision`, whose stored text this page does not know. */
  startFromDraft(revision: number): void {
    if (revision !== this.baseRevision) this.baseContent = null;
    this.baseRevision = revision;
  }

  /** The stored text is now `section` (loaded into the editor, or unchanged text at a new revision). */
  adopt(section: Pick<Section, 'revision' | 'content'>): void {
    this.baseRevision = section.revision;
    this.baseContent = section.content;
  }

  private acknowledged(summary: SectionSummary, content: RichTextState) {
    this.adopt({ revision: summary.revision, content });
    this.writes += 1;
    unsavedStore().acknowledge(this, content, summary.revision);
    this.onSaved(summary, content);
  }

  private async write(content: RichTextState, keepCurrentAsVersion: boolean): Promise<SectionSummary> {
    const summary = await trackSave(
      api('sections.save', { id: this.sectionId, content, baseRevision: this.baseRevision, keepCurrentAsVersion }),
    );
    this.acknowledged(summary, content);
    return summary;
  }

  /** The autosave's save. */
  async save(content: RichTextState): Promise<void> {
    if (this.conflictNow) throw new ConflictPendingError();
    // Already stored at the base (after a choice in the notice, or an edit undone): nothing to write.
    if (sameContent(content, this.baseContent)) {
      unsavedStore().acknowledge(this, content, this.baseRevision);
      return;
    }
    try {
      await this.write(content, false);
    } catch (error) {
      if (!(error instanceof ApiCallError) || error.code !== 'CONFLICT') throw error;
      const theirs = await this.fetchStored();
      if (sameContent(theirs.content, this.baseContent)) {
        this.adopt(theirs);
        await this.write(content, false);
        return;
      }
      this.enterConflict(theirs);
      throw new ConflictPendingError();
    }
  }

  enterConflict(theirs: Section): void {
    this.setConflict({ theirs });
  }

  /** 用我的版本覆盖: the other window's text is kept as an automatic version, then mine is stored. */
  async overwrite(mine: RichTextState): Promise<void> {
    const conflict = this.conflictNow;
    if (!conflict) return;
    this.baseRevision = conflict.theirs.revision;
    try {
      await this.write(mine, true);
    } catch (error) {
      // A third write came in between: show that one instead.
      if (error instanceof ApiCallError && error.code === 'CONFLICT') this.setConflict({ theirs: await this.fetchStored() });
      throw error;
    }
    this.setConflict(null);
  }

  /**
   * 放弃我的修改: the other window's text stays current, and mine is not dropped either — it is stored
   * once (the other text kept as a version first) and then replaced by theirs again (mine kept as a
   * version), so both appear in 版本记录. Returns the text to show.
   */
  async discard(mine: RichTextState): Promise<Section> {
    const conflict = this.conflictNow;
    if (!conflict) throw new Error('no conflict');
    const theirs = conflict.theirs;
    this.baseRevision = theirs.revision;
    try {
      if (!sameContent(mine, theirs.content)) {
        await this.write(mine, true);
        await this.write(theirs.content, true);
      }
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'CONFLICT') this.setConflict({ theirs: await this.fetchStored() });
      throw error;
    }
    unsavedStore().remove({ tab: unsavedStore().tab, reportId: this.reportId, sectionId: this.sectionId });
    this.adopt({ revision: this.baseRevision, content: theirs.content });
    this.setConflict(null);
    return { ...theirs, revision: this.baseRevision };
  }

  /** Whether the stored text differs from the one this editor started from. */
  changedElsewhere(stored: Pick<Section, 'revision' | 'content'>): boolean {
    return stored.revision !== this.baseRevision && !sameContent(stored.content, this.baseContent);
  }
}

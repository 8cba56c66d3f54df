import { UNDO_COMMAND, type EditorState, type LexicalEditor } from 'lexical';
import type { ReportFinding } from '../../../shared/checks/api-schemas';
import { applyFixesToState } from '../../../shared/checks/apply-fix';
import type { RichTextState } from '../../../shared/rich-text';
import { api } from '../../api/client';
import { applyFixesInEditor } from '../../editor/apply-fixes-in-editor';
import { loadContent } from '../../editor/load-content';
import { openEditorOf } from '../../editor/open-editors';
import { FLUSH_AUTOSAVE_COMMAND } from '../../editor/plugins/autosave-plugin';
import { allSaved } from '../../lib/save-tracker';
import { sameContent } from '../../lib/same-content';

const fixText = (text: string, findings: ReportFinding[]) =>
  [...findings].sort((a, b) => b.start - a.start).reduce((t, f) => t.slice(0, f.start) + f.fix + t.slice(f.start + f.length), text);

const editorContent = (state: EditorState) => state.toJSON() as unknown as RichTextState;

/** What one click of fix / fix all changed, to undo it as a whole (the banner's 撤销). */
export interface FixBatch {
  applied: number;
  /** Sections fixed in their open editor: undone by the editor's own undo while nothing came after. */
  inEditor: Array<{
    sectionId: string;
    editor: LexicalEditor;
    after: EditorState;
    beforeContent: RichTextState;
    afterContent: RichTextState;
  }>;
  /** Sections fixed through the core (not open). */
  stored: Array<{ sectionId: string; before: RichTextState; after: RichTextState }>;
  headings: Array<{ sectionId: string; before: string; after: string }>;
  title: { before: string; after: string } | null;
  /** Sections left alone: changed since the check (name, why). */
  skipped: string[];
}

/** The report as it is, kept as a version before fixes are written behind the editor's back — unless the newest version already holds exactly this text. */
async function keepVersionFirst(reportId: string, count: number): Promise<void> {
  const [newest] = await api('versions.list', { reportId });
  if (newest) {
    const diffs = await api('versions.compare', { reportId, from: newest.id, to: 'current' });
    if (diffs.every((d) => d.change === 'same')) return;
  }
  await api('versions.create', { reportId, name: '批量改正前', reason: `校对面板改正 ${count} 处之前自动保留` });
}

/**
 * Applies the fixes of the check panel (issue 10): in the open editor as one undoable step, through
 * the core for sections not open — each write naming the revision it read, after a version of the
 * whole report was kept. Headings and the title go through rename/update. Pending autosaves are
 * awaited first, so nothing typed is lost.
 */
export async function applyReportFixes(reportId: string, findings: ReportFinding[]): Promise<FixBatch> {
  await allSaved();
  const detail = await api('reports.get', { id: reportId });
  const fixable = findings.filter((f) => f.fix !== null);
  const batch: FixBatch = { applied: 0, inEditor: [], stored: [], headings: [], title: null, skipped: [] };
  let versionKept = false;
  for (const section of detail.sections) {
    const mine = fixable.filter((f) => f.sectionId === section.id);
    let baseRevision = section.revision;
    const heading = mine.filter((f) => f.paragraph === -1);
    if (heading.length) {
      const after = fixText(section.heading, heading);
      baseRevision = (await api('sections.rename', { id: section.id, heading: after, baseRevision })).revision;
      batch.headings.push({ sectionId: section.id, before: section.heading, after });
      batch.applied += heading.length;
    }
    const body = mine.filter((f) => f.paragraph >= 0);
    if (!body.length) continue;
    const editor = openEditorOf(section.id);
    if (editor) {
      // The findings were computed on the stored text: the editor must still show exactly that.
      const beforeContent = editorContent(editor.getEditorState());
      if (!sameContent(beforeContent, section.content)) {
        batch.skipped.push(`“${section.heading}”（编辑区中有尚未保存的修改）`);
        continue;
      }
      const n = applyFixesInEditor(editor, body);
      if (n === 0) continue;
      const after = editor.getEditorState();
      batch.inEditor.push({ sectionId: section.id, editor, after, beforeContent, afterContent: editorContent(after) });
      batch.applied += n;
      editor.dispatchCommand(FLUSH_AUTOSAVE_COMMAND, undefined);
      continue;
    }
    const result = applyFixesToState(section.content, body);
    if (!result.applied) continue;
    if (!versionKept) {
      await keepVersionFirst(reportId, fixable.length);
      versionKept = true;
    }
    await api('sections.save', { id: section.id, content: result.state, baseRevision });
    batch.stored.push({ sectionId: section.id, before: section.content, after: result.state });
    batch.applied += result.applied;
  }
  const title = fixable.filter((f) => f.sectionId === '' && f.paragraph === -1);
  if (title.length) {
    const after = fixText(detail.report.title, title);
    await api('reports.update', { id: reportId, title: after });
    batch.title = { before: detail.report.title, after };
    batch.applied += title.length;
  }
  await allSaved();
  return batch;
}

/**
 * 撤销 for a whole batch: each part goes back only while it still holds what the batch wrote —
 * text typed or saved since is never replaced. Returns the message for the banner.
 */
export async function undoFixBatch(reportId: string, batch: FixBatch): Promise<string> {
  await allSaved();
  const detail = await api('reports.get', { id: reportId });
  const byId = new Map(detail.sections.map((s) => [s.id, s]));
  const kept: string[] = [];
  let undone = 0;
  const name = (id: string) => `“${byId.get(id)?.heading ?? '已删除的部分'}”`;

  for (const e of batch.inEditor) {
    const open = openEditorOf(e.sectionId);
    if (open === e.editor && open.getEditorState() === e.after) {
      open.dispatchCommand(UNDO_COMMAND, undefined);
      open.dispatchCommand(FLUSH_AUTOSAVE_COMMAND, undefined);
      undone += 1;
    } else if (open && sameContent(editorContent(open.getEditorState()), e.afterContent)) {
      loadContent(open, e.beforeContent);
      open.dispatchCommand(FLUSH_AUTOSAVE_COMMAND, undefined);
      undone += 1;
    } else if (!open && sameContent(byId.get(e.sectionId)?.content, e.afterContent)) {
      await api('sections.save', { id: e.sectionId, content: e.beforeContent, baseRevision: byId.get(e.sectionId)!.revision });
      undone += 1;
    } else kept.push(name(e.sectionId));
  }
  for (const s of batch.stored) {
    const stored = byId.get(s.sectionId);
    const open = openEditorOf(s.sectionId);
    if (open && sameContent(editorContent(open.getEditorState()), s.after)) {
      loadContent(open, s.before);
      open.dispatchCommand(FLUSH_AUTOSAVE_COMMAND, undefined);
      undone += 1;
    } else if (!open && stored && sameContent(stored.content, s.after)) {
      await api('sections.save', { id: s.sectionId, content: s.before, baseRevision: stored.revision });
      undone += 1;
    } else kept.push(name(s.sectionId));
  }
  await allSaved();
  for (const h of batch.headings) {
    const fresh = (await api('reports.get', { id: reportId })).sections.find((x) => x.id === h.sectionId);
    if (fresh?.heading === h.after) {
      await api('sections.rename', { id: h.sectionId, heading: h.before, baseRevision: fresh.revision });
      undone += 1;
    } else kept.push(name(h.sectionId));
  }
  if (batch.title) {
    if (detail.report.title === batch.title.after) {
      await api('reports.update', { id: reportId, title: batch.title.before });
      undone += 1;
    } else kept.push('标题');
  }
  await allSaved();
  if (kept.length === 0) return `已撤销这次改正（共 ${batch.applied} 处），恢复为改正前的文字。`;
  return `已撤销 ${undone} 个位置的改正；${kept.join('、')}在改正后又有修改，未撤销（改正前的内容可在“版本记录”中找回）。`;
}

import type { ReportFinding } from '../../../shared/checks/api-schemas';
import { applyFixesToState } from '../../../shared/checks/apply-fix';
import { api } from '../../api/client';
import { allSaved } from '../../lib/save-tracker';

const fixText = (text: string, findings: ReportFinding[]) =>
  [...findings].sort((a, b) => b.start - a.start).reduce((t, f) => t.slice(0, f.start) + f.fix + t.slice(f.start + f.length), text);

/**
 * Applies the fixes of the check panel to the saved report: section text, section headings and the
 * title. Pending autosaves are awaited first and the content is read fresh, so nothing typed is lost.
 * Returns how many fixes were applied.
 */
export async function applyReportFixes(reportId: string, findings: ReportFinding[]): Promise<number> {
  await allSaved();
  const detail = await api('reports.get', { id: reportId });
  const fixable = findings.filter((f) => f.fix !== null);
  let applied = 0;
  for (const section of detail.sections) {
    const mine = fixable.filter((f) => f.sectionId === section.id);
    const body = mine.filter((f) => f.paragraph >= 0);
    // Each write names the revision just read: another window's change in between gives CONFLICT.
    let baseRevision = section.revision;
    if (body.length) {
      const result = applyFixesToState(section.content, body);
      if (result.applied) baseRevision = (await api('sections.save', { id: section.id, content: result.state, baseRevision })).revision;
      applied += result.applied;
    }
    const heading = mine.filter((f) => f.paragraph === -1);
    if (heading.length) {
      await api('sections.rename', { id: section.id, heading: fixText(section.heading, heading), baseRevision });
      applied += heading.length;
    }
  }
  const title = fixable.filter((f) => f.sectionId === '' && f.paragraph === -1);
  if (title.length) {
    await api('reports.update', { id: reportId, title: fixText(detail.report.title, title) });
    applied += title.length;
  }
  return applied;
}

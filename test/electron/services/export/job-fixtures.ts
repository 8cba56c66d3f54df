import { saveAtCurrent } from '../../../helpers';
import type { Core } from '../../../../electron/services/core';
import type { ReportDetail } from '../../../../shared/report-schema';
import type { ExportJobStatus } from '../../../../shared/contract-export-jobs';
import { bodyText, createReport, H3, P, state } from './fixtures';

/** The 5 parts, the first 4 with `perPart` subsections each (the last takes none): 6 + 4·perPart sections. */
export async function manySectionReport(core: Core, perPart: number): Promise<ReportDetail> {
  const detail = await createReport(core);
  const parts = detail.sections.filter((s) => s.kind === 'part');
  for (const [p, part] of parts.entries()) {
    await saveAtCurrent(core, { id: part.id, content: state([P(bodyText(2, p))]) });
    if (p === parts.length - 1) continue;
    for (let i = 0; i < perPart; i++) {
      const sub = await core.invoke('sections.add', {
        reportId: detail.report.id,
        parentId: part.id,
        heading: `第${p + 1}部分第${i + 1}项工作`,
        partId: null,
      });
      await saveAtCurrent(core, { id: sub.id, content: state([H3('工作机制'), P(bodyText(3, p * 100 + i))]) });
    }
  }
  return core.invoke('reports.get', { id: detail.report.id });
}

/** Polls as the window does, but between event-loop turns, and keeps every status it saw. */
export async function pollJob(core: Core, jobId: string): Promise<ExportJobStatus[]> {
  const seen: ExportJobStatus[] = [];
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    const status = await core.invoke('export.status', { jobId });
    seen.push(status);
    if (status.state !== 'running') return seen;
  }
}

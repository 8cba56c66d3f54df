import type { ExportJobStatus } from '../../../shared/contract-export-jobs';
import type { ExportFormat } from '../../../shared/export-settings';
import { api } from '../../api/client';

/** How often the window asks the core how far an export has come. */
const POLL_MS = 200;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts an export job in the core and follows it until the file is ready. The core does the work;
 * this only polls, so the page (editor, autosave) keeps running meanwhile. A failure becomes an
 * Error carrying the core's Chinese message.
 */
export async function runExportJob(
  reportId: string,
  format: ExportFormat,
  onStatus: (status: ExportJobStatus) => void,
): Promise<NonNullable<ExportJobStatus['file']>> {
  const { jobId, status: first } = await api('export.start', { reportId, format });
  onStatus(first);
  for (;;) {
    await wait(POLL_MS);
    const status = await api('export.status', { jobId });
    onStatus(status);
    if (status.state === 'done' && status.file) return status.file;
    if (status.state !== 'running') throw new Error(status.error?.message ?? '导出失败，请重试。');
  }
}

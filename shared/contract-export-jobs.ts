import { ExportFormatSchema } from './export-settings';
import { IdSchema } from './report-schema';
import { z } from './z';

/**
 * Export as a background job (issue 3): `export.start` returns at once, the export runs in the core,
 * the window polls `export.status` for real progress. Spread at the end of the contract.
 */

export const ExportJobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '导出任务编号格式不正确');

/** What the core reports while it works; `export.status` turns it into a label and a percentage. */
export type ExportProgress = { stage: 'collect' } | { stage: 'build'; done: number; total: number } | { stage: 'pack' } | { stage: 'pdf' };

export const ExportJobStatusSchema = z.object({
  state: z.enum(['running', 'done', 'failed']),
  /** Chinese, shown under the progress bar: 「正在生成文档（第 3/7 部分）」. */
  stage: z.string(),
  step: z.number().int().min(0),
  steps: z.number().int().min(1),
  percent: z.number().int().min(0).max(100),
  /** True while a step of unknown length runs (the PDF conversion): the bar shows no value. */
  indeterminate: z.boolean(),
  file: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string(), warning: z.string().optional() }).optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type ExportJobStatus = z.infer<typeof ExportJobStatusSchema>;

export const exportJobsContract = {
  /** Answers at once with the job's first status, so the window shows a bar from the start. */
  'export.start': {
    input: z.object({ reportId: IdSchema, format: ExportFormatSchema }).strict(),
    output: z.object({ jobId: ExportJobIdSchema, status: ExportJobStatusSchema }),
  },
  /** A finished job is handed out once, then forgotten; an unread one expires after a while. */
  'export.status': { input: z.object({ jobId: ExportJobIdSchema }).strict(), output: ExportJobStatusSchema },
} as const;

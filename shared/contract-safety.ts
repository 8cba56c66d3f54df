import { IdSchema, ReportSchema } from './report-schema';
import { z } from './z';

export const BackupEntrySchema = z.object({
  fileName: z.string(),
  kind: z.enum(['daily', 'manual', 'pre-restore', 'pre-migration']),
  createdAt: z.string(),
  size: z.number().int(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

const FileSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

/** Backups and moving a report between PCs (issue 6); spread at the end of the contract. */
export const safetyContract = {
  'backup.list': { input: z.object({}).strict(), output: z.object({ folder: z.string(), backups: z.array(BackupEntrySchema) }) },
  'backup.create': { input: z.object({}).strict(), output: BackupEntrySchema },
  /** Restores a backup from the backup folder, named by file name; returns the safety backup made first. */
  'backup.restore': {
    input: z
      .object({
        fileName: z.string().regex(/^nianbao-[0-9TZ]+-[a-z-]+\.db$/, '请从列表中选择一个备份'),
      })
      .strict(),
    output: BackupEntrySchema,
  },
  /** Reports that reports.list skipped because their stored row is damaged (报告“…”已损坏，已跳过。). */
  'reports.damaged': {
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.string(), title: z.string(), message: z.string() })),
  },
  /** One report with all its versions as a single .nianbao file. */
  'reports.exportPackage': { input: z.object({ reportId: IdSchema }).strict(), output: FileSchema },
  'reports.importPackage': {
    input: z
      .object({
        base64: z.string().max(64_000_000, '文件过大'),
        /** `ask` refuses with CONFLICT when the report is already here, so the user can choose. */
        ifExists: z.enum(['ask', 'keepBoth', 'replace']).default('ask'),
      })
      .strict(),
    output: z.object({ report: ReportSchema, replaced: z.boolean(), versions: z.number().int() }),
  },
} as const;

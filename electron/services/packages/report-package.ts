import { createHash, randomUUID } from 'node:crypto';
import zlib from 'node:zlib';
import { AgencySchema, IdSchema, IsoDateSchema, ReportStatusSchema, TitleSchema, YearSchema } from '../../../shared/report-schema';
import { RichTextStateSchema } from '../../../shared/rich-text';
import { SnapshotSectionSchema, VersionKindSchema, type SnapshotSection } from '../../../shared/versions-schema';
import { z } from '../../../shared/z';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import { inflatedSizeOrRefuse, PACKAGE_LIMITS } from '../safety/inflate-budget';
import { parseSnapshot, takeSnapshot } from '../versions/snapshots';
import type { ReportAccess, ReportRow } from '../reports/report-access';
import { validateTemplate } from '../templates/templates';
import type { VersionRow } from '../versions/versions';
import { PackageReviewSchema, remapReview, reviewForPackage } from '../review/review-package';
import { PackageReportDataSchema, remapReportData, reportDataForPackage, reportDataProblem } from './report-data-package';

export const PACKAGE_FORMAT = 'nianbao-report-package';
/** The newest package format this app reads. 2 = sections may be attachments (附件); a package
 * without attachments is still written as 1, so older copies of the app keep reading it. */
export const PACKAGE_VERSION = 2;

// The fields use the schemas the app validates its own output with (reports.list, reports.get): a
// package the app could not show again is refused before anything is written (issue 11.1).
const VersionEntrySchema = z.object({
  id: IdSchema,
  number: z.number().int(),
  kind: VersionKindSchema,
  name: z.string().nullable(),
  reason: z.string(),
  author: z.string(),
  status: ReportStatusSchema,
  checklistJson: z.string().nullable(),
  contentHash: z.string(),
  snapshotJson: z.string(),
  createdAt: z.string(),
});
const BodySchema = z.object({
  report: z.object({
    id: IdSchema,
    templateId: z.string().min(1).max(200),
    template: z.unknown(),
    title: TitleSchema,
    agency: AgencySchema,
    year: YearSchema,
    reportDate: IsoDateSchema.nullable(),
    status: ReportStatusSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  sections: z.array(SnapshotSectionSchema),
  versions: z.array(VersionEntrySchema),
  /** Suggestions and comments (issue 16); absent in packages of older apps. */
  review: PackageReviewSchema,
  /** Plan measures and answers (issue 18), 信息公开 cells and data field values (issue 17); absent in older packages. */
  ...PackageReportDataSchema,
});
export type PackageBody = z.infer<typeof BodySchema>;
const EnvelopeSchema = z.object({ format: z.string(), formatVersion: z.number(), checksum: z.string(), body: z.unknown() });

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const CORRUPT = '报告包已损坏（可能传输不完整），无法导入。本机数据未做任何改动。';
export const PACKAGE_BOMB = `报告包解压后异常庞大（超过 ${PACKAGE_LIMITS.maxTotal / 1024 / 1024} MB 或压缩比超过 ${PACKAGE_LIMITS.maxRatio}:1，可能是恶意构造的文件），已拒绝导入。本机数据未做任何改动。`;

/** One report and all its versions as gzip-compressed JSON with a checksum. */
export function writePackage(db: Db, access: ReportAccess, reportId: string): Buffer {
  const r = access.row(reportId);
  const versions = db.prepare('SELECT * FROM report_versions WHERE report_id = ? ORDER BY number').all(reportId) as VersionRow[];
  const body: PackageBody = {
    report: { ...rowToReport(r), template: JSON.parse(r.template_snapshot) },
    sections: takeSnapshot(db, access, reportId).sections,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      kind: v.kind,
      name: v.name,
      reason: v.reason,
      author: v.author,
      status: v.status,
      checklistJson: v.checklist_json,
      contentHash: v.content_hash,
      snapshotJson: v.snapshot_json,
      createdAt: v.created_at,
    })),
    review: reviewForPackage(db, reportId),
    ...reportDataForPackage(db, reportId),
  };
  const json = JSON.stringify(body);
  // Attachments anywhere (current text or a version) need format 2: an older app then asks to upgrade
  // instead of calling the file damaged.
  const attachments =
    body.sections.some((x) => x.kind === 'attachment') || body.versions.some((v) => v.snapshotJson.includes('"kind":"attachment"'));
  const formatVersion = attachments ? 2 : 1;
  return zlib.gzipSync(JSON.stringify({ format: PACKAGE_FORMAT, formatVersion, checksum: sha256(json), body: JSON.parse(json) }));
}

function rowToReport(r: ReportRow) {
  return {
    id: r.id,
    templateId: r.template_id,
    title: r.title,
    agency: r.agency,
    year: r.year,
    reportDate: r.report_date,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A package whose checksum is right but whose content the app would not write: names the field. */
export function invalidPackage(issue: { path: ReadonlyArray<PropertyKey>; message: string }): AppError {
  const field = issue.path.map(String).join('.');
  return new AppError(
    'INVALID_INPUT',
    `报告包的内容不符合要求（${field ? `字段 ${field}：` : ''}${issue.message}），无法导入。本机数据未做任何改动。`,
  );
}

/** Section content is checked with the schema sections.save uses (depth, size, shape). */
function checkContent(json: string, field: string): void {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw invalidPackage({ path: [field], message: '内容不是有效的 JSON' });
  }
  const parsed = RichTextStateSchema.safeParse(value);
  if (!parsed.success) throw invalidPackage({ path: [field], message: parsed.error.issues[0]!.message });
}

/** Reads and checks a package: a foreign file or a damaged one is refused with its own message. */
export function readPackage(data: Buffer): PackageBody {
  if (data.length < 2 || data[0] !== 0x1f || data[1] !== 0x8b)
    throw new AppError('INVALID_INPUT', '该文件不是年报的报告包（.nianbao 文件），无法导入。');
  // Inflation limited by the bytes really produced (streaming count first, then at most that many).
  const size = inflatedSizeOrRefuse('gzip', data, PACKAGE_LIMITS, { tooLarge: PACKAGE_BOMB, damaged: CORRUPT });
  let envelope: z.infer<typeof EnvelopeSchema>;
  try {
    envelope = EnvelopeSchema.parse(JSON.parse(zlib.gunzipSync(data, { maxOutputLength: Math.max(1, size) }).toString('utf8')));
  } catch {
    throw new AppError('INVALID_INPUT', CORRUPT);
  }
  if (envelope.format !== PACKAGE_FORMAT) throw new AppError('INVALID_INPUT', '该文件不是年报的报告包，无法导入。');
  if (envelope.formatVersion > PACKAGE_VERSION) throw new AppError('INVALID_INPUT', '该报告包由更新版本的年报导出，请先升级本程序。');
  if (sha256(JSON.stringify(envelope.body)) !== envelope.checksum) throw new AppError('INVALID_INPUT', CORRUPT);
  const body = BodySchema.safeParse(envelope.body);
  if (!body.success) throw invalidPackage(body.error.issues[0]!);
  const template = validateTemplate(body.data.report.template);
  const problem = reportDataProblem(body.data, template, body.data.sections);
  if (problem) throw invalidPackage(problem);
  body.data.sections.forEach((section, i) => checkContent(section.contentJson, `sections.${i}.contentJson`));
  body.data.versions.forEach((v, i) =>
    parseSnapshot(v.snapshotJson).sections.forEach((section, j) =>
      checkContent(section.contentJson, `versions.${i}.sections.${j}.contentJson`),
    ),
  );
  return body.data;
}

/** New ids for a second copy: the report, its sections (also inside each version), its versions. */
export function withNewIds(body: PackageBody): PackageBody {
  const ids = new Map(body.sections.map((s) => [s.id, randomUUID()]));
  const remap = (s: SnapshotSection): SnapshotSection => ({
    ...s,
    id: ids.get(s.id) ?? (ids.set(s.id, randomUUID()), ids.get(s.id)!),
    parentId: s.parentId ? (ids.get(s.parentId) ?? (ids.set(s.parentId, randomUUID()), ids.get(s.parentId)!)) : null,
  });
  const reportId = randomUUID();
  const sections = body.sections.map(remap);
  return {
    report: { ...body.report, id: reportId, title: `${body.report.title}（导入副本）` },
    sections,
    review: remapReview(body.review, reportId, (old) => ids.get(old) ?? old),
    ...remapReportData(body, (old) => ids.get(old) ?? old),
    versions: body.versions.map((v) => {
      const snapshot = parseSnapshot(v.snapshotJson);
      return { ...v, id: randomUUID(), snapshotJson: JSON.stringify({ ...snapshot, sections: snapshot.sections.map(remap) }) };
    }),
  };
}

import { countChars } from '../../../shared/rich-text';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { BackupService } from '../safety/backup';
import { ReportDetailSchema } from '../../../shared/report-schema';
import { invalidPackage, readPackage, withNewIds, writePackage, type PackageBody } from './report-package';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';
import type { VersionService } from '../versions/versions';
import { validateTemplate } from '../templates/templates';
import { insertReview } from '../review/review-package';
import { answersToMeasuresOf, insertReportData, keepLocalWhereAbsent, measureIdsInUse, restoreAnswers } from './report-data-package';

export type IfExists = 'ask' | 'keepBoth' | 'replace';

const safeName = (s: string) => s.replace(/[\\/:*?"<>|\r\n]+/g, '_').slice(0, 80);

function checkReadable(read: () => unknown): void {
  let detail: unknown;
  try {
    detail = read();
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError('INVALID_INPUT', `报告包的内容无法读取（${error.message}），无法导入。本机数据未做任何改动。`);
    throw new AppError('INVALID_INPUT', '报告包的内容无法读取，无法导入。本机数据未做任何改动。');
  }
  const parsed = ReportDetailSchema.safeParse(detail);
  if (!parsed.success) throw invalidPackage(parsed.error.issues[0]!);
}

/** Moving a report between PCs: export one report with its versions, import it elsewhere. */
export function createPackageService(
  db: Db,
  access: ReportAccess,
  reports: ReportService,
  versions: VersionService,
  backup: BackupService,
) {
  const insert = (body: PackageBody) => {
    const r = body.report;
    db.prepare(
      `INSERT INTO reports (id, template_id, template_snapshot, title, agency, year, report_date, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(r.id, r.templateId, JSON.stringify(r.template), r.title, r.agency, r.year, r.reportDate, r.status, r.createdAt, r.updatedAt);
    const section = db.prepare(
      `INSERT INTO sections (id, report_id, parent_id, kind, part_id, heading, position, required, marked_complete, content_json, plain_text, char_count, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ordered = [...body.sections.filter((s) => !s.parentId), ...body.sections.filter((s) => s.parentId)];
    for (const s of ordered) {
      section.run(
        s.id,
        r.id,
        s.parentId,
        s.kind,
        s.partId,
        s.heading,
        s.position,
        s.required ? 1 : 0,
        s.markedComplete ? 1 : 0,
        s.contentJson,
        s.plainText,
        countChars(s.plainText),
        r.updatedAt,
      );
    }
    const version = db.prepare(
      `INSERT INTO report_versions (id, report_id, number, kind, name, reason, author, status, checklist_json, content_hash, snapshot_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const v of body.versions) {
      version.run(
        v.id,
        r.id,
        v.number,
        v.kind,
        v.name,
        v.reason,
        v.author,
        v.status,
        v.checklistJson,
        v.contentHash,
        v.snapshotJson,
        v.createdAt,
      );
    }
    insertReview(db, r.id, body.review);
    insertReportData(db, r.id, body);
  };

  return {
    export(reportId: string) {
      const r = access.row(reportId);
      const data = writePackage(db, access, reportId);
      return { fileName: `${safeName(r.title)}.nianbao`, mimeType: 'application/octet-stream', base64: data.toString('base64') };
    },
    async import(data: Buffer, ifExists: IfExists) {
      let body = readPackage(data);
      const existing = db.prepare('SELECT title, status FROM reports WHERE id = ?').get(body.report.id) as
        { title: string; status: string } | undefined;
      if (existing && ifExists === 'ask') {
        throw new AppError('CONFLICT', `本机已有这份报告（“${existing.title}”）。请选择“保留两份”或“替换本机的报告”。`);
      }
      if (existing && ifExists === 'replace' && existing.status === 'final') {
        throw new AppError(
          'FORBIDDEN',
          `本机的“${existing.title}”已定稿，不能被报告包覆盖。可以选择“保留两份”，或先重新打开本机的报告（填写理由）再替换。`,
        );
      }
      // Another report of the same agency, kind and year (issue 10): importing it is a choice too.
      if (!existing && ifExists === 'ask') {
        reports.assertNoDuplicate(
          { agency: body.report.agency, year: body.report.year, kind: validateTemplate(body.report.template).kind },
          false,
        );
      }
      if (existing && ifExists === 'replace') await backup.create('pre-restore');
      if (existing && ifExists === 'keepBoth') body = withNewIds(body);
      const clash =
        body.sections.some((s) => db.prepare('SELECT report_id FROM sections WHERE id = ? AND report_id != ?').get(s.id, body.report.id)) ||
        measureIdsInUse(db, body, body.report.id);
      if (clash) body = withNewIds(body);
      db.transaction(() => {
        const replace = existing && ifExists === 'replace';
        const answers = replace ? answersToMeasuresOf(db, body.report.id) : [];
        if (replace) {
          const sectionIds = new Set(body.sections.map((s) => s.id));
          body = { ...body, ...keepLocalWhereAbsent(db, body.report.id, body, sectionIds) };
          db.prepare('DELETE FROM reports WHERE id = ?').run(body.report.id);
        }
        insert(body);
        restoreAnswers(db, answers);
        versions.create(body.report.id, { kind: 'import', reason: '从报告包导入' });
        // Read back what was written and check it with the schemas of reports.get and reports.list,
        // still inside the transaction: a report the app could not show is rolled back, not committed.
        checkReadable(() => reports.get(body.report.id));
      })();
      return {
        report: reports.get(body.report.id).report,
        replaced: Boolean(existing && ifExists === 'replace'),
        versions: body.versions.length,
      };
    },
  };
}

export type PackageService = ReturnType<typeof createPackageService>;

import { countChars } from '../../../shared/rich-text';
import type { Snapshot, SnapshotSection, VersionSummary } from '../../../shared/versions-schema';
import type { Db } from '../../db/connection';
import { AppError, notFound, sectionConflict } from '../app-error';
import type { ReportAccess } from '../reports/report-access';
import type { VersionService } from './versions';

/**
 * Restores a whole version or one section of it. The current state is kept as a version first, so
 * a restore can itself be undone.
 */
export function createRestoreService(db: Db, access: ReportAccess, versions: VersionService) {
  const insert = db.prepare(
    `INSERT INTO sections (id, report_id, parent_id, kind, part_id, heading, position, required, marked_complete, content_json, plain_text, char_count, revision, updated_at)
     VALUES (@id, @reportId, @parentId, @kind, @partId, @heading, @position, @required, @markedComplete, @contentJson, @plainText, @charCount, @revision, @now)`,
  );
  const insertSection = (reportId: string, s: SnapshotSection, now: string, position = s.position, revision = 0) =>
    insert.run({
      ...s,
      reportId,
      position,
      revision,
      required: s.required ? 1 : 0,
      markedComplete: s.markedComplete ? 1 : 0,
      charCount: countChars(s.plainText),
      now,
    });

  const restoreWhole = (reportId: string, snapshot: Snapshot, now: string) => {
    // Revisions only grow, so a window still showing the text before the restore gets CONFLICT.
    const before = db.prepare('SELECT id, revision FROM sections WHERE report_id = ?').all(reportId) as { id: string; revision: number }[];
    const top = Math.max(0, ...before.map((r) => r.revision));
    const revisions = new Map(before.map((r) => [r.id, r.revision]));
    const next = (s: SnapshotSection) => (revisions.get(s.id) ?? top) + 1;
    db.prepare('DELETE FROM sections WHERE report_id = ?').run(reportId);
    // Parents before children, so the foreign keys hold at every insert.
    for (const s of snapshot.sections.filter((x) => x.parentId === null)) insertSection(reportId, s, now, s.position, next(s));
    for (const s of snapshot.sections.filter((x) => x.parentId !== null)) insertSection(reportId, s, now, s.position, next(s));
    db.prepare('UPDATE reports SET title = ?, agency = ?, year = ?, report_date = ?, updated_at = ? WHERE id = ?').run(
      snapshot.title,
      snapshot.agency,
      snapshot.year,
      snapshot.reportDate,
      now,
      reportId,
    );
  };

  const restoreSection = (reportId: string, s: SnapshotSection, now: string) => {
    const exists = db.prepare('SELECT report_id FROM sections WHERE id = ?').get(s.id) as { report_id: string } | undefined;
    if (exists) {
      db.prepare(
        'UPDATE sections SET heading = ?, content_json = ?, plain_text = ?, char_count = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
      ).run(s.heading, s.contentJson, s.plainText, countChars(s.plainText), now, s.id);
    } else {
      if (s.parentId && !db.prepare('SELECT 1 FROM sections WHERE id = ?').get(s.parentId)) {
        throw new AppError('CONFLICT', `“${s.heading}”所在的上级部分已被删除，请先恢复整个版本或上级部分。`);
      }
      const last = db
        .prepare('SELECT MAX(position) AS p FROM sections WHERE report_id = ? AND parent_id IS ? AND kind = ?')
        .get(reportId, s.parentId, s.kind) as { p: number | null };
      insertSection(reportId, s, now, (last.p ?? -1) + 1);
    }
    db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(now, reportId);
  };

  return {
    restore(reportId: string, versionId: string, sectionId: string | null, baseRevision?: number): VersionSummary {
      access.assertEditable(reportId);
      const target = versions.get(versionId);
      if (target.reportId !== reportId) throw notFound('该版本');
      const snapshot = versions.snapshot(reportId, versionId);
      const section = sectionId ? snapshot.sections.find((s) => s.id === sectionId) : null;
      if (sectionId && !section) throw notFound('该版本中的这一部分');
      if (section && baseRevision !== undefined) {
        const current = db.prepare('SELECT revision FROM sections WHERE id = ?').get(section.id) as { revision: number } | undefined;
        if (current && current.revision !== baseRevision) throw sectionConflict(current.revision);
      }
      const what = section ? `“${section.heading}”` : '整个报告';
      return db.transaction(() => {
        const backup = versions.create(reportId, { kind: 'restore', reason: `把${what}恢复到第 ${target.number} 版之前的内容` });
        const now = new Date().toISOString();
        if (section) restoreSection(reportId, section, now);
        else restoreWhole(reportId, snapshot, now);
        return backup;
      })();
    },
  };
}

export type RestoreService = ReturnType<typeof createRestoreService>;

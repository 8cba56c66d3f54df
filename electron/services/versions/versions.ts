import { randomUUID } from 'node:crypto';
import { REPORT_STATUS_LABELS, REPORT_STATUSES, type ReportStatus } from '../../../shared/report-schema';
import { PublicChecklistSchema, type PublicChecklist, type VersionKind, type VersionSummary } from '../../../shared/versions-schema';
import type { Db } from '../../db/connection';
import { AppError, notFound } from '../app-error';
import type { ReportAccess } from '../reports/report-access';
import type { SettingsService } from '../settings';
import { contentHash, parseSnapshot, takeSnapshot } from './snapshots';

/** Editing counts as paused after this long without a save. */
export const EDIT_PAUSE_MS = 2 * 60_000;
/** At most one automatic version per this much editing time. */
export const AUTO_VERSION_GAP_MS = 5 * 60_000;

export interface VersionRow {
  id: string;
  report_id: string;
  number: number;
  kind: VersionKind;
  name: string | null;
  reason: string;
  author: string;
  status: ReportStatus;
  checklist_json: string | null;
  content_hash: string;
  snapshot_json: string;
  created_at: string;
}

const SUMMARY_COLUMNS = 'id, report_id, number, kind, name, reason, author, status, checklist_json, content_hash, created_at';

export function toVersionSummary(r: Omit<VersionRow, 'snapshot_json'>): VersionSummary {
  const checklist = r.checklist_json ? PublicChecklistSchema.safeParse(JSON.parse(r.checklist_json)) : null;
  return {
    id: r.id,
    reportId: r.report_id,
    number: r.number,
    kind: r.kind,
    name: r.name,
    reason: r.reason,
    author: r.author,
    status: r.status,
    checklist: checklist?.success ? checklist.data : null,
    createdAt: r.created_at,
  };
}

export interface CreateVersionOptions {
  kind: VersionKind;
  name?: string | null;
  reason?: string;
  checklist?: PublicChecklist | null;
}

export function createVersionService(db: Db, access: ReportAccess, settings: SettingsService, now: () => Date = () => new Date()) {
  const latest = (reportId: string) =>
    db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM report_versions WHERE report_id = ? ORDER BY number DESC LIMIT 1`).get(reportId) as
      Omit<VersionRow, 'snapshot_json'> | undefined;

  const create = (reportId: string, options: CreateVersionOptions): VersionSummary => {
    const snapshot = takeSnapshot(db, access, reportId);
    const id = randomUUID();
    db.transaction(() => {
      const number = ((latest(reportId)?.number ?? 0) as number) + 1;
      db.prepare(
        `INSERT INTO report_versions (id, report_id, number, kind, name, reason, author, status, checklist_json, content_hash, snapshot_json, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        reportId,
        number,
        options.kind,
        options.name ?? null,
        options.reason ?? '',
        settings.get().authorName,
        snapshot.status,
        options.checklist ? JSON.stringify(options.checklist) : null,
        contentHash(snapshot),
        JSON.stringify(snapshot),
        now().toISOString(),
      );
    })();
    return get(id);
  };

  const get = (versionId: string): VersionSummary => {
    const r = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM report_versions WHERE id = ?`).get(versionId) as VersionRow | undefined;
    if (!r) throw notFound('该版本');
    return toVersionSummary(r);
  };

  /** Every status change leaves a version, whichever way it was made (reopening a 定稿 included). */
  const recordStatusChange = (reportId: string, from: ReportStatus, to: ReportStatus, reason: string): VersionSummary => {
    const label = `${REPORT_STATUS_LABELS[from]} → ${REPORT_STATUS_LABELS[to]}`;
    return create(reportId, {
      kind: from === 'final' ? 'reopen' : 'status',
      name: to === 'final' ? '定稿' : null,
      reason: reason.trim() ? `${label}：${reason.trim()}` : label,
    });
  };

  return {
    create,
    get,
    list(reportId: string): VersionSummary[] {
      access.row(reportId);
      const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM report_versions WHERE report_id = ? ORDER BY number DESC`).all(reportId);
      return (rows as VersionRow[]).map(toVersionSummary);
    },
    snapshot(reportId: string, versionId: string) {
      const r = db.prepare('SELECT snapshot_json FROM report_versions WHERE id = ? AND report_id = ?').get(versionId, reportId) as
        { snapshot_json: string } | undefined;
      if (!r) throw notFound('该版本');
      return parseSnapshot(r.snapshot_json);
    },

    /**
     * Called before each section save. When the report was last edited long enough ago (a pause) and
     * has changed since its last version, the state reached at that pause becomes an automatic version.
     */
    beforeSectionSave(sectionId: string): VersionSummary | null {
      const section = db.prepare('SELECT report_id FROM sections WHERE id = ?').get(sectionId) as { report_id: string } | undefined;
      if (!section) return null;
      const report = access.row(section.report_id);
      if (report.status === 'final') return null;
      const t = now().getTime();
      const lastEdit = Date.parse(report.updated_at);
      const last = latest(report.id);
      const lastAt = last ? Date.parse(last.created_at) : -Infinity;
      if (t - lastEdit < EDIT_PAUSE_MS || t - lastAt < AUTO_VERSION_GAP_MS || lastAt >= lastEdit) return null;
      if (last && last.content_hash === contentHash(takeSnapshot(db, access, report.id))) return null;
      return create(report.id, { kind: 'auto', reason: '编辑暂停后自动保存' });
    },

    /**
     * 用我的版本覆盖 (issue 10): before one window's text replaces what another window saved, the
     * stored state is kept as a version, unless the latest version already holds exactly it.
     */
    keepBeforeOverwrite(sectionId: string): VersionSummary | null {
      const section = db.prepare('SELECT report_id, heading FROM sections WHERE id = ?').get(sectionId) as
        { report_id: string; heading: string } | undefined;
      if (!section) return null;
      const last = latest(section.report_id);
      if (last && last.content_hash === contentHash(takeSnapshot(db, access, section.report_id))) return null;
      return create(section.report_id, { kind: 'auto', reason: `“${section.heading}”被另一个窗口的内容覆盖前自动保留` });
    },

    /** Every export leaves a version; a second export of unchanged text reuses the last export version. */
    recordExport(reportId: string, checklist: PublicChecklist | null): VersionSummary {
      if (checklist) assertChecklistComplete(checklist);
      const last = latest(reportId);
      const unchanged = last && last.kind === 'export' && last.content_hash === contentHash(takeSnapshot(db, access, reportId));
      if (unchanged && (!checklist || last.checklist_json)) return toVersionSummary(last);
      return create(reportId, { kind: 'export', reason: checklist ? '公开发布前导出（已完成检查清单）' : '导出 Word 文件', checklist });
    },

    setStatus(reportId: string, status: ReportStatus, reason: string): VersionSummary {
      const from = access.row(reportId).status;
      if (from === status) throw new AppError('CONFLICT', `报告已经是“${REPORT_STATUS_LABELS[status]}”状态。`);
      const backwards = REPORT_STATUSES.indexOf(status) < REPORT_STATUSES.indexOf(from);
      if (backwards && !reason.trim()) throw new AppError('INVALID_INPUT', '退回上一状态时请填写理由。');
      return db.transaction(() => {
        db.prepare('UPDATE reports SET status = ?, updated_at = ? WHERE id = ?').run(status, now().toISOString(), reportId);
        return recordStatusChange(reportId, from, status, reason);
      })();
    },
    statusOf: (reportId: string): ReportStatus => access.row(reportId).status,
    recordStatusChange,
  };
}

function assertChecklistComplete(checklist: PublicChecklist): void {
  const missing = [
    checklist.secrecyReviewed ? null : '保密审查',
    checklist.disclosureDecided ? null : '公开属性认定',
    checklist.leaderSignedOff ? null : '主要负责人签批',
  ].filter(Boolean);
  if (missing.length) throw new AppError('INVALID_INPUT', `公开发布前须完成检查：${missing.join('、')}尚未确认。`);
}

export type VersionService = ReturnType<typeof createVersionService>;

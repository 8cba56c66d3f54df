import os from 'node:os';
import { fingerprintOf, type CheckReportResult, type ReportFinding } from '../../../shared/checks/api-schemas';
import { EMPTY_USER_LISTS, UserListsSchema, type CheckData, type UserLists } from '../../../shared/checks/data-schema';
import { runChecks, summarize } from '../../../shared/checks/engine';
import type { CheckContext, Finding } from '../../../shared/checks/types';
import { contextForReport, documentFromReport } from '../../../shared/checks/report-document';
import type { Db } from '../../db/connection';
import type { ReportService } from '../reports/reports';

interface IgnoreRow {
  fingerprint: string;
  ignored_by: string;
  ignored_at: string;
}

function currentUserName(): string {
  try {
    return os.userInfo().username || '本机用户';
  } catch {
    return '本机用户';
  }
}

/** Findings that other features derive for a report (e.g. what 沿用上年 still asks of the user). */
export type ExtraFindings = (reportId: string) => Finding[];

/** For a report made by 沿用上年: what the rule rollover.stale-year needs (null otherwise). */
export type RolloverInfo = (reportId: string) => CheckContext['rollover'];

export function createCheckService(
  db: Db,
  reports: Pick<ReportService, 'get'>,
  data: CheckData,
  extra: ExtraFindings = () => [],
  rolloverInfo: RolloverInfo = () => null,
) {
  const userLists = (): UserLists => {
    const row = db.prepare('SELECT body FROM check_user_lists WHERE id = 1').get() as { body: string } | undefined;
    if (!row) return EMPTY_USER_LISTS;
    // A JSON column read back is validated like any input; a damaged one falls back to empty lists.
    const parsed = UserListsSchema.safeParse(JSON.parse(row.body));
    return parsed.success ? parsed.data : EMPTY_USER_LISTS;
  };

  const saveUserLists = (lists: UserLists): UserLists => {
    db.prepare(
      `INSERT INTO check_user_lists (id, body, updated_at) VALUES (1, @body, @now)
       ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ).run({ body: JSON.stringify(lists), now: new Date().toISOString() });
    return lists;
  };

  const runReport = (reportId: string): CheckReportResult => {
    const detail = reports.get(reportId);
    const ctx = { ...contextForReport(detail, data, userLists()), rollover: rolloverInfo(reportId) };
    const findings = [...runChecks(documentFromReport(detail), ctx), ...extra(reportId)];
    const ignores = new Map(
      (db.prepare('SELECT fingerprint, ignored_by, ignored_at FROM check_ignores WHERE report_id = ?').all(reportId) as IgnoreRow[]).map(
        (r) => [r.fingerprint, { by: r.ignored_by, at: r.ignored_at }],
      ),
    );
    const withState: ReportFinding[] = findings.map((f) => {
      const fingerprint = fingerprintOf(f);
      return { ...f, fingerprint, ignored: ignores.get(fingerprint) ?? null };
    });
    const active = withState.filter((f) => f.ignored === null);
    return { findings: withState, summary: { ...summarize(active), ignored: withState.length - active.length } };
  };

  const ignore = (input: { reportId: string; fingerprint: string; rule: string; excerpt: string; by?: string }) => {
    reports.get(input.reportId);
    db.prepare(
      `INSERT INTO check_ignores (report_id, fingerprint, rule, excerpt, ignored_by, ignored_at)
       VALUES (@reportId, @fingerprint, @rule, @excerpt, @by, @at)
       ON CONFLICT (report_id, fingerprint) DO NOTHING`,
    ).run({ ...input, by: input.by || currentUserName(), at: new Date().toISOString() });
  };

  const unignore = (reportId: string, fingerprint: string) => {
    db.prepare('DELETE FROM check_ignores WHERE report_id = ? AND fingerprint = ?').run(reportId, fingerprint);
  };

  return { config: () => ({ data, user: userLists() }), userLists, saveUserLists, runReport, ignore, unignore };
}

export type CheckService = ReturnType<typeof createCheckService>;

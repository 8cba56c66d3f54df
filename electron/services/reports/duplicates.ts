import { REPORT_STATUS_LABELS } from '../../../shared/report-schema';
import { sameAgency, type DuplicateQuery } from '../../../shared/report-guards';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportAccess, ReportRow } from './report-access';

/**
 * Issue 10, point 6: a second report of the same agency, template kind and year is made only on
 * purpose. Every way of making a report (new, import, rollover) asks here first.
 */
export function createDuplicateFinder(db: Db, access: ReportAccess) {
  const find = (query: DuplicateQuery): ReportRow[] => {
    const rows = db.prepare('SELECT * FROM reports WHERE year = ? ORDER BY updated_at DESC').all(query.year) as ReportRow[];
    return rows.filter((r) => sameAgency(r.agency, query.agency) && access.templateOf(r).kind === query.kind);
  };

  /** Refuses with CONFLICT naming the existing report(s), unless the user already chose 仍然新建. */
  const assertNone = (query: DuplicateQuery, allowDuplicate: boolean): void => {
    if (allowDuplicate) return;
    const found = find(query);
    if (!found.length) return;
    const named = found
      .slice(0, 3)
      .map(
        (r) =>
          `“${r.title}”（${REPORT_STATUS_LABELS[r.status]}，最后修改 ${r.updated_at.slice(0, 10)}${r.note ? `，备注：${r.note}` : ''}）`,
      )
      .join('、');
    throw new AppError(
      'CONFLICT',
      `已有${query.agency}${query.year}年度的同类报告${named}。可以打开已有报告；如确需再建一份，请确认后继续，并填写备注以便区分。`,
    );
  };

  return { find, assertNone };
}

export type DuplicateFinder = ReturnType<typeof createDuplicateFinder>;

import { sectionParagraphs } from '../../../shared/checks/report-document';
import type { Finding } from '../../../shared/checks/types';
import type { GridState, TablesImportResult } from '../../../shared/gov-info/contract-gov-info';
import { parseTables, type SourceLine } from '../../../shared/gov-info/parse-tables';
import { govInfoFindings, withoutEmptyTableParts } from '../../../shared/gov-info/grid-findings';
import type { CheckReportResult } from '../../../shared/checks/api-schemas';
import { summarize } from '../../../shared/checks/engine';
import { CELL_BY_KEY, CellValueSchema, type CellValue, type GridValues } from '../../../shared/gov-info/tables';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';
import { readPlanSource } from '../plan/plan-read';

interface CellRow {
  cell: string;
  value: string;
}

/** The tables of a 政府信息公开工作年度报告 (issue 17): cells, last year's report, the findings. */
export function createGovInfoService(db: Db, access: ReportAccess, reports: Pick<ReportService, 'get'>) {
  const isGovInfo = (reportId: string) => access.template(reportId).kind === 'gov-info';

  const values = (reportId: string): GridValues => {
    const out: GridValues = {};
    for (const r of db.prepare('SELECT cell, value FROM gov_info_cells WHERE report_id = ?').all(reportId) as CellRow[]) {
      // A damaged row reads as empty (never as 0).
      let parsed: unknown;
      try {
        parsed = JSON.parse(r.value);
      } catch {
        continue;
      }
      const v = CellValueSchema.safeParse(parsed);
      if (v.success && CELL_BY_KEY.has(r.cell)) out[r.cell] = v.data;
    }
    return out;
  };

  /** Last year's 政府信息公开年报 of the same agency: the one with filled cells, most recently edited. */
  const lastYear = (reportId: string): GridState['lastYear'] => {
    const row = access.row(reportId);
    const candidates = db
      .prepare(
        `SELECT r.id, r.year, r.title, (SELECT COUNT(*) FROM gov_info_cells c WHERE c.report_id = r.id) AS cells
         FROM reports r WHERE r.agency = ? AND r.year = ? AND r.id <> ? ORDER BY cells DESC, r.updated_at DESC`,
      )
      .all(row.agency, row.year - 1, reportId) as Array<{ id: string; year: number; title: string; cells: number }>;
    const found = candidates.find((c) => c.cells > 0 && isGovInfo(c.id));
    return found ? { reportId: found.id, year: found.year, title: found.title, values: values(found.id) } : null;
  };

  const grids = (reportId: string): GridState => {
    access.row(reportId);
    return { reportId, values: values(reportId), lastYear: lastYear(reportId) };
  };

  const setCells = (reportId: string, cells: Record<string, CellValue | null>): GridState => {
    if (!isGovInfo(reportId)) throw new AppError('INVALID_INPUT', '只有政府信息公开工作年度报告才有统计表格。');
    access.assertEditable(reportId);
    const unknown = Object.keys(cells).filter((k) => !CELL_BY_KEY.has(k));
    if (unknown.length) throw new AppError('INVALID_INPUT', `表格中没有这个单元格：${unknown.slice(0, 3).join('、')}。`);
    const now = new Date().toISOString();
    db.transaction(() => {
      for (const [cell, value] of Object.entries(cells)) {
        if (value === null) db.prepare('DELETE FROM gov_info_cells WHERE report_id = ? AND cell = ?').run(reportId, cell);
        else
          db.prepare(
            `INSERT INTO gov_info_cells (report_id, cell, value, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (report_id, cell) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
          ).run(reportId, cell, JSON.stringify(value), now);
      }
      access.touch(reportId);
    })();
    return grids(reportId);
  };

  /** `table.` and `figures.` findings of a stored report (none for other kinds of report). */
  const findings = (reportId: string): Finding[] => {
    if (!isGovInfo(reportId)) return [];
    const detail = reports.get(reportId);
    const last = lastYear(reportId);
    return govInfoFindings({
      values: values(reportId),
      last: last ? { year: last.year, values: last.values } : null,
      sections: detail.sections,
      paragraphs: detail.sections.flatMap((s) => sectionParagraphs(s.id, s.content)),
    });
  };

  /** The tables of a published report read into this report's grids (cells read are set, the others kept). */
  const importTables = async (reportId: string, source: Parameters<typeof readPlanSource>[0]): Promise<TablesImportResult> => {
    if (!isGovInfo(reportId)) throw new AppError('INVALID_INPUT', '只有政府信息公开工作年度报告才有统计表格。');
    access.assertEditable(reportId);
    const result = importLines(reportId, await readPlanSource(source));
    if (result.placed === 0 && result.unplaced.length === 0)
      throw new AppError(
        'INVALID_INPUT',
        '没有找到政府信息公开年度报告的表格：请确认文件中有表二、表三或表四（Word 表格，或以制表符、竖线分隔的行）。',
      );
    return result;
  };

  /**
   * Lines already read (a table row with its cells) into the report's grids: what `importTables`
   * does after reading its file, and what the importer does with the tables of an imported report.
   */
  const importLines = (reportId: string, lines: readonly SourceLine[]): TablesImportResult => {
    const parsed = parseTables(lines);
    const state = parsed.placed > 0 ? setCells(reportId, parsed.values) : grids(reportId);
    return { state, placed: parsed.placed, unplaced: parsed.unplaced, notes: parsed.notes, format: parsed.format };
  };

  /** The report's check result without 「还没有内容」 for parts that hold a filled table. */
  const adjustReport = (reportId: string, result: CheckReportResult): CheckReportResult => {
    if (!isGovInfo(reportId)) return result;
    const kept = withoutEmptyTableParts(result.findings, reports.get(reportId).sections, values(reportId));
    if (kept.length === result.findings.length) return result;
    const active = kept.filter((f) => f.ignored === null);
    return { findings: kept, summary: { ...summarize(active), ignored: kept.length - active.length } };
  };

  return { values, grids, setCells, findings, lastYear, importTables, importLines, adjustReport };
}

export type GovInfoService = ReturnType<typeof createGovInfoService>;

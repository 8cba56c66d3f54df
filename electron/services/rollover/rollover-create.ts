import { randomUUID } from 'node:crypto';
import { roleOfTemplatePart } from '../../../shared/import/map-parts';
import { markFigures, shiftHeadingYears } from '../../../shared/rollover/figures';
import { planSectionIds } from '../../../shared/rollover/stale-years';
import { extractPlanItems } from '../../../shared/rollover/plan-items';
import type { ReportDetail, Section } from '../../../shared/report-schema';
import { countChars, toPlainText } from '../../../shared/rich-text';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';

/** 「沿用上年」: a new report with last year's agency, template, structure and text, marked for updating. */

function shiftDate(date: string | null, delta: number): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  // 29 February has no match in most years: use the 28th.
  const day = m === 2 && d === 29 ? 28 : d!;
  return `${y! + delta}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function planSources(sections: Section[], templateId: string) {
  const plans = sections.find((s) => s.kind === 'part' && s.partId && roleOfTemplatePart(templateId, s.partId) === 'plans');
  if (!plans) return [];
  const subs = sections.filter((s) => s.parentId === plans.id).sort((a, b) => a.position - b.position);
  return [{ heading: null, content: plans.content }, ...subs.map((s) => ({ heading: s.heading, content: s.content }))];
}

export function createRollover(db: Db, access: ReportAccess, reports: ReportService) {
  const insertSection = db.prepare(
    `INSERT INTO sections (id, report_id, parent_id, kind, part_id, heading, position, required, marked_complete, content_json, plain_text, char_count, revision, updated_at)
     VALUES (@id, @reportId, @parentId, @kind, @partId, @heading, @position, @required, 0, @content, @plain, @chars, 0, @now)`,
  );
  const insertCarry = db.prepare(
    'INSERT INTO section_carryover (section_id, report_id, source_text, carried_revision) VALUES (?, ?, ?, 0)',
  );
  const insertItem = db.prepare('INSERT INTO plan_items (id, report_id, position, text, updated_at) VALUES (?, ?, ?, ?, ?)');

  /** Copies every section, parents first (the foreign key on parent_id), figures marked. Returns the counts. */
  const copySections = (source: ReportDetail, reportId: string, delta: number, now: string) => {
    const from = source.report.year;
    const newIds = new Map(source.sections.map((s) => [s.id, randomUUID()]));
    const ordered = [...source.sections].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    const plans = new Set(planSectionIds(source.sections, source.template.id));
    let figures = 0;
    let carriedParts = 0;
    for (const s of ordered) {
      const marked = markFigures(s.content);
      const plain = toPlainText(marked.state);
      insertSection.run({
        id: newIds.get(s.id),
        reportId,
        parentId: s.parentId ? newIds.get(s.parentId) : null,
        kind: s.kind,
        partId: s.partId,
        heading: s.kind === 'opening' ? s.heading : shiftHeadingYears(s.heading, from, delta, plans.has(s.id)),
        position: s.position,
        required: s.required ? 1 : 0,
        content: JSON.stringify(marked.state),
        plain,
        chars: countChars(plain),
        now,
      });
      insertCarry.run(newIds.get(s.id), reportId, s.plainText);
      figures += marked.count;
      if (countChars(s.plainText) > 0) carriedParts += 1;
    }
    return { figures, carriedParts };
  };

  return (sourceId: string, year: number, options: { allowDuplicate?: boolean; note?: string } = {}) => {
    const source = reports.get(sourceId);
    const from = source.report.year;
    if (year <= from) throw new AppError('INVALID_INPUT', `新报告的年度应晚于上年报告的年度（${from}年）。`);
    reports.assertNoDuplicate({ agency: source.report.agency, year, kind: source.report.kind }, options.allowDuplicate ?? false);
    const delta = year - from;
    const row = access.row(sourceId);
    const id = randomUUID();
    const now = new Date().toISOString();
    const items = extractPlanItems(planSources(source.sections, source.template.id));
    const counts = db.transaction(() => {
      db.prepare(
        `INSERT INTO reports (id, template_id, template_snapshot, title, agency, year, report_date, status, created_at, updated_at, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?)`,
      ).run(
        id,
        row.template_id,
        row.template_snapshot,
        shiftHeadingYears(source.report.title, from, delta),
        row.agency,
        year,
        shiftDate(row.report_date, delta),
        now,
        now,
        options.note ?? '',
      );
      const copied = copySections(source, id, delta, now);
      items.forEach((text, i) => insertItem.run(randomUUID(), id, i, text, now));
      db.prepare('INSERT INTO rollovers (report_id, source_report_id, source_year, created_at) VALUES (?, ?, ?, ?)').run(
        id,
        sourceId,
        from,
        now,
      );
      return copied;
    })();
    return { id, carriedParts: counts.carriedParts, figures: counts.figures, planItems: items.length };
  };
}

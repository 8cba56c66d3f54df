import { clearFigureMarks, countMarkedFigures } from '../../../shared/rollover/figures';
import {
  SIMILARITY_WARNING_SHARE,
  type CarriedPart,
  type PlanItem,
  type PlanItemStatus,
  type RolloverDiff,
  type RolloverStatus,
} from '../../../shared/rollover/rollover-schema';
import { blockText, toBlocks } from '../../../shared/rich-text';
import { attachmentsOf, sectionsInReadingOrder } from '../../../shared/outline';
import type { Db } from '../../db/connection';
import { AppError, notFound } from '../app-error';
import type { ReportService } from '../reports/reports';
import type { SectionService } from '../sections/sections';
import { unchangedShare } from '../../../shared/rollover/unchanged-share';
import { diffTexts } from './similarity';
import { planSectionIds, staleYearItems } from '../../../shared/rollover/stale-years';
import { replaceInState } from '../../../shared/rollover/replace-in-state';

interface CarryRow {
  section_id: string;
  source_text: string;
  carried_revision: number;
  confirmed: number;
}
interface ItemRow {
  id: string;
  report_id: string;
  text: string;
  status: PlanItemStatus;
  section_id: string | null;
  paragraph: number | null;
  excerpt: string;
  reason: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
/** Parts shorter than this are not judged for copying: a one-line part is often legitimately the same. */
const MIN_CHARS_FOR_SIMILARITY = 50;

const toItem = (r: ItemRow): PlanItem => ({
  id: r.id,
  text: r.text,
  status: r.status,
  sectionId: r.section_id,
  paragraph: r.paragraph,
  excerpt: r.excerpt,
  reason: r.reason,
});

export function createRolloverStatus(db: Db, reports: ReportService, sections: SectionService) {
  const carryRow = (sectionId: string) => {
    const r = db.prepare('SELECT * FROM section_carryover WHERE section_id = ?').get(sectionId) as CarryRow | undefined;
    if (!r) throw new AppError('NOT_FOUND', '这一部分不是从上年报告沿用的，没有可比较的上年文字。');
    return r;
  };

  const status = (reportId: string): RolloverStatus => {
    const detail = reports.get(reportId);
    const roll = db.prepare('SELECT * FROM rollovers WHERE report_id = ?').get(reportId) as
      { source_report_id: string; source_year: number } | undefined;
    const carries = new Map(
      (db.prepare('SELECT * FROM section_carryover WHERE report_id = ?').all(reportId) as CarryRow[]).map((c) => [c.section_id, c]),
    );
    const parts: CarriedPart[] = [];
    // Attachments (e.g. last year's statistics table) are carried over too and need the same review.
    const inOrder = [...sectionsInReadingOrder(detail.sections).map((e) => e.section), ...attachmentsOf(detail.sections)];
    for (const section of inOrder) {
      const carry = carries.get(section.id);
      if (!carry) continue;
      const share = unchangedShare(carry.source_text, section.plainText);
      const state = carry.confirmed ? 'confirmed' : section.revision > carry.carried_revision ? 'edited' : 'stale';
      const similar = share >= SIMILARITY_WARNING_SHARE && section.charCount >= MIN_CHARS_FOR_SIMILARITY;
      parts.push({
        sectionId: section.id,
        heading: section.heading,
        state,
        lastYearShare: share,
        figures: countMarkedFigures(section.content),
        similar,
      });
    }
    const items = (db.prepare('SELECT * FROM plan_items WHERE report_id = ? ORDER BY position').all(reportId) as ItemRow[]).map(toItem);
    const warnings = [
      ...parts
        .filter((p) => p.state === 'stale' && p.lastYearShare > 0)
        .map((p) => `“${p.heading}”仍是上年的文字（待更新），请修改或确认。`),
      ...parts
        .filter((p) => p.similar)
        .map((p) => `“${p.heading}”与上年报告有 ${percent(p.lastYearShare)} 的文字相同（内容雷同），请按本年度情况改写。`),
      ...parts.filter((p) => p.figures > 0).map((p) => `“${p.heading}”中还有 ${p.figures} 处上年数据未核实。`),
      ...items.filter((i) => i.status === 'open').map((i) => `上年计划事项“${i.text}”尚未说明落实情况。`),
    ];
    const planIds = roll ? planSectionIds(detail.sections, detail.template.id) : [];
    const staleYears = roll ? staleYearItems(inOrder, detail.report.year, planIds) : [];
    if (staleYears.length > 0) warnings.unshift(`还有 ${staleYears.length} 处年份仍是上年报告的年份，请逐处确认顺延或修改。`);
    return {
      sourceReportId: roll?.source_report_id ?? null,
      sourceYear: roll?.source_year ?? null,
      parts,
      planItems: items,
      warnings,
      staleYears,
      planSectionIds: planIds,
    };
  };

  /**
   * Moves the confirmed years on (2025 → 2026 in the body, 2026 → 2027 in the plans). A part still
   * 待更新 stays 待更新: moving its years is not yet rewriting it.
   */
  const confirmYears = (reportId: string, ids: readonly string[]) => {
    const wanted = new Set(ids);
    const chosen = status(reportId).staleYears.filter((item) => wanted.has(item.id));
    const bySection = new Map<string, typeof chosen>();
    for (const item of chosen) bySection.set(item.sectionId, [...(bySection.get(item.sectionId) ?? []), item]);
    const full = new Map(sections.listFull(reportId).map((s) => [s.id, s]));
    db.transaction(() => {
      for (const [sectionId, list] of bySection) {
        const section = full.get(sectionId);
        if (!section) continue;
        const edits = list.map((i) => ({ paragraph: i.paragraph, start: i.start, end: i.end, expected: i.text, text: i.replacement }));
        const { state, applied } = replaceInState(section.content, edits);
        if (applied === 0) continue;
        const carry = db.prepare('SELECT * FROM section_carryover WHERE section_id = ?').get(sectionId) as CarryRow | undefined;
        const saved = sections.save(sectionId, state);
        if (carry && carry.carried_revision === section.revision) {
          db.prepare('UPDATE section_carryover SET carried_revision = ? WHERE section_id = ?').run(saved.revision, sectionId);
        }
      }
    })();
    return status(reportId);
  };

  const diff = (sectionId: string): RolloverDiff => {
    const carry = carryRow(sectionId);
    const section = sections
      .listFull((db.prepare('SELECT report_id FROM sections WHERE id = ?').get(sectionId) as { report_id: string }).report_id)
      .find((s) => s.id === sectionId)!;
    const chunks = diffTexts(carry.source_text, section.plainText);
    return {
      heading: section.heading,
      lastYear: carry.source_text,
      current: section.plainText,
      share: unchangedShare(carry.source_text, section.plainText),
      chunks,
    };
  };

  const confirmSection = (sectionId: string) => {
    carryRow(sectionId);
    const reportId = (db.prepare('SELECT report_id FROM sections WHERE id = ?').get(sectionId) as { report_id: string }).report_id;
    sections.assertEditable(reportId);
    const section = sections.listFull(reportId).find((s) => s.id === sectionId)!;
    db.transaction(() => {
      if (countMarkedFigures(section.content) > 0) sections.save(sectionId, clearFigureMarks(section.content));
      db.prepare('UPDATE section_carryover SET confirmed = 1 WHERE section_id = ?').run(sectionId);
    })();
    return status(reportId);
  };

  const markPlanItem = (input: {
    id: string;
    status: PlanItemStatus;
    sectionId: string | null;
    paragraph: number | null;
    reason: string;
  }) => {
    const item = db.prepare('SELECT * FROM plan_items WHERE id = ?').get(input.id) as ItemRow | undefined;
    if (!item) throw notFound('该计划事项');
    sections.assertEditable(item.report_id);
    let excerpt = '';
    if (input.status === 'reported') {
      const section = sections.listFull(item.report_id).find((s) => s.id === input.sectionId);
      if (!section) throw new AppError('INVALID_INPUT', '所选部分不属于这份报告。');
      const block = toBlocks(section.content)[input.paragraph!];
      if (!block) throw new AppError('INVALID_INPUT', '所选段落不存在，请重新选择。');
      excerpt = blockText(block).slice(0, 60);
    }
    const reported = input.status === 'reported';
    db.prepare('UPDATE plan_items SET status = ?, section_id = ?, paragraph = ?, excerpt = ?, reason = ?, updated_at = ? WHERE id = ?').run(
      input.status,
      reported ? input.sectionId : null,
      reported ? input.paragraph : null,
      excerpt,
      input.status === 'not-done' ? input.reason : '',
      new Date().toISOString(),
      input.id,
    );
    return toItem(db.prepare('SELECT * FROM plan_items WHERE id = ?').get(input.id) as ItemRow);
  };

  /** What the check rule rollover.stale-year needs; null for a report not made by 沿用上年. */
  const checkInfo = (reportId: string) => {
    const roll = db.prepare('SELECT 1 FROM rollovers WHERE report_id = ?').get(reportId);
    if (!roll) return null;
    const detail = reports.get(reportId);
    return { planSectionIds: planSectionIds(detail.sections, detail.template.id) };
  };

  return { status, diff, confirmSection, markPlanItem, confirmYears, checkInfo };
}

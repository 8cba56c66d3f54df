import { matchSubsection } from '../../../shared/import/match-subsection';
import { countIssues, parsePlan } from '../../../shared/plan/parse-plan';
import type { ParsedPart, ParsedPlan } from '../../../shared/plan/plan-import-schema';
import { stateFromParagraphs } from '../../../shared/rich-text';
import type { Template } from '../../../shared/template-schema';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportService } from '../reports/reports';
import type { SectionService } from '../sections/sections';
import type { TemplateService } from '../templates/templates';
import type { PlanMeasures } from './plan-measures';
import { readPlanSource } from './plan-read';

interface Deps {
  db: Db;
  templates: TemplateService;
  reports: ReportService;
  sections: SectionService;
  measures: PlanMeasures;
}

const TEMPLATE_OF_KIND = { plan: 'fazhi-work-plan', points: 'fazhi-work-points' } as const;

/**
 * Imports a 工作计划/工作要点 (issue 18): preview = the parsed plan with every item it could not
 * split marked; save = the user's corrected preview written as a plan report — 总体要求 and
 * 保障措施 into their parts, each aspect a subsection of 主要任务 with its structured measures.
 */
export function createPlanImport({ db, templates, reports, sections, measures }: Deps) {
  const preview = async (source: Parameters<typeof readPlanSource>[0]) => {
    const lines = await readPlanSource(source);
    if (!lines.some((l) => l.text.trim())) throw new AppError('INVALID_INPUT', '没有可导入的文字：文件或粘贴的内容是空的。');
    const plan = parsePlan(lines);
    if (plan.aspects.length === 0) {
      throw new AppError('INVALID_INPUT', '没有识别出计划的措施：请确认导入的是工作计划或工作要点（含“一、”“1.”等编号或任务表）。');
    }
    return { plan, issues: countIssues(plan) };
  };

  /** Fills a template part with imported text; its level-2 headings become its subsections. */
  const fillPart = (reportId: string, partSectionId: string, part: ParsedPart, template: Template, partId: string) => {
    const subs = template.parts.find((p) => p.id === partId)?.subsections ?? [];
    sections.save(partSectionId, stateFromParagraphs(part.paragraphs));
    if (part.children.length === 0) return;
    for (const s of sections.summaries(reportId).filter((x) => x.parentId === partSectionId)) sections.remove(s.id);
    for (const child of part.children) {
      const added = sections.add(reportId, partSectionId, child.heading, matchSubsection(child.heading, subs));
      sections.save(added.id, stateFromParagraphs(child.paragraphs));
    }
  };

  const save = (input: { plan: ParsedPlan; agency: string; year: number; templateId: string | null }) => {
    const template = templates.get(input.templateId ?? TEMPLATE_OF_KIND[input.plan.kind]);
    if (template.kind !== 'work-plan') throw new AppError('INVALID_INPUT', '请选择工作计划或工作要点模板。');
    const tasks = template.parts.find((p) => p.measureItems);
    if (!tasks) throw new AppError('INVALID_INPUT', `模板“${template.name}”没有列措施的部分。`);
    const { plan } = input;
    return db.transaction(() => {
      const detail = reports.create({ templateId: template.id, agency: input.agency, year: input.year, reportDate: null });
      const id = detail.report.id;
      if (plan.title) reports.update({ id, title: plan.title });
      const partSection = (partId: string) => detail.sections.find((s) => s.kind === 'part' && s.partId === partId);
      sections.save(detail.sections.find((s) => s.kind === 'opening')!.id, stateFromParagraphs(plan.opening));
      const requirements = partSection('requirements');
      if (plan.requirements && requirements) fillPart(id, requirements.id, plan.requirements, template, 'requirements');
      const safeguards = partSection('safeguards');
      if (plan.safeguards && safeguards) fillPart(id, safeguards.id, plan.safeguards, template, 'safeguards');
      const tasksSection = partSection(tasks.id)!;
      for (const s of detail.sections.filter((x) => x.parentId === tasksSection.id)) sections.remove(s.id);
      for (const aspect of plan.aspects) {
        const heading = aspect.heading || '主要任务';
        const added = sections.add(id, tasksSection.id, heading, matchSubsection(heading, tasks.subsections));
        if (aspect.paragraphs.length) sections.save(added.id, stateFromParagraphs(aspect.paragraphs));
        measures.saveSection(
          added.id,
          aspect.measures.map((m) => ({
            text: m.text,
            leadUnit: m.leadUnit,
            units: m.units,
            deadline: m.deadline,
            indicator: m.indicator,
          })),
        );
      }
      for (const other of plan.others) {
        const added = sections.add(id, null, other.heading, null);
        sections.save(added.id, stateFromParagraphs(other.paragraphs));
      }
      return { id, measures: plan.aspects.reduce((n, a) => n + a.measures.length, 0) };
    })();
  };

  return { preview, save };
}

export type PlanImport = ReturnType<typeof createPlanImport>;

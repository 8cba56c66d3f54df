import type { planContract } from '../../../shared/plan/contract-plan';
import type { Db } from '../../db/connection';
import type { Handlers } from '../handlers';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';
import type { SectionService } from '../sections/sections';
import type { SettingsService } from '../settings';
import type { TemplateService } from '../templates/templates';
import { localToday } from '../versions/handlers-versions';
import { createPlanChecklist } from './plan-checklist';
import { createPlanDeadlines } from './plan-deadlines';
import { createPlanImport } from './plan-import';
import { createPlanMeasures } from './plan-measures';

interface Deps {
  db: Db;
  access: ReportAccess;
  reports: ReportService;
  sections: SectionService;
  templates: TemplateService;
  settings: SettingsService;
}

/** The plan services (issue 18) and their handlers. */
export function createPlanServices(d: Deps) {
  const measures = createPlanMeasures(d.db, d.access, d.sections);
  const checklist = createPlanChecklist(d.db, d.reports, measures);
  const importer = createPlanImport({ db: d.db, templates: d.templates, reports: d.reports, sections: d.sections, measures });
  const deadlines = createPlanDeadlines(d.reports, measures, d.settings);
  const handlers: Pick<Handlers, keyof typeof planContract> = {
    'plan.measures': ({ reportId }) => (d.reports.get(reportId), measures.list(reportId)),
    'plan.saveMeasures': ({ sectionId, measures: list }) => measures.saveSection(sectionId, list),
    'plan.markMeasure': ({ id, status, reason }) => measures.mark(id, status, reason),
    'plan.checklist': ({ reportId }) => checklist.checklist(reportId),
    'plan.confirmAnswer': (input) => checklist.confirmAnswer(input),
    'plan.importPreview': ({ source }) => importer.preview(source),
    'plan.importSave': (input) => importer.save(input),
    'plan.deadlines': ({ today }) => deadlines.list(today ?? localToday()),
  };
  return { measures, checklist, handlers };
}

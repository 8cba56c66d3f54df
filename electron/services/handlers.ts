import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/contract';
import type { CoreOptions } from './core';
import type { ExportService } from './export/export-service';
import type { ExportSettingsStore } from './export/settings-store';
import type { ReportService } from './reports';
import type { SectionService } from './sections';
import type { TemplateService } from './templates';

/** Inputs arrive already validated by the contract (defaults applied). */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

interface Services {
  templates: TemplateService;
  reports: ReportService;
  sections: SectionService;
  info: Pick<CoreOptions, 'dbPath' | 'host' | 'version'>;
  exporter: ExportService;
  exportSettings: ExportSettingsStore;
}

const ok = { ok: true } as const;

export function createHandlers({ templates, reports, sections, info, exporter, exportSettings }: Services): Handlers {
  return {
    'app.getInfo': () => ({ version: info.version, host: info.host, dbPath: info.dbPath }),
    'templates.list': () => templates.list(),
    'templates.get': ({ id }) => templates.get(id),
    'templates.copy': ({ id, name }) => templates.copy(id, name),
    'templates.save': ({ template }) => templates.save(template),
    'templates.delete': ({ id }) => (templates.delete(id), ok),
    'templates.importFile': ({ content }) => templates.importFile(content),
    'templates.exportFile': ({ id }) => templates.exportFile(id),

    'reports.list': () => reports.list(),
    'reports.get': ({ id }) => reports.get(id),
    'reports.create': (input) => reports.create(input),
    'reports.update': (input) => reports.update(input),
    'reports.delete': ({ id }) => (reports.delete(id), ok),

    'sections.save': ({ id, content }) => sections.save(id, content),
    'sections.add': ({ reportId, parentId, heading, partId }) => sections.add(reportId, parentId, heading, partId),
    'sections.rename': ({ id, heading }) => sections.rename(id, heading),
    'sections.move': ({ id, direction }) => sections.move(id, direction),
    'sections.remove': ({ id }) => (sections.remove(id), ok),
    'sections.setComplete': ({ id, complete }) => sections.setComplete(id, complete),

    'export.docx': ({ reportId }) => exporter.file(reportId, 'docx'),
    'export.getSettings': ({ reportId }) => exportSettings.get(reportId),
    'export.saveSettings': ({ reportId, settings }) => exportSettings.save(reportId, settings),
    'export.pdf': ({ reportId }) => exporter.file(reportId, 'pdf'),
    'export.html': ({ reportId }) => exporter.file(reportId, 'html'),
  };
}

/** The API's method names, without their schemas: the Electron preload needs only these. */
export const API_METHODS = [
  'app.getInfo',
  'templates.list',
  'templates.get',
  'templates.copy',
  'templates.save',
  'templates.delete',
  'templates.importFile',
  'templates.exportFile',
  'reports.list',
  'reports.get',
  'reports.create',
  'reports.update',
  'reports.delete',
  'sections.save',
  'sections.add',
  'sections.rename',
  'sections.move',
  'sections.remove',
  'sections.setComplete',
  'export.docx',
  'export.getSettings',
  'export.saveSettings',
  'export.pdf',
  'export.html',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

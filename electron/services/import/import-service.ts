import { analyzeImport, blocksFromText } from '../../../shared/import/analyze';
import type { ImportedSection, ImportKind, ImportPreview, PartRole, SourceBlock } from '../../../shared/import/import-schema';
import { roleOfTemplatePart } from '../../../shared/import/map-parts';
import { matchSubsection } from '../../../shared/import/match-subsection';
import { contentLines, stateFromLines } from '../../../shared/import/section-content';
import { stateFromParagraphs } from '../../../shared/rich-text';
import type { Template, TemplatePart } from '../../../shared/template-schema';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportService } from '../reports/reports';
import type { SectionService } from '../sections/sections';
import type { TemplateService } from '../templates/templates';
import { readSource } from './read-source';
import { blocksFromHtml } from '../../../shared/import/pasted-html';
import { toSimplified } from './traditional';
import type { ExportSettingsStore } from '../export/settings-store';
import type { GovInfoService } from '../gov-info/gov-info-service';
import type { TablesImportResult } from '../../../shared/gov-info/contract-gov-info';
import { govInfoTableLines, withoutGovInfoTables } from '../../../shared/import/gov-info-lines';

export type ImportSource =
  { type: 'file'; fileName: string; base64: string } | { type: 'text'; text: string } | { type: 'html'; html: string; text: string };

export interface ImportOptions {
  templateId?: string | null;
  roles?: ReadonlyArray<PartRole | null> | null;
  kind?: ImportKind | null;
  /** Import a traditional-character source converted to simplified characters. */
  simplify?: boolean;
}

export interface SaveOverrides {
  title?: string;
  agency?: string;
  year?: number;
  reportDate?: string | null;
  /** The user chose 仍然新建 although a report of the same agency, kind and year exists (issue 10). */
  allowDuplicate?: boolean;
  note?: string;
}

interface Deps {
  db: Db;
  templates: TemplateService;
  reports: ReportService;
  sections: SectionService;
  /** Where the source's layout (run-in headings, 特此报告) is kept for the new report. */
  exportSettings?: ExportSettingsStore;
  /** Reads the tables of an imported 政府信息公开工作年度报告 into the new report's grids. */
  govInfo?: Pick<GovInfoService, 'importLines'>;
}

/** What the tables of an imported 政府信息公开工作年度报告 put into its grids (as `govinfo.importTables` reports it). */
export type ImportedTables = Omit<TablesImportResult, 'state'>;

export function createImportService({ db, templates, reports, sections, exportSettings, govInfo }: Deps) {
  const templateParts = (id: string) => {
    try {
      return templates.get(id);
    } catch {
      return null;
    }
  };

  const blocksOf = async (source: ImportSource): Promise<SourceBlock[]> => {
    if (source.type === 'text') return blocksFromText(source.text);
    if (source.type === 'html') {
      const blocks = blocksFromHtml(source.html, blocksFromText);
      // HTML that yields no text (an image, a widget) falls back to the plain text of the clipboard.
      return blocks.some((b) => b.text.trim()) ? blocks : blocksFromText(source.text);
    }
    return readSource(source.fileName, Buffer.from(source.base64, 'base64'));
  };

  const preview = async (source: ImportSource, options: ImportOptions): Promise<ImportPreview> => {
    const blocks = await blocksOf(source);
    if (!blocks.some((b) => b.text.trim())) throw new AppError('INVALID_INPUT', '没有可导入的文字：文件或粘贴的内容是空的。');
    if (options.templateId && !templateParts(options.templateId)) throw new AppError('NOT_FOUND', '所选模板不存在。');
    const analyse = (b: SourceBlock[], o: ImportOptions) =>
      analyzeImport(b, { templateId: o.templateId, roles: o.roles, kind: o.kind, templateParts });
    const simplified = toSimplified(blocks);
    if (!simplified) return analyse(blocks, options);
    // Traditional characters: the structure, kind and year are read from the simplified text; the
    // user chooses whether the report keeps the original characters or takes the converted text.
    const converted = { ...analyse(simplified, options), traditional: true };
    if (options.simplify) return { ...converted, simplified: true };
    const original = analyse(blocks, {
      ...options,
      templateId: options.templateId ?? converted.template,
      roles: options.roles ?? converted.sections.map((s) => s.part),
      kind: options.kind ?? converted.kind,
    });
    return {
      ...original,
      kindConfidence: converted.kindConfidence,
      kindReasons: converted.kindReasons,
      year: original.year ?? converted.year,
      date: original.date ?? converted.date,
      suggestions: converted.suggestions.length === original.suggestions.length ? original.suggestions : converted.suggestions,
      traditional: true,
      simplified: false,
      warnings: [
        '原文是繁体字：已转换为简体字来识别结构、类型和年度；导入的正文保留繁体原文，可选择“转换为简体字导入”。',
        ...original.warnings,
      ],
    };
  };

  /** Fills a report part from its source part(s): level-2 headings become subsections when allowed. */
  const fillPart = (
    reportId: string,
    partSectionId: string,
    sources: ImportedSection[],
    allowSubs: boolean,
    templateSubs: TemplatePart['subsections'] = [],
  ) => {
    const [first, ...merged] = sources;
    if (!allowSubs) {
      // Everything goes into the part's text, one level down; a merged part's heading becomes an h3.
      const extra = merged.flatMap((m) => [{ text: m.heading, heading: 3 as const }, ...contentLines(m, 2)]);
      sections.save(partSectionId, stateFromLines([...contentLines(first!, 1), ...extra]));
      return;
    }
    const keep = (c: ImportedSection) => c.level === 2;
    sections.save(partSectionId, stateFromLines(contentLines(first!, 0, keep)));
    const subs = [
      ...first!.children.filter(keep).map((c) => ({ heading: c.heading, lines: contentLines(c, 0) })),
      // A second source part mapped to the same template part becomes a subsection of it.
      ...merged.map((m) => ({ heading: m.heading, lines: contentLines(m, 1) })),
    ];
    const used = new Set<string>();
    for (const sub of subs) {
      // Matching a template subsection brings its guidance along; each is used once.
      const match = matchSubsection(
        sub.heading,
        templateSubs.filter((t) => !used.has(t.id)),
      );
      if (match) used.add(match);
      const added = sections.add(reportId, partSectionId, sub.heading, match);
      sections.save(added.id, stateFromLines(sub.lines));
    }
  };

  /**
   * Which source parts fill which template part: the first part of a role and the parts right after
   * it with the same role (「二、」「三、」 both 主要举措 → one part with two subsections). A part of
   * that role further down, after other parts, stays a part of its own where it stood.
   */
  const assignParts = (template: Template, found: ImportPreview) => {
    const partRoles = new Set(template.parts.map((p) => roleOfTemplatePart(template.id, p.id)));
    const assigned = new Map<PartRole, ImportedSection[]>();
    let previous: PartRole | null = null;
    for (const section of found.sections) {
      const role = section.part !== null && partRoles.has(section.part) ? section.part : null;
      const group = role ? assigned.get(role) : undefined;
      if (role && !group) assigned.set(role, [section]);
      else if (role && group && previous === role) group.push(section);
      previous = role && (!group || previous === role) ? role : null;
    }
    return assigned;
  };

  const writeSections = (reportId: string, template: Template, found: ImportPreview) => {
    const extras = new Set<string>();
    const assigned = assignParts(template, found);
    const list = sections.listFull(reportId);
    const opening = list.find((s) => s.kind === 'opening')!;
    sections.save(
      opening.id,
      found.opening.length
        ? stateFromLines(found.opening.map((text, i) => ({ text, heading: null, table: found.openingTables?.[String(i)] })))
        : stateFromParagraphs([]),
    );
    const landed = new Map<ImportedSection, string>();
    for (const section of list.filter((s) => s.kind === 'part')) {
      const role = section.partId ? roleOfTemplatePart(template.id, section.partId) : null;
      const sources = role === null ? [] : (assigned.get(role) ?? []);
      if (!sources.length) continue;
      list.filter((s) => s.parentId === section.id).forEach((s) => sections.remove(s.id));
      sections.rename(section.id, sources[0]!.heading);
      const part = template.parts.find((p) => p.id === section.partId);
      fillPart(reportId, section.id, sources, part?.allowSubsections ?? true, part?.subsections);
      sources.forEach((src) => landed.set(src, section.id));
    }
    const taken = new Set([...assigned.values()].flat());
    // Parts that fit no template part are kept as extra parts, never dropped.
    for (const extra of found.sections.filter((s) => !taken.has(s))) {
      const added = sections.add(reportId, null, extra.heading, null);
      fillPart(reportId, added.id, [extra], true);
      landed.set(extra, added.id);
      extras.add(added.id);
    }
    keepSourceOrder(
      reportId,
      found.sections.map((s) => landed.get(s) ?? null),
      extras,
    );
  };

  /**
   * An extra part stays where it stood in the source (「五、对上级的意见建议」 before 「六、其他……」),
   * right after the part that preceded it; the template's parts keep their mandated order.
   */
  const keepSourceOrder = (reportId: string, sourceOrder: Array<string | null>, extras: Set<string>) => {
    const parts = sections
      .listFull(reportId)
      .filter((s) => s.kind === 'part' && s.parentId === null)
      .sort((a, b) => a.position - b.position);
    const ordered = parts.filter((p) => !extras.has(p.id)).map((p) => p.id);
    let previous: string | null = null;
    for (const id of sourceOrder) {
      if (id === null) continue;
      if (extras.has(id) && !ordered.includes(id)) ordered.splice(previous === null ? 0 : ordered.indexOf(previous) + 1, 0, id);
      previous = id;
    }
    const positions = parts.map((p) => p.position);
    const update = db.prepare('UPDATE sections SET position = ? WHERE id = ?');
    ordered.forEach((id, i) => update.run(positions[i], id));
  };

  const save = async (source: ImportSource, options: ImportOptions, overrides: SaveOverrides) => {
    const found = await preview(source, options);
    const year = overrides.year ?? found.year;
    const agency = overrides.agency ?? found.agency;
    if (year === null) throw new AppError('INVALID_INPUT', '没有识别出报告年度，请选择年度后再导入。');
    if (!agency) throw new AppError('INVALID_INPUT', '没有识别出单位名称，请填写单位名称后再导入。');
    const template = templates.get(found.template);
    let tables: ImportedTables | null = null;
    const id = db.transaction(() => {
      const detail = reports.create({
        templateId: template.id,
        agency,
        year,
        reportDate: overrides.reportDate ?? found.date,
        allowDuplicate: overrides.allowDuplicate,
        note: overrides.note,
      });
      const title = overrides.title ?? found.title;
      if (title) reports.update({ id: detail.report.id, title });
      const lines = detail.template.kind === 'gov-info' && govInfo ? govInfoTableLines(found.sections) : [];
      if (lines.length) {
        // The figures of the tables in parts 二、三、四 land in the grids; rows not placed are listed.
        const { state: _state, ...read } = govInfo!.importLines(detail.report.id, lines);
        tables = read;
      }
      // Tables read whole into the grids are not kept in the text as well (the export prints the grids).
      const fullyRead = tables !== null && tables.placed > 0 && tables.unplaced.length === 0;
      writeSections(detail.report.id, detail.template, fullyRead ? { ...found, sections: withoutGovInfoTables(found.sections) } : found);
      if (exportSettings) {
        // What comes in goes out: run-in headings, the closing formula and the closing as the source had them.
        const current = exportSettings.get(detail.report.id);
        exportSettings.save(detail.report.id, { ...current, ...found.layout });
      }
      return detail.report.id;
    })();
    return { id, preview: found, tables };
  };

  return { preview, save };
}

export type ImportService = ReturnType<typeof createImportService>;

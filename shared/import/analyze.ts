import { cleanDebris } from './clean-debris';
import { parseChineseDate, recogniseAgency, suggestTemplate } from './classify-document';
import { classifyKind } from './classify-kind';
import { reportYearOf } from './report-year';
import { suggestParts } from './suggest-parts';
import { splitRawLine } from './headings';
import {
  IMPORT_KIND_LABELS,
  type ImportedSection,
  type ImportKind,
  type ImportPreview,
  type PartRole,
  type SourceBlock,
} from './import-schema';
import { roleOfHeading, roleOfTemplatePart } from './map-parts';
import { govInfoTableLines } from './gov-info-lines';
import { parseTables } from '../gov-info/parse-tables';
import { normalizeParagraph } from './normalize-text';
import { parseStructure } from './parse-structure';
import { splitCombinedParts } from './split-combined';
import { pipeCells, rowCells, tableFromRows, tableText, type ImportTable } from './import-table';

/**
 * The whole import analysis, pure: raw paragraphs in, the preview out. The Node side only reads
 * bytes into paragraphs; the dialog, the CLI and the save path all run this one function.
 */

export interface TemplateParts {
  id: string;
  /** The template's kind (`gov-info`: its parts are read as those of a 政府信息公开工作年度报告). */
  kind?: string;
  parts: ReadonlyArray<{ id: string; required: boolean }>;
}

export interface AnalyzeOptions {
  /** Template chosen by the user; otherwise the one that suits the kind and agency. */
  templateId?: string | null;
  /** The user's corrections: role per level-1 section index (null = keep as extra section). */
  roles?: ReadonlyArray<PartRole | null> | null;
  /** The kind as the user corrected it. */
  kind?: ImportKind | null;
  templateParts: (id: string) => TemplateParts | null;
}

function prepareTable(block: SourceBlock & { table: ImportTable }): SourceBlock {
  const rows = block.table.rows.map((r) => r.map((c) => ({ ...c, text: c.text.split('\n').map(normalizeParagraph).join('\n') })));
  const table = { rows };
  return { text: tableText(table), style: null, table };
}

function prepare(raw: SourceBlock[]): SourceBlock[] {
  return raw.flatMap((block) => {
    if (block.table) return [prepareTable({ ...block, table: block.table })];
    return (block.style === null ? splitRawLine(block.text) : [block.text])
      .map((text) => ({ style: block.style, text: normalizeParagraph(text) }))
      .filter((b) => b.text.length > 0);
  });
}

/** 「2025年，某县自然资源局认真贯彻……」: the agency that opens the text. */
function agencyOfOpening(line: string): string {
  return /^\d{4}年(?:度)?[，,]\s*([^，,。；]{2,30}?(?:人民政府|局|委员会|办公室|厅|院|中心|署))/u.exec(line)?.[1] ?? '';
}

function kindWarnings(kind: ImportPreview['kind']): string[] {
  // The annual reports with a template of their own (a 政府信息公开年报 has `gov-info-annual`).
  if (kind === 'fazhi-annual' || kind === 'yifa-report' || kind === 'gov-info') return [];
  return [`这份文稿看起来是“${IMPORT_KIND_LABELS[kind]}”，不是年度报告：导入后请核对结构和模板。`];
}

/** Roles by meaning, combined parts split, then the user's corrections (by index, as previewed). */
function mapParts(
  sections: ImportedSection[],
  roles: AnalyzeOptions['roles'],
  govInfo: boolean,
): { sections: ImportedSection[]; split: string[] } {
  sections.forEach((section) => (section.part = roleOfHeading(section.heading, govInfo)));
  const combined = splitCombinedParts(sections);
  combined.sections.forEach((section, i) => {
    const chosen = roles?.[i];
    if (chosen !== undefined) section.part = chosen;
  });
  return combined;
}

function missingRoles(template: TemplateParts | null, sections: ImportedSection[]): PartRole[] {
  const mapped = new Set(sections.map((s) => s.part));
  return (template?.parts ?? [])
    .filter((p) => p.required)
    .map((p) => roleOfTemplatePart(template!.id, p.id))
    .filter((role): role is PartRole => role !== null && !mapped.has(role));
}

interface WarningFacts {
  kind: ImportKind;
  split: string[];
  title: string;
  year: number | null;
  agency: string;
  sections: ImportedSection[];
  removed: string[];
}

function warningsOf(f: WarningFacts): string[] {
  return [
    ...kindWarnings(f.kind),
    ...f.split,
    ...(f.title ? [] : ['没有识别出标题，请在导入后填写。']),
    ...(f.year === null ? ['没有识别出报告年度，请在导入前选择。'] : []),
    ...(f.agency ? [] : ['没有识别出单位名称，请在导入前填写。']),
    ...f.sections.filter((s) => s.part === null).map((s) => `“${s.heading}”没有对应的模板部分，将作为新增部分保留。`),
    ...(f.removed.length ? [`已清除网页残留内容 ${f.removed.length} 处：${f.removed.slice(0, 5).join('、')}`] : []),
  ];
}

/** What the tables of parts 二、三、四 will put into the grids of a 政府信息公开年报, and the rows they cannot. */
function tableWarnings(sections: ImportedSection[]): string[] {
  const lines = govInfoTableLines(sections);
  if (!lines.length) return [];
  const parsed = parseTables(lines);
  return [
    `表格中的 ${parsed.placed} 个数字将填入统计表格（表二至表四），导入后请在表格中核对。`,
    ...parsed.unplaced.map((u) => `表格中的一行没有填入统计表格：“${u.text.replace(/\t/gu, ' ')}”（${u.reason}）`),
  ];
}

/** The cleaned source, paragraph by paragraph: the title as one paragraph, navigation before it left out. */
function cleanedSource(blocks: SourceBlock[], parsed: ReturnType<typeof parseStructure>): string[] {
  const range = parsed.titleRange;
  if (!range) return blocks.map((b) => b.text);
  const before = blocks.slice(0, range.start).map((b) => b.text);
  const navigation = new Set(parsed.preamble);
  return [...before.filter((t) => !navigation.has(t)), parsed.title, ...blocks.slice(range.end).map((b) => b.text)];
}

/** An agency-like signature line: the whole of it names who reports (「××市××区人民政府」). */
const AGENCY_LIKE = /(人民政府|政府|局|委员会|委|办公室|办|厅|院|中心|署|所|队|会|部|党组|公司)$/u;

export function analyzeImport(raw: SourceBlock[], options: AnalyzeOptions): ImportPreview {
  const cleaned = cleanDebris(raw);
  const blocks = prepare(cleaned.blocks);
  const parsed = parseStructure(blocks);
  const text = blocks.map((b) => b.text).join('\n');
  const levelOne = parsed.sections.map((s) => s.heading);
  // The first lines of text: the opening, else the first part's paragraphs (a page that starts at 「一、总体情况」).
  const firstLines = [...parsed.opening, ...parsed.sections.slice(0, 1).flatMap((s) => s.paragraphs)].slice(0, 12);
  const classified = classifyKind({ title: parsed.title, lines: [...parsed.preamble, ...firstLines], headings: levelOne, text });
  const kind = options.kind ?? classified.kind;
  const meta = cleaned.metadata;
  const date = parseChineseDate(parsed.dateText) ?? parseChineseDate(meta['成文日期'] ?? meta['发文日期'] ?? meta['发布日期']);
  // The signature is taken whole: 「××市××区人民政府」 is the agency, not 「××区」 read off the title.
  const signature = parsed.signature;
  const agency =
    signature && AGENCY_LIKE.test(signature)
      ? signature
      : recogniseAgency(parsed.title, signature, meta) || agencyOfOpening(firstLines[0] ?? '');
  const year = reportYearOf({ title: parsed.title, headings: levelOne, lines: firstLines, date });
  const templateId = options.templateId ?? suggestTemplate(kind, agency);
  const template = options.templateParts(templateId);
  const govInfo = template ? template.kind === 'gov-info' || templateId === 'gov-info-annual' : kind === 'gov-info';
  const { sections, split } = mapParts(parsed.sections, options.roles, govInfo);
  const removed = [...parsed.preamble, ...cleaned.removed];
  return {
    kind,
    kindConfidence: classified.confidence,
    kindReasons: classified.reasons,
    title: parsed.title,
    agency,
    year,
    date,
    template: templateId,
    opening: parsed.opening,
    openingTables: parsed.openingTables,
    sections,
    signature,
    metadata: meta,
    missingParts: missingRoles(template, sections),
    suggestions: suggestParts(sections),
    layout: {
      runInHeadings: parsed.runIn.runOn > 0 && parsed.runIn.runOn >= parsed.runIn.alone,
      closingPhrase: parsed.closingPhrase,
      closing: signature !== null || parsed.dateText !== null,
    },
    traditional: false,
    simplified: false,
    warnings: [
      ...warningsOf({ kind, split, title: parsed.title, year, agency, sections, removed }),
      ...(govInfo ? tableWarnings(sections) : []),
    ],
    removed,
    // The cleaned source: what the report will say, paragraph by paragraph (navigation before the title left out).
    sourceLines: cleanedSource(blocks, parsed),
  };
}

/**
 * Plain or pasted text: one paragraph per line. Consecutive tab-separated lines (a table copied
 * from a web page or Word) and 「|」 rows become one table block.
 */
export function blocksFromText(text: string): SourceBlock[] {
  const lines = text.split(/\r\n|\r|\n/u);
  const out: SourceBlock[] = [];
  for (let i = 0; i < lines.length;) {
    const rows: string[][] = [];
    const pipes = pipeCells(lines[i]!) !== null;
    let j = i;
    for (; j < lines.length; j += 1) {
      const cells = pipes ? pipeCells(lines[j]!) : rowCells(lines[j]!);
      if (!cells || (pipes && pipeCells(lines[j]!) === null)) break;
      rows.push(cells);
    }
    if (rows.length >= 2 || (pipes && rows.length === 1)) {
      const table = tableFromRows(rows);
      out.push({ text: tableText(table), style: null, table });
      i = j;
    } else {
      out.push({ text: lines[i]!, style: null });
      i += 1;
    }
  }
  return out;
}

import { cleanDebris } from './clean-debris';
import { parseChineseDate, recogniseAgency, recogniseKind, recogniseYear, suggestTemplate } from './classify-document';
import { splitRawLine } from './headings';
import { IMPORT_KIND_LABELS, type ImportPreview, type PartRole, type SourceBlock } from './import-schema';
import { roleOfHeading, roleOfTemplatePart } from './map-parts';
import { normalizeParagraph } from './normalize-text';
import { parseStructure } from './parse-structure';
import { splitCombinedParts } from './split-combined';

/**
 * The whole import analysis, pure: raw paragraphs in, the preview out. The Node side only reads
 * bytes into paragraphs; the dialog, the CLI and the save path all run this one function.
 */

export interface TemplateParts {
  id: string;
  parts: ReadonlyArray<{ id: string; required: boolean }>;
}

export interface AnalyzeOptions {
  /** Template chosen by the user; otherwise the one that suits the kind and agency. */
  templateId?: string | null;
  /** The user's corrections: role per level-1 section index (null = keep as extra section). */
  roles?: ReadonlyArray<PartRole | null> | null;
  templateParts: (id: string) => TemplateParts | null;
}

function prepare(raw: SourceBlock[]): SourceBlock[] {
  return raw.flatMap((block) =>
    (block.style === null ? splitRawLine(block.text) : [block.text])
      .map((text) => ({ style: block.style, text: normalizeParagraph(text) }))
      .filter((b) => b.text.length > 0),
  );
}

function kindWarnings(kind: ImportPreview['kind']): string[] {
  if (kind === 'fazhi-annual' || kind === 'yifa-report') return [];
  return [`这份文稿看起来是“${IMPORT_KIND_LABELS[kind]}”，不是年度报告：导入后请核对结构和模板。`];
}

export function analyzeImport(raw: SourceBlock[], options: AnalyzeOptions): ImportPreview {
  const cleaned = cleanDebris(raw);
  const blocks = prepare(cleaned.blocks);
  const parsed = parseStructure(blocks);
  const allText = blocks.map((b) => b.text).join('\n');
  const kind = recogniseKind(parsed.title, allText);
  const date =
    parseChineseDate(parsed.dateText) ??
    parseChineseDate(cleaned.metadata['成文日期'] ?? cleaned.metadata['发文日期'] ?? cleaned.metadata['发布日期']);
  const agency = recogniseAgency(parsed.title, parsed.signature, cleaned.metadata);
  const year = recogniseYear(parsed.title, parsed.opening[0] ?? '', date);
  const templateId = options.templateId ?? suggestTemplate(kind, agency);
  const template = options.templateParts(templateId);
  parsed.sections.forEach((section) => (section.part = roleOfHeading(section.heading)));
  const combined = splitCombinedParts(parsed.sections);
  parsed.sections = combined.sections;
  // The user's corrections refer to the parts as the preview showed them (after splitting).
  parsed.sections.forEach((section, i) => {
    const chosen = options.roles?.[i];
    if (chosen !== undefined) section.part = chosen;
  });
  const mapped = new Set(parsed.sections.map((s) => s.part));
  const missingParts = (template?.parts ?? [])
    .filter((p) => p.required)
    .map((p) => roleOfTemplatePart(templateId, p.id))
    .filter((role): role is PartRole => role !== null && !mapped.has(role));
  const warnings = [
    ...kindWarnings(kind),
    ...combined.split,
    ...(parsed.title ? [] : ['没有识别出标题，请在导入后填写。']),
    ...(year === null ? ['没有识别出报告年度，请在导入前选择。'] : []),
    ...(agency ? [] : ['没有识别出单位名称，请在导入前填写。']),
    ...parsed.sections.filter((s) => s.part === null).map((s) => `“${s.heading}”没有对应的模板部分，将作为新增部分保留。`),
    ...(cleaned.removed.length + parsed.preamble.length > 0
      ? [
          `已清除网页残留内容 ${cleaned.removed.length + parsed.preamble.length} 处：${[...parsed.preamble, ...cleaned.removed].slice(0, 5).join('、')}`,
        ]
      : []),
  ];
  return {
    kind,
    title: parsed.title,
    agency,
    year,
    date,
    template: templateId,
    opening: parsed.opening,
    sections: parsed.sections,
    signature: parsed.signature,
    metadata: cleaned.metadata,
    missingParts,
    warnings,
    sourceLines: blocks.map((b) => b.text),
  };
}

/** Plain or pasted text: one paragraph per line. */
export function blocksFromText(text: string): SourceBlock[] {
  return text.split(/\r\n|\r|\n/u).map((line) => ({ text: line, style: null }));
}

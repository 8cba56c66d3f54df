import type { Guidance, Template, TemplateKind, TemplateSubsection } from '../../../shared/template-schema';

/**
 * The editor's working copy of a template. Lists of guidance are kept as the text of their
 * textarea (one item per line) so that typing an empty line does not vanish under the cursor; they
 * become arrays again only when the draft is saved.
 */
export interface GuidanceDraft {
  summary: string;
  mustContain: string;
  typicalTopics: string;
  pitfalls: string;
}

export interface SubsectionDraft {
  /** React key; stable while the user edits the id. */
  key: string;
  id: string;
  heading: string;
  createByDefault: boolean;
  /** Not edited on this screen, but kept so that saving does not lose it. */
  guidance?: Guidance;
}

export interface PartDraft {
  key: string;
  id: string;
  heading: string;
  required: boolean;
  allowSubsections: boolean;
  guidance: GuidanceDraft;
  subsections: SubsectionDraft[];
  /** A plan's part that lists structured measures (issue 18); kept through editing. */
  measureItems?: boolean;
}

export interface TemplateDraft {
  id: string;
  name: string;
  kind: TemplateKind;
  description: string;
  titlePattern: string;
  allowExtraParts: boolean;
  fixedPartOrder: boolean;
  openingGuidance: GuidanceDraft;
  closingGuidance: GuidanceDraft;
  parts: PartDraft[];
  /** The template's data fields (issue 17); not edited here, kept through editing. */
  fields?: Template['fields'];
}

export const KIND_LABELS: Record<TemplateKind, string> = {
  'fazhi-annual': '法治政府建设年度报告',
  'yifa-report': '依法行政工作报告',
  'work-plan': '工作计划',
  'gov-info': '政府信息公开年度报告',
  other: '其他',
};

let keyCounter = 0;
const nextKey = () => `k${(keyCounter += 1)}`;

export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const guidanceToDraft = (g: Guidance): GuidanceDraft => ({
  summary: g.summary,
  mustContain: g.mustContain.join('\n'),
  typicalTopics: g.typicalTopics.join('\n'),
  pitfalls: g.pitfalls.join('\n'),
});

const guidanceFromDraft = (g: GuidanceDraft): Guidance => ({
  summary: g.summary.trim(),
  mustContain: linesOf(g.mustContain),
  typicalTopics: linesOf(g.typicalTopics),
  pitfalls: linesOf(g.pitfalls),
});

const subToDraft = (s: TemplateSubsection): SubsectionDraft => ({ ...s, key: nextKey() });

export function toDraft(t: Template): TemplateDraft {
  return {
    ...t,
    openingGuidance: guidanceToDraft(t.openingGuidance),
    closingGuidance: guidanceToDraft(t.closingGuidance),
    parts: t.parts.map((p) => ({
      ...p,
      key: nextKey(),
      guidance: guidanceToDraft(p.guidance),
      subsections: p.subsections.map(subToDraft),
    })),
  };
}

/** The template as it is sent to `templates.save`; the core validates it and names any bad field. */
export function fromDraft(d: TemplateDraft): Template {
  return {
    schemaVersion: 1,
    id: d.id,
    name: d.name.trim(),
    kind: d.kind,
    description: d.description.trim(),
    titlePattern: d.titlePattern.trim(),
    openingGuidance: guidanceFromDraft(d.openingGuidance),
    closingGuidance: guidanceFromDraft(d.closingGuidance),
    allowExtraParts: d.allowExtraParts,
    fixedPartOrder: d.fixedPartOrder,
    parts: d.parts.map((p) => ({
      id: p.id.trim(),
      heading: p.heading.trim(),
      required: p.required,
      allowSubsections: p.allowSubsections,
      guidance: guidanceFromDraft(p.guidance),
      subsections: p.subsections.map(({ key: _key, ...s }) => ({ ...s, id: s.id.trim(), heading: s.heading.trim() })),
      ...(p.measureItems === undefined ? {} : { measureItems: p.measureItems }),
    })),
    ...(d.fields === undefined ? {} : { fields: d.fields }),
  };
}

/** The first `${prefix}-N` not taken, so a new part or subsection gets an id the schema accepts. */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const candidate = `${prefix}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

export function newPart(existing: readonly PartDraft[]): PartDraft {
  return {
    key: nextKey(),
    id: freshId(
      'part',
      existing.map((p) => p.id),
    ),
    heading: '',
    required: false,
    allowSubsections: true,
    guidance: { summary: '', mustContain: '', typicalTopics: '', pitfalls: '' },
    subsections: [],
  };
}

export function newSubsection(existing: readonly SubsectionDraft[]): SubsectionDraft {
  return {
    key: nextKey(),
    id: freshId(
      'sub',
      existing.map((s) => s.id),
    ),
    heading: '',
    createByDefault: false,
  };
}

const ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

/** Checks a part id as the user types it, before the core sees it. */
export function partIdProblem(id: string, parts: readonly PartDraft[]): string | null {
  const trimmed = id.trim();
  if (!ID_PATTERN.test(trimmed)) return '编号只能使用小写字母、数字和连字符，并以字母开头（最长 64 个字符）';
  if (parts.filter((p) => p.id.trim() === trimmed).length > 1) return `编号“${trimmed}”与其他部分重复`;
  return null;
}

/** Moves an item one step up or down; the list is returned unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (target < 0 || target >= items.length) return [...items];
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

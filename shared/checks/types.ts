import type { TemplateKind } from '../template-schema';
import { z } from '../z';
import type { CheckData, UserLists } from './data-schema';

export const CHECK_CATEGORIES = ['标点', '序号', '数字与日期', '用词', '固定表述', '结构', '一致性'] as const;
export const CheckCategorySchema = z.enum(CHECK_CATEGORIES);
export type CheckCategory = z.infer<typeof CheckCategorySchema>;

export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;
export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', suggestion: '建议' };

/**
 * One finding. The location is a paragraph of a section and a character range (UTF-16 code units,
 * as the editor and JavaScript strings count) inside that paragraph's text; `fix`, when present,
 * replaces exactly that range.
 */
export const FindingSchema = z.object({
  rule: z.string(),
  name: z.string(),
  category: CheckCategorySchema,
  severity: SeveritySchema,
  sectionId: z.string(),
  /** -1: the section's heading (with sectionId '' : the report's title). */
  paragraph: z.number().int().min(-1),
  start: z.number().int().min(0),
  length: z.number().int().min(0),
  excerpt: z.string(),
  message: z.string(),
  fix: z.string().nullable(),
  /** What the rule rests on (a standard, a regulation, 常见错别字, a cited document). */
  basis: z.string().optional(),
  /** The flagged characters themselves (what 「误报，加入词表」 adds to the user's word list). */
  flagged: z.string().optional(),
  /** The table cells involved (`t3:new:total` …; 政府信息公开年报, issue 17). */
  cells: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

/** What a paragraph is, so rules can treat the title, headings and the signature differently. */
export type ParagraphRole = 'title' | 'heading' | 'body' | 'signature' | 'date';

export interface CheckParagraph {
  sectionId: string;
  /** Index of the paragraph inside its section (for plain text: the 0-based line number). */
  index: number;
  text: string;
  role: ParagraphRole;
}

/** A section of a report in the database; plain text has none (its structure is read from headings). */
export interface CheckSection {
  id: string;
  /** 0 opening, 1 part, 2 subsection. */
  level: 0 | 1 | 2;
  heading: string;
  partId: string | null;
  required: boolean;
  charCount: number;
  /** An attachment (附件): its own numbering starts at any level (a list of 「1.」 items is normal there). */
  attachment?: boolean;
}

export interface TemplatePartInfo {
  id: string;
  heading: string;
  required: boolean;
}

export interface CheckDocument {
  paragraphs: CheckParagraph[];
  sections: CheckSection[] | null;
  title: string | null;
  signature: string | null;
  /** ISO date of the report (成文日期) if known. */
  date: string | null;
}

export interface CheckContext {
  /** The year reported on. */
  year: number | null;
  kind: TemplateKind | null;
  /** Parts of the template to check the structure against (null: no structure check). */
  parts: TemplatePartInfo[] | null;
  data: CheckData;
  user: UserLists;
  /** Set for a report made by 沿用上年 (issue 12): its plan sections, for the rule rollover.stale-year. */
  rollover?: { planSectionIds: readonly string[] } | null;
}

/** What a rule reports before the engine adds the rule's identity and the excerpt. */
export interface Hit {
  start: number;
  length: number;
  message: string;
  fix?: string | null;
  severity?: Severity;
  /** Overrides the rule's basis for this hit (a typo entry's source, a cited document). */
  basis?: string;
  /** Defaults to the paragraph being checked. */
  paragraph?: CheckParagraph;
}

/** What a rule rests on, shown beside each finding: a standard, a regulation, a word list, a cited document. */
export type RuleBasis = string;

interface RuleBase {
  id: string;
  name: string;
  category: CheckCategory;
  severity: Severity;
  /** The standard or source the rule rests on (GB/T 15834-2011, 常见错别字 …). */
  basis?: RuleBasis;
  /**
   * Text the rule leaves alone: `tables` — table blocks and the 信息公开 table row labels;
   * `quotes` — quotations of other documents, which keep their own wording: 'titles' 《…》 only,
   * 'all' also “…” and 「…」.
   */
  skip?: { tables?: boolean; quotes?: 'all' | 'titles' };
}

/** Looks at one paragraph alone: these run live in the editor on the paragraph being typed. */
export interface ParagraphRule extends RuleBase {
  scope: 'paragraph';
  check(p: CheckParagraph, ctx: CheckContext): Hit[];
}

/** Needs the whole document (sequences, consistency, structure). */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(doc: CheckDocument, ctx: CheckContext): Hit[];
}

export type Rule = ParagraphRule | DocumentRule;

import { DOCUMENT_RULES, PARAGRAPH_RULES } from './registry';
import type { CheckContext, CheckDocument, CheckParagraph, Finding, Hit, Rule, Severity } from './types';
import { basisOf, skipOf } from './rule-meta';
import { inRanges, isTableLike, quotedRanges } from './zones';

const EXCERPT_CONTEXT = 8;
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, suggestion: 2 };

function toFinding(rule: Rule, hit: Hit, p: CheckParagraph): Finding {
  const from = Math.max(0, hit.start - EXCERPT_CONTEXT);
  const to = Math.min(p.text.length, hit.start + hit.length + EXCERPT_CONTEXT);
  return {
    rule: rule.id,
    name: rule.name,
    category: rule.category,
    severity: hit.severity ?? rule.severity,
    sectionId: p.sectionId,
    paragraph: p.index,
    start: hit.start,
    length: hit.length,
    excerpt: p.text.slice(from, to),
    message: hit.message,
    fix: hit.fix ?? null,
    basis: hit.basis ?? basisOf(rule),
    flagged: p.text.slice(hit.start, hit.start + hit.length),
  };
}

/** Categories whose findings a user may silence with their word list (never punctuation or numbering). */
export const WORD_LIST_CATEGORIES: ReadonlySet<string> = new Set(['用词', '固定表述', '一致性']);

/** Whether the user's word list silences this finding: its flagged text is a listed word, or lies inside one. */
export function allowedByUser(f: Pick<Finding, 'category' | 'flagged' | 'excerpt'>, allowed: ReadonlySet<string>, text?: string): boolean {
  if (allowed.size === 0 || !f.flagged || !WORD_LIST_CATEGORIES.has(f.category)) return false;
  if (allowed.has(f.flagged)) return true;
  if (text === undefined) return false;
  for (const w of allowed) if (w.length > f.flagged.length && w.includes(f.flagged) && text.includes(w)) return true;
  return false;
}

/** Runs the rules that look at one paragraph: what the editor runs live while the user types. */
export function checkParagraph(p: CheckParagraph, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const table = isTableLike(p.text);
  const quotes: Partial<Record<'all' | 'titles', Array<[number, number]>>> = {};
  for (const rule of PARAGRAPH_RULES) {
    const skip = skipOf(rule);
    if (table && skip.tables) continue;
    for (const hit of rule.check(p, ctx)) {
      if (skip.quotes) {
        const ranges = (quotes[skip.quotes] ??= quotedRanges(p.text, skip.quotes));
        if (inRanges(ranges, hit.start, hit.start + hit.length)) continue;
      }
      out.push(toFinding(rule, hit, p));
    }
  }
  const allowed = new Set(ctx.user.allowedWords ?? []);
  return dropCoveredFixes(dedupe(allowed.size === 0 ? out : out.filter((f) => !allowedByUser(f, allowed, p.text))));
}

/**
 * A punctuation fix that lies inside a longer punctuation fix says less: 「!!」 → 「！」 covers the two
 * single 「!」 → 「！」, which applied together would leave 「！！」. One sweep in start order.
 */
function dropCoveredFixes(findings: Finding[]): Finding[] {
  const fixes = findings.filter((f) => f.category === '标点' && f.fix !== null);
  if (fixes.length < 2) return findings;
  fixes.sort((a, b) => a.start - b.start || b.length - a.length);
  const covered = new Set<Finding>();
  let coverEnd = -1;
  for (const f of fixes) {
    const end = f.start + f.length;
    if (end <= coverEnd) covered.add(f);
    else coverEnd = end;
  }
  return covered.size === 0 ? findings : findings.filter((f) => !covered.has(f));
}

/** The whole check: every paragraph rule on every paragraph, then the rules that need the whole text. */
export function runChecks(doc: CheckDocument, ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const p of doc.paragraphs) findings.push(...checkParagraph(p, ctx));
  for (const rule of DOCUMENT_RULES) {
    for (const hit of rule.check(doc, ctx)) {
      const p = hit.paragraph ?? doc.paragraphs[0];
      if (!p) continue;
      const f = toFinding(rule, hit, p);
      if (!allowedByUser(f, new Set(ctx.user.allowedWords ?? []), p.text)) findings.push(f);
    }
  }
  return sortFindings(doc, dedupe(findings));
}

/** Two rules flagging the same characters with the same fix say one thing: keep the more severe. */
function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const key = `${f.sectionId}|${f.paragraph}|${f.start}|${f.length}|${f.fix !== null ? `fix:${f.fix}` : `${f.rule}:${f.message}`}`;
    const seen = best.get(key);
    if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) best.set(key, f);
  }
  return [...best.values()];
}

function sortFindings(doc: CheckDocument, findings: Finding[]): Finding[] {
  const order = new Map<string, number>();
  (doc.sections ?? []).forEach((s, i) => order.set(s.id, i));
  return findings.sort(
    (a, b) =>
      (order.get(a.sectionId) ?? -1) - (order.get(b.sectionId) ?? -1) ||
      a.paragraph - b.paragraph ||
      a.start - b.start ||
      a.rule.localeCompare(b.rule),
  );
}

export interface CheckSummary {
  total: number;
  error: number;
  warning: number;
  suggestion: number;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
}

export function summarize(findings: readonly Finding[]): CheckSummary {
  const summary: CheckSummary = { total: findings.length, error: 0, warning: 0, suggestion: 0, byCategory: {}, byRule: {} };
  for (const f of findings) {
    summary[f.severity] += 1;
    summary.byCategory[f.category] = (summary.byCategory[f.category] ?? 0) + 1;
    summary.byRule[f.rule] = (summary.byRule[f.rule] ?? 0) + 1;
  }
  return summary;
}

/** Applies non-overlapping fixes to one paragraph's text, from the end so offsets stay valid. */
export function applyFixes(text: string, findings: readonly Finding[]): string {
  const fixable = findings.filter((f) => f.fix !== null).sort((a, b) => b.start - a.start);
  let out = text;
  let limit = Infinity;
  for (const f of fixable) {
    if (f.start + f.length > limit) continue;
    out = out.slice(0, f.start) + f.fix + out.slice(f.start + f.length);
    limit = f.start;
  }
  return out;
}

import type { Hit } from './types';

/**
 * A fixed formula matched as a whole: when at least `quorum` of its clauses appear in a paragraph,
 * the paragraph quotes the formula, and a clause beside them that resembles a missing one (half of
 * its characters or more) is a deviating wording. One pass over the segments of the paragraph.
 */
export interface FormulaSpec {
  name: string;
  clauses: readonly string[];
  quorum: number;
}

const SEPARATOR = /[、，,；;。：:“”‘’（）()\s]/u;

interface Segment {
  start: number;
  text: string;
}

function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length || SEPARATOR.test(text[i]!)) {
      if (i > from) out.push({ start: from, text: text.slice(from, i) });
      from = i + 1;
    }
  }
  return out;
}

/** How many characters two short strings share (as multisets). */
function shared(a: string, b: string): number {
  const count = new Map<string, number>();
  for (const c of a) count.set(c, (count.get(c) ?? 0) + 1);
  let n = 0;
  for (const c of b) {
    const k = count.get(c) ?? 0;
    if (k > 0) {
      n += 1;
      count.set(c, k - 1);
    }
  }
  return n;
}

export interface FormulaDeviation extends Hit {
  expected: string;
}

export function formulaDeviations(
  text: string,
  formula: FormulaSpec,
  message: (found: string, expected: string) => string,
): FormulaDeviation[] {
  // Cheap test first: most paragraphs hold none of the clauses.
  let present = 0;
  let absent = 0;
  for (const c of formula.clauses) {
    if (text.includes(c)) present += 1;
    else if (++absent > formula.clauses.length - formula.quorum) return [];
  }
  if (present < formula.quorum) return [];
  const segs = segments(text);
  const exact = segs.map((s) => formula.clauses.findIndex((c) => s.text.includes(c)));
  const found = new Set(exact.filter((i) => i >= 0));
  if (found.size < formula.quorum) return [];
  const missing = formula.clauses.filter((_, i) => !found.has(i));
  if (missing.length === 0) return [];
  const first = exact.findIndex((i) => i >= 0);
  let last = first;
  for (let i = 0; i < exact.length; i += 1) if (exact[i]! >= 0) last = i;
  const out: FormulaDeviation[] = [];
  const maxLen = Math.max(...formula.clauses.map((c) => c.length));
  for (let i = Math.max(0, first - 1); i <= Math.min(segs.length - 1, last + 1); i += 1) {
    if (exact[i]! >= 0 || missing.length === 0) continue;
    const seg = segs[i]!;
    if (seg.text.length > maxLen + 6) continue;
    let best: { clause: string; score: number; start: number; length: number } | null = null;
    for (const clause of missing) {
      // The clause may sit inside its segment (「做到重要问题亲自过问」「集体研究决定等法定程序」): the
      // window of the clause's length that shares most characters with it.
      const length = Math.min(seg.text.length, clause.length);
      for (let k = 0; k + length <= seg.text.length; k += 1) {
        const candidate = seg.text.slice(k, k + length);
        const score = shared(candidate, clause);
        if (score * 2 >= clause.length && candidate !== clause && (!best || score > best.score))
          best = { clause, score, start: seg.start + k, length };
      }
    }
    if (!best) continue;
    missing.splice(missing.indexOf(best.clause), 1);
    const found = text.slice(best.start, best.start + best.length);
    out.push({ start: best.start, length: best.length, fix: best.clause, expected: best.clause, message: message(found, best.clause) });
  }
  return out;
}

/**
 * Finds the template subsection an imported level-2 heading corresponds to, so the imported
 * 「（一）深入学习贯彻习近平法治思想」 gets the guidance of the template's 学习贯彻 subsection. The
 * measure is the share of the heading's two-character words found in the template heading.
 */

const MIN_OVERLAP = 0.35;

function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i += 1) out.add(han.slice(i, i + 2));
  return out;
}

export function matchSubsection(heading: string, candidates: ReadonlyArray<{ id: string; heading: string }>): string | null {
  const words = bigrams(heading);
  if (words.size === 0) return null;
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    const theirs = bigrams(candidate.heading);
    const shared = [...words].filter((w) => theirs.has(w)).length;
    const score = shared / words.size;
    if (score >= MIN_OVERLAP && (best === null || score > best.score)) best = { id: candidate.id, score };
  }
  return best?.id ?? null;
}

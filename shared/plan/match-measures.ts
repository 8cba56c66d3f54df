/**
 * Which paragraphs of a report answer a plan measure, found by content: the share of the measure's
 * character pairs (bigrams of Chinese characters, letters and digits) that a paragraph contains,
 * each pair weighted by how rare it is in the report — 「法治」「政府」「建设」 are everywhere and
 * say little, 「会前学法」「权责清单」 say which measure it is. The user confirms each suggestion.
 */

export interface CandidateParagraph {
  sectionId: string;
  paragraph: number;
  text: string;
}

export interface ParagraphMatch extends CandidateParagraph {
  score: number;
}

/** Above this share of the measure's weighted pairs, a paragraph is suggested as its answer. */
export const MATCH_THRESHOLD = 0.42;
const MAX_SUGGESTIONS = 3;
const MIN_PARAGRAPH_CHARS = 8;

export function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[^\p{Script=Han}A-Za-z0-9]+/gu, '|')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) if (chars[i] !== '|' && chars[i + 1] !== '|') out.add(chars[i]! + chars[i + 1]!);
  return out;
}

export function createMatcher(paragraphs: readonly CandidateParagraph[]) {
  const usable = paragraphs.filter((p) => [...p.text.trim()].length >= MIN_PARAGRAPH_CHARS);
  const grams = usable.map((p) => bigrams(p.text));
  const df = new Map<string, number>();
  for (const set of grams) for (const g of set) df.set(g, (df.get(g) ?? 0) + 1);
  const n = usable.length;
  const weight = (g: string) => Math.log((n + 1) / ((df.get(g) ?? 0) + 0.5));
  return {
    /** The best paragraphs for one measure, best first, above the threshold. */
    match(measureText: string): ParagraphMatch[] {
      const wanted = [...bigrams(measureText)];
      const total = wanted.reduce((sum, g) => sum + weight(g), 0);
      if (total <= 0) return [];
      return usable
        .map((p, i) => ({ ...p, score: wanted.reduce((sum, g) => sum + (grams[i]!.has(g) ? weight(g) : 0), 0) / total }))
        .filter((m) => m.score >= MATCH_THRESHOLD)
        .sort((a, b) => b.score - a.score)
        .slice(0, MAX_SUGGESTIONS);
    },
  };
}

import type { SnippetPiece } from '../../../shared/search-schema';

/** Characters of context on each side of the first match. */
export const SNIPPET_CONTEXT = 40;

/** Cuts the text around the first match of any term and marks every match inside the cut. */
export function buildSnippet(text: string, terms: string[]): { snippet: SnippetPiece[]; paragraph: string } {
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  if (first === Number.MAX_SAFE_INTEGER) {
    return { snippet: [{ text: text.slice(0, SNIPPET_CONTEXT * 2), hit: false }], paragraph: text.split('\n')[0] ?? '' };
  }
  const start = Math.max(0, first - SNIPPET_CONTEXT);
  const end = Math.min(text.length, first + SNIPPET_CONTEXT * 2);
  const cut = text.slice(start, end).replace(/\n/g, ' ');
  const pieces = markTerms(cut, terms);
  if (start > 0) pieces.unshift({ text: '…', hit: false });
  if (end < text.length) pieces.push({ text: '…', hit: false });
  const paraStart = text.lastIndexOf('\n', first) + 1;
  const paraEnd = text.indexOf('\n', first);
  return { snippet: pieces, paragraph: text.slice(paraStart, paraEnd === -1 ? undefined : paraEnd) };
}

function markTerms(text: string, terms: string[]): SnippetPiece[] {
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  // Splitting on a capturing group alternates text and match: odd indices are the matches.
  return text
    .split(pattern)
    .map((part, i) => ({ text: part, hit: i % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}

import { useEffect } from 'react';

const HIGHLIGHT_NAME = 'search-hit';
const ATTEMPTS = 40;
const INTERVAL_MS = 50;

function findRanges(root: Element, terms: string[]): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        ranges.push(range);
      }
    }
  }
  return ranges;
}

/**
 * Opening a report from a search hit: marks the search terms in the editor (CSS Custom Highlight
 * API, which leaves the editor's DOM alone) and scrolls the first one into view.
 */
export function useSearchHighlight(terms: string[] | undefined, sectionKey: string): void {
  const joined = terms?.join('\n') ?? '';
  useEffect(() => {
    const wanted = joined.split('\n').filter(Boolean);
    if (wanted.length === 0) return;
    let attempts = 0;
    const timer = setInterval(() => {
      attempts += 1;
      const root = document.querySelector('.editor-content');
      const ranges = root ? findRanges(root, wanted) : [];
      if (ranges.length === 0 && attempts < ATTEMPTS) return;
      clearInterval(timer);
      if (ranges.length === 0) return;
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
      ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }, INTERVAL_MS);
    return () => {
      clearInterval(timer);
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT_NAME);
    };
  }, [joined, sectionKey]);
}

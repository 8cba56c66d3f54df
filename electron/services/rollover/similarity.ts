import { diffArrays, diffChars } from 'diff';
import type { DiffChunk } from '../../../shared/rollover/rollover-schema';
import { countChars } from '../../../shared/rich-text';

/**
 * How much of this year's text is last year's, with a character diff for the side-by-side view
 * (jsdiff). Very different long texts would make a character diff slow: above the edit limit
 * the comparison falls back to whole sentences, which is what copying looks like anyway.
 */

const MAX_CHAR_EDITS = 4000;

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；\n])/u).filter(Boolean);
}

export function diffTexts(lastYear: string, current: string): DiffChunk[] {
  const byChar = diffChars(lastYear, current, { maxEditLength: MAX_CHAR_EDITS });
  const changes = byChar ?? diffArrays(sentences(lastYear), sentences(current)).map((c) => ({ ...c, value: c.value.join('') }));
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** Share (0–1) of the current text's characters that are unchanged from last year. */
export function lastYearShare(chunks: DiffChunk[]): number {
  const current = chunks.filter((c) => c.kind !== 'removed').reduce((n, c) => n + countChars(c.text), 0);
  if (current === 0) return 0;
  const same = chunks.filter((c) => c.kind === 'same').reduce((n, c) => n + countChars(c.text), 0);
  return same / current;
}

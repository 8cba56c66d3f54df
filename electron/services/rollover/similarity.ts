import { diffArrays, diffChars } from 'diff';
import type { DiffChunk } from '../../../shared/rollover/rollover-schema';

/**
 * The side-by-side diff of a part against last year (jsdiff). Very different long texts would make
 * a character diff slow: above the edit limit the comparison falls back to whole sentences.
 */

const MAX_CHAR_EDITS = 1000;

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？；\n])/u).filter(Boolean);
}

export function diffTexts(lastYear: string, current: string): DiffChunk[] {
  const byChar = diffChars(lastYear, current, { maxEditLength: MAX_CHAR_EDITS });
  const changes = byChar ?? diffArrays(sentences(lastYear), sentences(current)).map((c) => ({ ...c, value: c.value.join('') }));
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

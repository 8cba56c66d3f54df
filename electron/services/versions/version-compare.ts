import { diffChars } from 'diff';
import type { DiffPart, SectionDiff, Snapshot } from '../../../shared/versions-schema';

/**
 * Compares two snapshots section by section (matched by section id), character by character:
 * Chinese has no spaces, so a word-level diff would mark whole sentences as changed.
 */
export function compareSnapshots(older: Snapshot, newer: Snapshot): SectionDiff[] {
  const oldById = new Map(older.sections.map((s) => [s.id, s]));
  const newIds = new Set(newer.sections.map((s) => s.id));
  const out: SectionDiff[] = newer.sections.map((s) => {
    const before = oldById.get(s.id);
    if (!before) return sectionDiff(s.id, s.heading, 'added', '', s.plainText);
    const same = before.plainText === s.plainText && before.heading === s.heading;
    return sectionDiff(s.id, s.heading, same ? 'same' : 'changed', before.plainText, s.plainText, before.heading);
  });
  for (const s of older.sections) if (!newIds.has(s.id)) out.push(sectionDiff(s.id, s.heading, 'removed', s.plainText, ''));
  return out;
}

function sectionDiff(
  sectionId: string,
  heading: string,
  change: SectionDiff['change'],
  oldText: string,
  newText: string,
  oldHeading = heading,
): SectionDiff {
  const title = oldHeading === heading ? heading : `${oldHeading} → ${heading}`;
  return { sectionId, heading: title, change, oldText, newText, parts: diffParts(oldText, newText) };
}

export function diffParts(oldText: string, newText: string): DiffPart[] {
  if (oldText === newText) return oldText ? [{ type: 'equal', text: oldText }] : [];
  return diffChars(oldText, newText).map((c) => ({
    type: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
}

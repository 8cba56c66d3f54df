import type { Anchor } from './review-schema';

/** How many characters of context an anchor keeps on each side. */
export const CONTEXT_CHARS = 12;

/** The anchor of `text[start, end)`: the target with up to CONTEXT_CHARS of its paragraph around it. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    target: text.slice(start, end),
    after: text.slice(end, end + CONTEXT_CHARS),
  };
}

/** The shortest text that may stand for a place on its own, once its context has changed. */
const MIN_LOOSE = 4;

/**
 * Where the anchor's target starts in `text`, or null. The full context must match (strict); when
 * the context has changed since (loose), a target of at least MIN_LOOSE characters that occurs once
 * stands for itself, and an insertion point is found by what remains of its context.
 */
export function locateAnchor(text: string, anchor: Anchor, mode: 'strict' | 'loose' = 'loose'): number | null {
  const needle = anchor.before + anchor.target + anchor.after;
  const at = text.indexOf(needle);
  if (at >= 0 && text.indexOf(needle, at + 1) < 0) return at + anchor.before.length;
  if (at >= 0 || mode === 'strict') return null;
  if (!anchor.target) return aroundInsertion(text, anchor);
  if (anchor.target.length < MIN_LOOSE) return null;
  const only = text.indexOf(anchor.target);
  return only >= 0 && text.indexOf(anchor.target, only + 1) < 0 ? only : null;
}

/** The context shown to a user: 【】 around the changed part (or at the place of an insertion). */
export function contextText(anchor: Anchor, inserted = ''): string {
  return `${anchor.before}【${anchor.target || inserted}】${anchor.after}`;
}

const once = (text: string, part: string) => {
  const at = text.indexOf(part);
  return at >= 0 && text.indexOf(part, at + 1) < 0 ? at : null;
};

/**
 * An insertion point whose context changed on one side (a neighbouring change was accepted): the
 * longest unique end of `before` (at least 4 characters), else the longest unique start of `after`.
 */
function aroundInsertion(text: string, anchor: Anchor): number | null {
  for (let k = anchor.before.length; k >= MIN_LOOSE; k--) {
    const part = anchor.before.slice(-k);
    const at = once(text, part);
    if (at !== null) return at + part.length;
  }
  for (let k = anchor.after.length; k >= MIN_LOOSE; k--) {
    const at = once(text, anchor.after.slice(0, k));
    if (at !== null) return at;
  }
  return null;
}

/**
 * Counts of the number-consistency rule grouped so that finding the counts that name the same
 * thing costs a few map look-ups instead of a pass over every earlier count (the pairwise scan was
 * quadratic: a 200,000-character text full of 「这1个…」 took minutes).
 *
 * Two counts name the same thing (see `sameThing`) when they have the same classifier and one noun
 * starts the other or they share their first three characters. Nouns have at least two characters,
 * so the partners of a noun N are exactly:
 *  - |N| = 2: every noun that starts with N;
 *  - |N| ≥ 3: the two-character noun N[0..2] and every noun that starts with N[0..3].
 */

export interface Indexed {
  cls: string;
  noun: string;
  n: number;
  order: number;
}

interface Group<T> {
  /** The earliest count of the group (counts are added in reading order). */
  first: T;
  /** The earliest order per number. */
  byNumber: Map<number, number>;
}

export class CountIndex<T extends Indexed> {
  private readonly groups = new Map<string, Group<T>>();

  /** Counts must be added in reading order (increasing `order`). */
  add(c: T): void {
    const keys = [`2|${c.cls}|${c.noun.slice(0, 2)}`];
    if (c.noun.length === 2) keys.push(`=|${c.cls}|${c.noun}`);
    else keys.push(`3|${c.cls}|${c.noun.slice(0, 3)}`);
    for (const key of keys) {
      const g = this.groups.get(key);
      if (!g) this.groups.set(key, { first: c, byNumber: new Map([[c.n, c.order]]) });
      else if (!g.byNumber.has(c.n)) g.byNumber.set(c.n, c.order);
    }
  }

  private partners(c: Indexed): Array<Group<T>> {
    const keys = c.noun.length === 2 ? [`2|${c.cls}|${c.noun}`] : [`=|${c.cls}|${c.noun.slice(0, 2)}`, `3|${c.cls}|${c.noun.slice(0, 3)}`];
    return keys.map((k) => this.groups.get(k)).filter((g): g is Group<T> => g !== undefined);
  }

  /** The earliest added count naming the same thing as c, if it comes before `before`. */
  firstSame(c: Indexed, before = Infinity): T | undefined {
    let best: T | undefined;
    for (const g of this.partners(c)) if (g.first.order < before && (!best || g.first.order < best.order)) best = g.first;
    return best;
  }

  /** Whether a count naming the same thing with the same number comes before `before`. */
  hasSameNumber(c: Indexed, before = Infinity): boolean {
    return this.partners(c).some((g) => (g.byNumber.get(c.n) ?? Infinity) < before);
  }
}

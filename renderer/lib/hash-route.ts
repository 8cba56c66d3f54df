/**
 * The place in the app lives in the URL fragment (issue 10), so F5, back/forward and a bookmark open
 * the same report, section and panel: `#r=<report>&s=<section>&p=versions,checks`, `#v=templates` …
 * The browser mode's per-start secret arrives in the same fragment (`#k=…`); it is taken out by
 * `readSecret` (renderer/api/transports.ts) and never written back, so a bookmark never holds it.
 */

export type Panel = 'versions' | 'public-export' | 'checks';
const PANELS: readonly Panel[] = ['versions', 'public-export', 'checks'];

/** What the workspace shows: the title/closing forms or a section. */
export type PlaceSelection = { kind: 'title' } | { kind: 'closing' } | { kind: 'section'; id: string };

export type Place =
  | { screen: 'library' }
  | { screen: 'workspace'; reportId: string; selection: PlaceSelection | null; panels: Panel[] }
  | { screen: 'templates' }
  | { screen: 'search' }
  | { screen: 'settings' };

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SCREENS = ['templates', 'search', 'settings'] as const;

/** Reads a fragment (with or without the leading #); anything unknown or malformed is the library. */
export function parsePlace(hash: string): Place {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const reportId = params.get('r');
  if (reportId && ID.test(reportId)) {
    const s = params.get('s');
    const selection: PlaceSelection | null =
      s === 'title' || s === 'closing' ? { kind: s } : s && ID.test(s) ? { kind: 'section', id: s } : null;
    const panels = (params.get('p') ?? '')
      .split(',')
      .filter((p): p is Panel => (PANELS as readonly string[]).includes(p))
      .filter((p, i, all) => all.indexOf(p) === i);
    return { screen: 'workspace', reportId, selection, panels };
  }
  const view = params.get('v');
  const screen = SCREENS.find((x) => x === view);
  return screen ? { screen } : { screen: 'library' };
}

/** The fragment for a place ('' for the library); ordered so that equal places give equal strings. */
export function formatPlace(place: Place): string {
  if (place.screen === 'library') return '';
  if (place.screen !== 'workspace') return `#v=${place.screen}`;
  let out = `#r=${place.reportId}`;
  if (place.selection) out += `&s=${place.selection.kind === 'section' ? place.selection.id : place.selection.kind}`;
  const panels = PANELS.filter((p) => place.panels.includes(p));
  if (panels.length) out += `&p=${panels.join(',')}`;
  return out;
}

/** The fragment without the secret (`k=`), the remaining parameters in their order. */
export function withoutSecret(hash: string): string {
  const rest = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('k='));
  return rest.length ? `#${rest.join('&')}` : '';
}

/** The secret in a fragment, if it carries one. */
export function secretIn(hash: string): string | null {
  return /(?:^#?|&)k=([A-Za-z0-9_-]+)/.exec(hash)?.[1] ?? null;
}

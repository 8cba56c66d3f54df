import { useLayoutEffect, useRef } from 'react';
import type { Place } from '../../lib/hash-route';
import type { Selection } from './outline-panel';

export type WorkspacePlace = Extract<Place, { screen: 'workspace' }>;
type Overlay = 'versions' | 'public-export';

/**
 * The workspace's selection and panels, read from and written to the address (issue 10), so that
 * F5, back/forward and a bookmark show the same section and panels.
 */
export function useWorkspacePlace(place: WorkspacePlace, onPlace: (next: WorkspacePlace, mode?: 'push' | 'replace') => void) {
  // Setters run after awaits too: they start from the latest place, not the one of their render.
  const placeRef = useRef(place);
  useLayoutEffect(() => {
    placeRef.current = place;
  });
  const update = (change: (p: WorkspacePlace) => Partial<WorkspacePlace>) => onPlace({ ...placeRef.current, ...change(placeRef.current) });
  return {
    selected: (place.selection ?? { kind: 'title' }) as Selection,
    setSelected: (selection: Selection) => update(() => ({ selection })),
    panel: place.panels.find((p): p is Overlay => p !== 'checks') ?? null,
    setPanel: (next: Overlay | null) => update((p) => ({ panels: [...p.panels.filter((x) => x === 'checks'), ...(next ? [next] : [])] })),
    showChecks: place.panels.includes('checks'),
    setShowChecks: (show: boolean) =>
      update((p) => ({ panels: [...p.panels.filter((x) => x !== 'checks'), ...(show ? (['checks'] as const) : [])] })),
  };
}

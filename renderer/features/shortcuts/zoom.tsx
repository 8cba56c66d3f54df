import { useEffect, useState } from 'react';

const KEY = 'nianbao.editorZoom';
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;

function stored(): number {
  const v = Number(localStorage.getItem(KEY));
  return ZOOM_STEPS.includes(v as (typeof ZOOM_STEPS)[number]) ? v : 1;
}

function apply(z: number) {
  document.documentElement.style.setProperty('--nb-editor-zoom', String(z));
}

const listeners = new Set<(z: number) => void>();

export function setEditorZoom(z: number): void {
  localStorage.setItem(KEY, String(z));
  apply(z);
  listeners.forEach((l) => l(z));
}

function step(current: number, dir: 1 | -1): number {
  const i = ZOOM_STEPS.findIndex((s) => s >= current - 1e-6);
  const next = Math.max(0, Math.min(ZOOM_STEPS.length - 1, (i < 0 ? 2 : i) + dir));
  return ZOOM_STEPS[next]!;
}

/**
 * The editor's zoom: Ctrl+plus / Ctrl+minus / Ctrl+0 and the − 100% + control; remembered for this
 * user (the browser profile / the app's own storage) across reports and restarts.
 */
export function useEditorZoom(): [number, (z: number) => void] {
  const [zoom, setZoom] = useState(stored);
  useEffect(() => {
    apply(stored());
    listeners.add(setZoom);
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      let next: number | null = null;
      if (e.key === '=' || e.key === '+') next = step(stored(), 1);
      else if (e.key === '-' || e.key === '_') next = step(stored(), -1);
      else if (e.key === '0') next = 1;
      if (next === null) return;
      e.preventDefault();
      setEditorZoom(next);
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      listeners.delete(setZoom);
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);
  return [zoom, setEditorZoom];
}

export function ZoomControl() {
  const [zoom, set] = useEditorZoom();
  return (
    <span className="zoom-control" role="group" aria-label="缩放">
      <button type="button" aria-label="缩小 (Ctrl+-)" title="缩小 (Ctrl+-)" onClick={() => set(step(zoom, -1))}>
        −
      </button>
      <output aria-label="缩放比例">{Math.round(zoom * 100)}%</output>
      <button type="button" aria-label="放大 (Ctrl++)" title="放大 (Ctrl++)" onClick={() => set(step(zoom, 1))}>
        ＋
      </button>
    </span>
  );
}

import { useEffect } from 'react';

/** Ctrl+F opens 查找, Ctrl+H 替换 — the app's, not the browser's find over one section. */
export function useFindShortcut(open: (mode: 'find' | 'replace') => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      e.preventDefault();
      open(key === 'f' ? 'find' : 'replace');
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
}

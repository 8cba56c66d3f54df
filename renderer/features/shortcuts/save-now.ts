import { useEffect, useState } from 'react';
import { allSaved } from '../../lib/save-tracker';
import './workspace-stable.css';

/** Asks the open editor to save now (see SaveNowPlugin); the workspace then waits for every save. */
export const SAVE_NOW_EVENT = 'nianbao:save-now';

async function settle(): Promise<void> {
  // The editor starts its save synchronously on the event, or after a save already in flight.
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await allSaved();
  }
}

/**
 * Ctrl+S (⌘S) in the workspace: saves now and says 已保存 — never the browser's 「网页另存为」
 * dialog, wherever the focus is. Returns the time of the last such save for the status line.
 */
export function useSaveShortcut(): { savedAt: Date | null; failed: string | null; text: string | null; newerThan(at: Date): boolean } {
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 's') return;
      e.preventDefault();
      e.stopPropagation();
      window.dispatchEvent(new Event(SAVE_NOW_EVENT));
      setFailed(null);
      settle().then(
        () => setSavedAt(new Date()),
        (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)),
      );
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  const clock = (d: Date) => [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
  return {
    savedAt,
    failed,
    text: savedAt ? `已保存（${clock(savedAt)}）` : null,
    newerThan: (at: Date) => savedAt !== null && savedAt >= at,
  };
}

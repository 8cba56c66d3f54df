import { useCallback, useEffect, useState } from 'react';
import { noteReconnected, setConnectionState } from '../api/connection';
import { readSecret, SECRET_KEY } from '../api/transports';
import { formatPlace, parsePlace, secretIn, withoutSecret, type Place } from './hash-route';

/** The last place, for the Electron window to reopen at start (its origin, app://, is stable). */
export const LAST_PLACE_KEY = 'nianbao-last-place';

const currentHash = () => withoutSecret(window.location.hash);
const isElectron = () => Boolean((window as unknown as { nianbao?: unknown }).nianbao);

function remember(hash: string) {
  try {
    localStorage.setItem(LAST_PLACE_KEY, hash);
  } catch {
    // Storage full or disabled: only the restore at start is lost.
  }
}

function setHash(hash: string, mode: 'push' | 'replace') {
  const url = window.location.pathname + window.location.search + hash;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** The first place: the address (F5, bookmark), else in Electron the place of the last session. */
function initialPlace(): Place {
  let hash = currentHash();
  if (!hash && isElectron()) {
    hash = localStorage.getItem(LAST_PLACE_KEY) ?? '';
    if (hash) setHash(hash, 'replace');
  }
  return parsePlace(hash);
}

/**
 * The app's place, kept in the URL fragment: navigating pushes a history entry, back/forward and an
 * edited address move the app. A fragment carrying a new secret (the address printed after a restart,
 * pasted into this tab) reconnects the tab and keeps the place it shows.
 */
export function usePlace(): [Place, (next: Place, mode?: 'push' | 'replace') => void] {
  const [place, setPlace] = useState<Place>(initialPlace);

  useEffect(() => {
    const onChange = () => {
      const pasted = secretIn(window.location.hash);
      // A different secret is the address printed after a restart: reconnect where the tab is.
      const reconnect = pasted !== null && pasted !== sessionStorage.getItem(SECRET_KEY);
      if (pasted) {
        readSecret();
        setConnectionState('ok');
      }
      setPlace((prev) => {
        if (reconnect && currentHash() === '') {
          setHash(formatPlace(prev), 'replace');
          return prev;
        }
        const next = parsePlace(currentHash());
        return formatPlace(next) === formatPlace(prev) ? prev : next;
      });
      remember(currentHash());
      if (reconnect) noteReconnected();
    };
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    // The address may have changed between the first render and now (pasted while the page loaded).
    onChange();
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);

  const navigate = useCallback((next: Place, mode: 'push' | 'replace' = 'push') => {
    const hash = formatPlace(next);
    if (hash !== currentHash()) setHash(hash, mode);
    remember(hash);
    setPlace((prev) => (formatPlace(prev) === hash ? prev : next));
  }, []);

  return [place, navigate];
}

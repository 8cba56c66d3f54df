/**
 * Whether the browser-mode server still answers this tab (issue 10). After the program restarts it
 * has a new secret: the old tab's calls are refused (403) until the new address is pasted into it.
 */
export type ConnectionState = 'ok' | 'unreachable' | 'restarted';

let state: ConnectionState = 'ok';
const listeners = new Set<(s: ConnectionState) => void>();

export function connectionState(): ConnectionState {
  return state;
}

export function setConnectionState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const l of [...listeners]) l(next);
}

export function onConnectionState(listener: (s: ConnectionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fired on window when a new secret was pasted in: failed saves try again at once. */
export const RECONNECTED_EVENT = 'nianbao-reconnected';

let reconnects = 0;

/** How many times this tab reconnected: a failure seen after a reconnect it missed can tell. */
export function reconnectCount(): number {
  return reconnects;
}

export function noteReconnected(): void {
  reconnects += 1;
  window.dispatchEvent(new Event(RECONNECTED_EVENT));
}

import type { MethodName } from '../../shared/contract';
import { secretIn, withoutSecret } from '../lib/hash-route';
import { setConnectionState } from './connection';

export type Transport = (method: MethodName, input: unknown, options?: { keepalive?: boolean }) => Promise<unknown>;

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

/** Inside Electron the preload exposes one function per contract method on `window.nianbao`. */
export function bridgeTransport(): Transport | null {
  const bridge = (window as unknown as { nianbao?: Bridge }).nianbao;
  if (!bridge) return null;
  return (method, input) => {
    const fn = bridge[method];
    if (!fn) return Promise.reject(new Error(`未提供的操作 ${method}`));
    return fn(input);
  };
}

export const SECRET_KEY = 'nianbao-secret';

/**
 * The browser mode: the per-start secret arrives in the URL fragment (never sent to any server), is
 * kept for this tab only, and removed from the address bar; the rest of the fragment (the place in
 * the app, renderer/lib/hash-route.ts) stays. A new secret pasted into the tab replaces the old one.
 */
export function readSecret(): string | null {
  const secret = secretIn(window.location.hash);
  if (secret) {
    sessionStorage.setItem(SECRET_KEY, secret);
    history.replaceState(history.state, '', window.location.pathname + window.location.search + withoutSecret(window.location.hash));
  }
  return sessionStorage.getItem(SECRET_KEY);
}

/** The server refuses a request without this start's secret with 403 and this wording. */
const isSecretRefusal = (status: number, body: unknown) =>
  status === 403 && /密钥/.test(String((body as { error?: { message?: unknown } } | null)?.error?.message ?? ''));

export function httpTransport(): Transport | null {
  if (!readSecret()) return null;
  const send = async (method: MethodName, input: unknown, keepalive: boolean | undefined, secret: string) => {
    try {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Secret': secret },
        body: JSON.stringify(input),
        keepalive,
      });
      return { status: response.status, body: (await response.json()) as unknown };
    } catch (error) {
      setConnectionState('unreachable');
      throw error;
    }
  };
  return async (method, input, options = {}) => {
    // Read at every call: a new address pasted into the tab (hashchange) reconnects it.
    const secret = sessionStorage.getItem(SECRET_KEY) ?? '';
    let { status, body } = await send(method, input, options.keepalive, secret);
    const now = sessionStorage.getItem(SECRET_KEY) ?? '';
    // The new address was pasted while this call was under way: send it again with the new secret.
    if (isSecretRefusal(status, body) && now !== secret) ({ status, body } = await send(method, input, options.keepalive, now));
    setConnectionState(isSecretRefusal(status, body) ? 'restarted' : 'ok');
    return body;
  };
}

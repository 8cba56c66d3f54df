import type { MethodName } from '../../shared/contract';

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

const SECRET_KEY = 'nianbao-secret';

/**
 * The browser mode: the per-start secret arrives in the URL fragment (never sent to any server), is
 * kept for this tab only, and removed from the address bar.
 */
export function readSecret(): string | null {
  const match = /(?:^#|&)k=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(SECRET_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}

export function httpTransport(): Transport | null {
  const secret = readSecret();
  if (!secret) return null;
  return async (method, input, options = {}) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Nianbao-Secret': secret },
      body: JSON.stringify(input),
      keepalive: options.keepalive,
    });
    return response.json();
  };
}

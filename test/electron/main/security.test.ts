import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api-methods';
import { METHOD_NAMES } from '../../../shared/contract';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isAppUrl, SECURE_WEB_PREFERENCES } from '../../../electron/main/security';
import { REPO_ROOT } from '../../helpers';

// The Electron shell cannot run here (no runtime); its pure parts are tested, the rest is type-checked.
describe('Electron shell security settings', () => {
  it('accepts only the app origin as its own', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of ['app://evil/index.html', 'https://nianbao/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('runs the renderer isolated and sandboxed, without Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('uses a strict CSP without inline code or remote sources', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it('the preload exposes exactly the contract methods, and no generic channel', () => {
    expect([...API_METHODS]).toEqual([...METHOD_NAMES]);
    const preload = fs.readFileSync(path.join(REPO_ROOT, 'electron', 'preload', 'preload.ts'), 'utf8');
    expect(preload).toContain('for (const method of API_METHODS)');
    expect(preload).not.toMatch(/ipcRenderer\.(send|on)\b|exposeInMainWorld\([^)]*ipcRenderer/);
  });

  it('the built renderer page carries the same policy and loads no remote resource', () => {
    const html = fs.readFileSync(path.join(REPO_ROOT, 'renderer', 'index.html'), 'utf8');
    expect(html).toContain("script-src 'self'");
    expect(html).not.toMatch(/https?:\/\//);
  });
});

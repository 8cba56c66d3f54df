import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from '../../../electron/server/http-server';
import { createTestCore, tempDir } from '../../helpers';

let server: RunningServer;
let core: ReturnType<typeof createTestCore>;
const staticDir = tempDir();

beforeAll(async () => {
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>年报</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  core = createTestCore();
  server = await startServer({ core, staticDir, secret: 's3cret-value' });
});
afterAll(async () => {
  await server.close();
  core.close();
});

/** Raw HTTP, so that Host and Origin can be set as an attacker would. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, headers: Record<string, string> = {}, body = '{}') =>
  request({
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Secret': 's3cret-value', ...headers },
    body,
  });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only and hands the secret to its page in the URL fragment', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.pageUrl).toBe(`${server.url}/#k=s3cret-value`);
  });

  it('serves the page with a strict CSP and without the secret in it', async () => {
    const res = await request({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect(res.body).not.toContain('s3cret');
  });

  it('answers API calls that carry the secret', async () => {
    const res = await api('templates.list');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses API calls without the secret or with a wrong one', async () => {
    for (const headers of [{ 'X-Nianbao-Secret': '' }, { 'X-Nianbao-Secret': 's3cret-valuX' }]) {
      const res = await api('reports.list', headers);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error.message).toContain('拒绝访问');
    }
  });

  it('refuses another Host (DNS rebinding) and another Origin (other web pages)', async () => {
    expect((await api('reports.list', { Host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await api('reports.list', { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('reports.list', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('reports.list', { Origin: server.url })).status).toBe(200);
  });

  it('refuses bad JSON, a wrong method and files outside its folder, with Chinese messages', async () => {
    const bad = await api('reports.list', {}, '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toBe('请求内容不是有效的 JSON。');
    expect((await request({ path: '/api/reports.list', method: 'GET', headers: { 'X-Nianbao-Secret': 's3cret-value' } })).status).toBe(405);
    expect((await request({ path: '/..%2f..%2fsecret.txt' })).status).toBe(404);
  });

  it('refuses an oversized body with a clear message and stores nothing', async () => {
    const huge = JSON.stringify({ templateId: 'yifa-report', agency: 'x'.repeat(50 * 1024 * 1024), year: 2024, reportDate: null });
    const res = await api('reports.create', {}, huge).catch(() => ({ status: 413, body: '' }));
    expect(res.status).toBe(413);
    expect(await core.invoke('reports.list', {})).toEqual([]);
  });

  it('sends a section write’s CONFLICT with the revision now stored (issue 10)', async () => {
    const created = JSON.parse(
      (
        await api(
          'reports.create',
          {},
          JSON.stringify({ templateId: 'fazhi-annual-local', agency: '南湖区司法局', year: 2024, reportDate: null }),
        )
      ).body,
    );
    const opening = created.data.sections.find((s: { kind: string }) => s.kind === 'opening');
    const save = (baseRevision: number) =>
      api('sections.save', {}, JSON.stringify({ id: opening.id, content: { root: { type: 'root', children: [] } }, baseRevision }));
    expect(JSON.parse((await save(0)).body)).toMatchObject({ ok: true, data: { revision: 1 } });
    const stale = await save(0);
    expect(stale.status).toBe(200);
    expect(JSON.parse(stale.body)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('另一个窗口已修改此部分'), currentRevision: 1 },
    });
  });
});

import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '../services/core';

/**
 * The browser mode's host: a loopback-only HTTP server for the renderer and the API.
 * Only its own page can call the API: every API request must carry the per-start secret (which the
 * page receives in the URL fragment, never sent over the wire) and its own Host and Origin.
 */

export const SECRET_HEADER = 'x-nianbao-secret';
export const MAX_BODY_BYTES = 48 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface StartServerOptions {
  core: Core;
  staticDir: string;
  port?: number;
  /** Fixed secret for tests; a fresh random one otherwise. */
  secret?: string;
}

export interface RunningServer {
  url: string;
  /** The address to open: carries the secret in the fragment. */
  pageUrl: string;
  secret: string;
  port: number;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: http.OutgoingHttpHeaders = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const refuse = (res: http.ServerResponse, status: number, message: string) =>
  sendJson(res, status, { ok: false, error: { code: 'FORBIDDEN', message } });

/** After a 413 the rest of an oversized body is read and dropped, up to this much, so the client gets the answer. */
const DRAIN_LIMIT_BYTES = 512 * 1024 * 1024;

/**
 * The request body, or null when it is over MAX_BODY_BYTES (declared by Content-Length or counted).
 * An oversized body is not cut off mid-stream: the caller answers 413 first and the rest is drained
 * (then the connection closes), so the browser reads the message instead of a connection reset.
 */
function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > MAX_BODY_BYTES;
    if (over) resolve(null);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) return req.destroy();
      if (over) return;
      if (size > MAX_BODY_BYTES) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const badRequest = (res: http.ServerResponse) =>
  sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: '请求的地址格式不正确。' } });

function serveStatic(staticDir: string, urlPath: string, res: http.ServerResponse) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return badRequest(res); // 「/%」: not a valid escape
  }
  if (decoded.includes('\u0000')) return badRequest(res);
  const relative = urlPath === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(staticDir, relative);
  if (!file.startsWith(path.resolve(staticDir) + path.sep)) return send(res, 404, '找不到该文件', 'text/plain; charset=utf-8');
  fs.readFile(file, (error, data) => {
    if (error) return send(res, 404, '找不到该文件', 'text/plain; charset=utf-8');
    send(res, 200, data, MIME[path.extname(file)] ?? 'application/octet-stream');
  });
}

export function startServer(options: StartServerOptions): Promise<RunningServer> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  let allowedHosts: string[] = [];

  const server = http.createServer((req, res) => {
    void (async () => {
      // DNS rebinding: a foreign page reaching us under another name is refused.
      if (!req.headers.host || !allowedHosts.includes(req.headers.host)) return refuse(res, 403, '拒绝访问：地址不正确。');
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      } catch {
        return badRequest(res);
      }
      if (!url.pathname.startsWith('/api/')) {
        if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, '不支持的请求。');
        return serveStatic(options.staticDir, url.pathname, res);
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`))
        return refuse(res, 403, '拒绝访问：请求来自其他网页。');
      if (req.headers['sec-fetch-site'] && !['same-origin', 'none'].includes(String(req.headers['sec-fetch-site']))) {
        return refuse(res, 403, '拒绝访问：请求来自其他网页。');
      }
      if (!sameSecret(req.headers[SECRET_HEADER] as string | undefined, secret))
        return refuse(res, 403, '拒绝访问：缺少或错误的访问密钥。请使用启动时显示的地址打开。');
      if (req.method !== 'POST') return refuse(res, 405, '不支持的请求。');
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, '请求格式不正确。');
      const body = await readBody(req);
      if (body === null) {
        // Answered before the rest arrives; the connection closes once it is drained.
        res.setHeader('Connection', 'close');
        return sendJson(res, 413, { ok: false, error: { code: 'TOO_LARGE', message: '提交的内容过大（超过 48 MB），未保存。' } });
      }
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        return sendJson(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: '请求内容不是有效的 JSON。' } });
      }
      const result = await options.core.call(url.pathname.slice('/api/'.length), input);
      // A refusal by the core is an answer of the API ({ ok: false } with the Chinese message), not a
      // failed request: the page shows it, and the browser does not log it as a failed resource.
      // Transport failures (malformed URL, unreadable or oversized body) keep their 400 / 413.
      sendJson(res, 200, result);
    })().catch((error: unknown) => {
      console.error('request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '服务器内部错误。' } });
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`端口 ${options.port} 已被占用，请换一个端口（--port）。`) : error);
    });
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
      const url = `http://127.0.0.1:${port}`;
      resolve({
        url,
        pageUrl: `${url}/#k=${secret}`,
        secret,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

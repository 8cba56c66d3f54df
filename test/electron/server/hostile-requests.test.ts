// Issue 11.9: the browser-mode server answers hostile requests with a Chinese 4xx: an oversized body
// gets its 413 before the connection closes, malformed URLs 400, deep or huge content a Chinese refusal (ok: false, never 500).
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/server/http-server';
import { createTestCore, LOCAL_TEMPLATE, revisionOf, tempDir } from '../../helpers';

let server: RunningServer;
let core: ReturnType<typeof createTestCore>;
const staticDir = tempDir();
const HAN = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>年报</title>');
  core = createTestCore();
  server = await startServer({ core, staticDir, secret: 's3cret-value' });
});
afterAll(async () => {
  await server.close();
  core.close();
});

/** A raw request line, so URLs Node's client would refuse can be sent as an attacker would. */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (d) => (data += d.toString('utf8')));
    // The body may be chunked: the JSON object is between the first { and the last }.
    socket.on('end', () => resolve({ status: Number(data.split(' ')[1]), body: data.slice(data.indexOf('{'), data.lastIndexOf('}') + 1) }));
    socket.on('error', reject);
  });
}

function post(method: string, body: string | Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Secret': 's3cret-value', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    // The server may close after answering; the answer has been read by then.
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.end(body);
  });
}

let agencies = 0;
async function sectionId(): Promise<string> {
  agencies += 1;
  const detail = await core.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: `第${agencies}司法所`,
    year: 2024,
    reportDate: null,
  });
  return detail.sections[0]!.id;
}

describe('hostile requests get a Chinese 4xx', () => {
  it('a body over 48 MB: the 413 message arrives (no connection reset)', async () => {
    const res = await post('reports.create', JSON.stringify({ templateId: 'x', agency: 'x'.repeat(50 * 1024 * 1024), year: 2024 }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).error.message).toBe('提交的内容过大（超过 48 MB），未保存。');
  });

  it.each(['/%', '/%00', '/a%E0%A4%A', '/%2e%2e%00/x'])('malformed URL %s: 400 with a Chinese message', async (target) => {
    const res = await rawGet(target);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(HAN);
  });

  it('content nested 2,000 deep: refused with a Chinese message', async () => {
    const id = await sectionId();
    let node: Record<string, unknown> = { type: 'text', text: '深', version: 1 };
    for (let i = 0; i < 2000; i += 1) node = { type: 'paragraph', version: 1, children: [node] };
    const res = await post(
      'sections.save',
      JSON.stringify({ id, baseRevision: revisionOf(core, id), content: { root: { type: 'root', version: 1, children: [node] } } }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse(res.body).error.message).toContain('嵌套层级过深');
  });

  it('a list of 200,000 items: refused with a Chinese message', async () => {
    const id = await sectionId();
    const item = { type: 'listitem', version: 1, value: 1, children: [{ type: 'text', text: '项', version: 1 }] };
    const list = { type: 'list', listType: 'bullet', version: 1, children: Array.from({ length: 200_000 }, () => item) };
    const res = await post(
      'sections.save',
      JSON.stringify({ id, baseRevision: revisionOf(core, id), content: { root: { type: 'root', version: 1, children: [list] } } }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.parse(res.body).error.message).toMatch(/内容过于庞大（超过 100000 个元素）/);
  });
});

import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { toPlainText, type RichTextState } from '../../shared/rich-text';
import { openBrowser, startAppServer, type AppServer, type BrowserSession } from './harness';

const servers: AppServer[] = [];
let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
  while (servers.length) await servers.pop()!.stop();
});

async function start(dbPath?: string) {
  const server = await startAppServer(dbPath);
  servers.push(server);
  return server;
}

interface Detail {
  report: { id: string };
  sections: Array<{ id: string; partId: string; plainText: string }>;
}

async function post(server: AppServer, method: string, input: unknown) {
  const r = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Nianbao-Secret': server.secret },
    body: JSON.stringify(input),
  });
  return (await r.json()) as { ok: boolean; data: Detail };
}

const SENTENCES = [
  '全年办理行政复议案件12件。',
  '行政机关负责人出庭应诉率100%。',
  '制定规范性文件5件，全部备案。',
  '开展执法检查20次。',
  '组织法治培训8场。',
];

describe('crash safety', () => {
  it('after SIGKILL while typing, every acknowledged save is found on restart', async () => {
    const first = await start();
    const created = await post(first, 'reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '市司法局',
      year: 2024,
      reportDate: null,
    });
    const part = created.data.sections.find((s) => s.partId === 'measures')!;
    session = await openBrowser();
    const { page } = session;
    // An edit counts as acknowledged when the server answered its save with ok.
    const acknowledged: string[] = [];
    page.on('response', async (response) => {
      if (!response.url().endsWith('/api/sections.save') || response.status() !== 200) return;
      const body = (await response.json().catch(() => null)) as { ok: boolean } | null;
      const sent = JSON.parse(response.request().postData() ?? '{}') as { id: string; content: RichTextState };
      if (body?.ok && sent.id === part.id) acknowledged.push(toPlainText(sent.content));
    });
    await page.goto(first.pageUrl);
    await page.getByRole('button', { name: /市司法局关于2024年/ }).click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('一、2024年推进法治政府建设的主要举措和成效').click();
    await page.locator('.editor-content').click();
    let typed = 0;
    // Keep typing; kill the server in the middle of it once several saves have been acknowledged.
    const typing = (async () => {
      for (const sentence of [...SENTENCES, ...SENTENCES]) {
        await page.keyboard.type(sentence, { delay: 30 }).catch(() => undefined);
        typed += 1;
        // A short pause, as between sentences: the autosave fires while the user goes on typing.
        await page.waitForTimeout(700).catch(() => undefined);
        if (first.process.exitCode !== null || first.process.signalCode !== null) return;
      }
    })();
    while (acknowledged.length < 4 && typed < SENTENCES.length * 2) await new Promise((r) => setTimeout(r, 50));
    await first.stop('SIGKILL');
    await typing;
    expect(acknowledged.length).toBeGreaterThanOrEqual(4);
    expect(fs.existsSync(`${first.dbPath}.server.lock`)).toBe(true);

    const second = await start(first.dbPath);
    const detail = await post(second, 'reports.get', { id: created.data.report.id });
    const stored = detail.data.sections.find((s) => s.id === part.id)!.plainText;
    // Typing only appends, so every acknowledged text is a prefix of what the database holds.
    for (const text of acknowledged) expect(stored.startsWith(text)).toBe(true);
    expect(stored.length).toBeGreaterThanOrEqual(acknowledged.at(-1)!.length);
  });

  it('refuses a second browser-mode server on the same database, with a Chinese message', async () => {
    const first = await start();
    await expect(startAppServer(first.dbPath)).rejects.toThrow(/已被另一个年报程序（进程 \d+）打开/);
    const stillThere = await post(first, 'reports.list', {});
    expect(stillThere.ok).toBe(true);
  });
});

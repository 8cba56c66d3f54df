import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyText, H3, P, state } from '../electron/services/export/fixtures';
import { tempDir } from '../helpers';
import { openBrowser, screenshot, startAppServer, type AppServer, type BrowserSession } from './harness';

let server: AppServer;
let session: BrowserSession;

beforeEach(async (context) => {
  // One test starts its own server (with a broken temp folder); the others share this set-up.
  if (!context.task.name.includes('temp folder')) server = await startAppServer();
  session = await openBrowser();
  // The export lists error-level findings first; the user proceeds.
  session.page.on('dialog', (d) => void d.accept());
});
afterEach(async () => {
  await session?.close();
  await server?.stop();
});

const TITLE = '市司法局关于2024年法治政府建设情况的报告';

/** 46 sections (opening, 5 parts, 4 × 10 subsections) of `paragraphs` paragraphs each. */
async function longReport(paragraphs: number): Promise<string> {
  const detail = await server.call('reports.create', {
    templateId: 'fazhi-annual-local',
    agency: '市司法局',
    year: 2024,
    reportDate: '2025-01-07',
  });
  const parts = (detail.sections as Array<{ id: string; kind: string }>).filter((s) => s.kind === 'part');
  for (const [p, part] of parts.entries()) {
    await server.call('sections.save', { baseRevision: 0, id: part.id, content: state([P(bodyText(3, p))]) });
    if (p === parts.length - 1) continue;
    for (let i = 0; i < 10; i++) {
      const sub = await server.call('sections.add', {
        reportId: detail.report.id,
        parentId: part.id,
        heading: `第${p + 1}部分第${i + 1}项工作`,
        partId: null,
      });
      const body = Array.from({ length: paragraphs }, (_, k) => P(bodyText(4 + (k % 6), p * 1000 + i * 100 + k)));
      await server.call('sections.save', { baseRevision: 0, id: sub.id, content: state([H3('工作机制'), ...body]) });
    }
  }
  return detail.report.id as string;
}

/** Records every value and label the progress bar shows, from the page itself (nothing is missed between polls). */
async function watchProgress() {
  await session.page.evaluate(() => {
    const seen: Array<{ value: string | null; text: string }> = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('.export-progress-bar');
      const text = document.querySelector('.export-progress-stage')?.textContent ?? '';
      const last = seen.at(-1);
      const value = bar?.getAttribute('aria-valuenow') ?? null;
      if (bar && (!last || last.value !== value || last.text !== text)) seen.push({ value, text });
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return () =>
    session.page.evaluate(() => (window as unknown as { progressSeen: Array<{ value: string | null; text: string }> }).progressSeen);
}

async function openReport() {
  const { page } = session;
  await page.goto(server.pageUrl);
  await page.getByRole('button', { name: TITLE }).click();
  await page.getByRole('navigation', { name: '大纲' }).waitFor();
}

describe('export progress, in Chromium', () => {
  it('shows a progress bar with increasing values while a 46-section Word file is built, then downloads it', async () => {
    await longReport(50); // about 300,000 characters
    await openReport();
    const { page } = session;
    const seen = await watchProgress();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 Word' }).click();
    const bar = page.getByRole('progressbar', { name: '导出 Word 进度' });
    await page.waitForFunction(() => Number(document.querySelector('.export-progress-bar')?.getAttribute('aria-valuenow')) > 0);
    await screenshot(page, 'export-progress');
    const file = await download;
    await page.getByText('已导出 Word 文件。').waitFor();
    await bar.waitFor({ state: 'detached' });

    // From the core's first status (0 %, reading the report) to done (100 %), never going back.
    const shown = await seen();
    const values = shown.filter((s) => s.value !== null).map((s) => Number(s.value));
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(100);
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(shown[0]!.text).toBe('正在准备');
    expect(shown.map((s) => s.text)).toContain('正在读取报告内容0%');
    expect(shown.at(-1)!.text).toBe('导出完成100%');

    expect(file.suggestedFilename()).toBe(`${TITLE}.docx`);
    const zip = await JSZip.loadAsync(fs.readFileSync(await file.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('（十）第4部分第10项工作');
  });

  it('keeps the editor usable during a PDF export: typed text is saved while the bar runs; the PDF arrives', async () => {
    const reportId = await longReport(12); // about 80,000 characters, over 100 pages of PDF
    await openReport();
    const { page } = session;
    await page.getByRole('navigation', { name: '大纲' }).getByText('五、其他需要报告的情况').click();
    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.press('Control+End');

    const seen = await watchProgress();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByRole('progressbar', { name: '导出 PDF 进度' }).waitFor();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('导出期间继续写的一句话。');
    await page.getByText('已自动保存').waitFor();
    // The save finished while the export was still running.
    expect(await page.locator('.export-progress-stage').innerText()).toMatch(/^正在/);
    await page.getByText('正在转换为 PDF').waitFor();
    await screenshot(page, 'export-progress-pdf-typing');

    const file = await download;
    await page.getByText('已导出 PDF 文件。').waitFor();
    const pdfPath = await file.path();
    expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1])).toBeGreaterThan(50);

    // Progress only moves forward: 0 %, the document's stages, then the conversion (a busy bar:
    // it has no numbers of its own), then 100 %.
    const shown = await seen();
    const numbered = shown.flatMap((s, i) => (s.value === null ? [] : [i]));
    const converting = shown.flatMap((s, i) => (s.text.startsWith('正在转换为 PDF') ? [i] : []));
    expect(converting.length).toBeGreaterThan(0);
    expect(converting.every((i) => shown[i]!.value === null)).toBe(true);
    const values = numbered.map((i) => Number(shown[i]!.value));
    expect(values[0]).toBe(0);
    expect(values.at(-1)).toBe(100);
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(Math.min(...converting)).toBeGreaterThan(numbered[0]!);
    expect(Math.max(...converting)).toBeLessThan(numbered.at(-1)!);
    expect(values.filter((v) => v === 100)).toHaveLength(1);

    const detail = await server.call('reports.get', { id: reportId });
    const other = detail.sections.find((s: { heading: string }) => s.heading === '其他需要报告的情况');
    expect(JSON.stringify(other.content)).toContain('导出期间继续写的一句话。');
  }, 150_000);

  it('a failed export is reported in the banner in Chinese; the page recovers and the next export works', async () => {
    // The server's temp folder is gone: the PDF conversion cannot even start.
    const dbPath = path.join(tempDir('nianbao-e2e-'), 'nianbao.db');
    const saved = process.env.TMPDIR;
    const removed = path.join(tempDir(), 'removed');
    process.env.TMPDIR = removed;
    try {
      server = await startAppServer(dbPath);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    // The server made its lock folder there at start (issue 11); the folder goes away afterwards.
    fs.rmSync(removed, { recursive: true, force: true });
    await longReport(1);
    await openReport();
    const { page } = session;
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const banner = page.locator('p.error[role="status"]');
    await banner.waitFor();
    const text = await banner.innerText();
    expect(text).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(text).not.toMatch(/Error|ENOENT|undefined|\bat\b/);
    expect(await page.locator('.export-progress').count()).toBe(0);
    expect(await page.getByRole('button', { name: '导出 PDF' }).isEnabled()).toBe(true);
    await screenshot(page, 'export-failure-banner');
    expect(downloads).toBe(0);

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Word' }).click()]);
    expect(docx.suggestedFilename()).toBe(`${TITLE}.docx`);
    await page.getByText('已导出 Word 文件。').waitFor();
  });
});

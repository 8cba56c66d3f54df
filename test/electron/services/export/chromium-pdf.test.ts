import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createChromiumPrinter, findChromium, windowsCandidates } from '../../../../electron/services/export/chromium-pdf';
import { PrinterUnavailable } from '../../../../electron/services/export/pdf-printer';
import { renderPrintHtml } from '../../../../electron/services/export/print-html';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { createTestCore, tempDir } from '../../../helpers';
import { shortReport } from './fixtures';

/** Finding the browser that prints the PDF, and what the user is told when it cannot. */

function fakeBrowser(name: string): { dir: string; file: string } {
  const dir = tempDir('nianbao-fake-bin-');
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
  return { dir, file };
}

const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe('findChromium', () => {
  it('uses NIANBAO_CHROMIUM alone when set, and reports none when that file is missing', () => {
    const { file, dir } = fakeBrowser('my-browser');
    expect(findChromium({ NIANBAO_CHROMIUM: file, PATH: '/usr/bin' }, 'linux')).toBe(file);
    expect(findChromium({ NIANBAO_CHROMIUM: path.join(dir, 'gone'), PATH: '/usr/bin' }, 'linux')).toBeNull();
  });

  it('finds chromium, chromium-browser, google-chrome or microsoft-edge on the PATH (Linux: UOS, Kylin, Debian)', () => {
    const { dir, file } = fakeBrowser('microsoft-edge');
    expect(findChromium({ PATH: dir }, 'linux')).toBe(file);
    expect(findChromium({ PATH: tempDir() }, 'linux')).toBeNull();
  });

  it('looks for Edge first in the standard Windows install folders, then Chrome', () => {
    const list = windowsCandidates({ 'ProgramFiles(x86)': 'C:\\Program Files (x86)', ProgramFiles: 'C:\\Program Files' });
    expect(list[0]).toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(list).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });
});

describe('the headless Chromium printer', () => {
  it('says there is no printer when no browser is found (the export then falls back to LibreOffice)', async () => {
    const print = createChromiumPrinter({ env: { PATH: tempDir() } });
    await expect(print('<p>x</p>')).rejects.toBeInstanceOf(PrinterUnavailable);
  });

  it('reports a failing browser in Chinese, pointing to Word/WPS, and removes its temp folder', async () => {
    const browser = fakeBrowser('chromium').file;
    process.env.TMPDIR = tempDir();
    const print = createChromiumPrinter({ env: { NIANBAO_CHROMIUM: browser } });
    const failure = print('<p>x</p>');
    await expect(failure).rejects.toThrow(
      '浏览器打印 PDF 失败：浏览器异常退出（退出码 3）。可先导出 Word 文件，再用 Word/WPS“另存为 PDF”。',
    );
    expect(fs.readdirSync(process.env.TMPDIR)).toEqual([]);
  });

  it('names a 定稿 version in the PDF’s title (the .docx keeps it in its properties)', async () => {
    const core = createTestCore();
    const detail = await shortReport(core);
    core.close();
    const pdf = await createChromiumPrinter()(renderPrintHtml(detail, defaultExportSettings(), { label: '定稿 第 3 版' }));
    const file = path.join(tempDir(), 'final.pdf');
    fs.writeFileSync(file, pdf);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
      /Title:\s+市司法局关于2024年法治政府建设情况的报告（定稿 第 3 版）/,
    );
  }, 60_000);

  it('prints a PDF with the real browser and leaves no temp files behind', async () => {
    const core = createTestCore();
    const html = renderPrintHtml(await shortReport(core), defaultExportSettings());
    core.close();
    process.env.TMPDIR = tempDir();
    const pdf = await createChromiumPrinter()(html);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(process.env.TMPDIR)).toEqual([]);
  }, 60_000);
});

describe('the print-layout HTML', () => {
  it('is self-contained: no scripts, no remote or file references; page numbers only when the setting is on', async () => {
    const core = createTestCore();
    const detail = await shortReport(core);
    core.close();
    const html = renderPrintHtml(detail, defaultExportSettings());
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(|https?:/i);
    expect(html).toContain('@page{size:A4;margin:37mm 26mm 35mm 28mm}');
    expect(html).toContain('counter(page)');
    expect(renderPrintHtml(detail, { ...defaultExportSettings(), pageNumbers: false })).not.toContain('counter(page)');
  });
});

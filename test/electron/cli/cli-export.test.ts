import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { createTestCore, REPO_ROOT, tempDir } from '../../helpers';
import { FONTS_CONF } from '../services/export/render';
import { shortReport } from '../services/export/fixtures';

async function setup() {
  const core = createTestCore();
  const detail = await shortReport(core);
  core.close();
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (t: string) => out.push(t),
    err: (t: string) => err.push(t),
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    root: REPO_ROOT,
  };
  return { db: core.dbPath, id: detail.report.id, io, err, dir: tempDir() };
}

describe('nianbao export --format docx|pdf|html', () => {
  it('writes a self-contained HTML file: headings, table, metadata in the head, no scripts', async () => {
    const { db, id, io, dir } = await setup();
    const file = path.join(dir, 'r.html');
    expect(await runCli(['export', id, '--format', 'html', '--out', file, '--db', db], io)).toBe(0);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>市司法局关于2024年法治政府建设情况的报告</title>');
    expect(html).toContain('<meta name="author" content="市司法局">');
    expect(html).toContain('<meta name="report-year" content="2024">');
    expect(html).toContain('<meta name="date" content="2025-01-07">');
    expect(html).toContain('<h2>一、2024年推进法治政府建设的主要举措和成效</h2>');
    expect(html).toContain('<h3>（一）深入学习贯彻习近平法治思想</h3>');
    expect(html).toContain('<h4>1.健全工作机制</h4>');
    expect(html).toContain('<h5>（1）完善制度</h5>');
    expect(html).toContain('<thead><tr><th>项目</th><th>数量</th></tr></thead>');
    expect(html).not.toMatch(/<script|src=|href=|@import/i);
  });

  it('writes a .docx and an A4 PDF (printed by Chromium) with the page numbers', async () => {
    const { db, id, io, dir } = await setup();
    const docx = path.join(dir, 'r.docx');
    expect(await runCli(['export', id, '--out', docx, '--db', db], io)).toBe(0);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const pdf = path.join(dir, 'r.pdf');
    expect(await runCli(['export', id, '--format', 'pdf', '--out', pdf, '--db', db], io)).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text.replace(/\s/g, '')).toContain('一、2024年推进法治政府建设的主要举措和成效');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toContain('Producer:        Skia/PDF');
  }, 120_000);

  it('without a Chromium-family browser falls back to LibreOffice', async () => {
    const { db, id, io, dir } = await setup();
    const pdf = path.join(dir, 'r.pdf');
    const noBrowser = { ...io, env: { ...io.env, NIANBAO_CHROMIUM: path.join(dir, 'no-such-browser') } };
    expect(await runCli(['export', id, '--format', 'pdf', '--out', pdf, '--db', db], noBrowser)).toBe(0);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Producer:\s+LibreOffice/);
    expect(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })).toMatch(/—\s*1\s*—/);
  }, 120_000);

  it('when the browser fails (a sandboxed browser that cannot read the temp file), LibreOffice still makes the PDF', async () => {
    const { db, id, io, dir } = await setup();
    const failing = path.join(dir, 'failing-browser');
    fs.writeFileSync(failing, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
    const pdf = path.join(dir, 'r.pdf');
    const badBrowser = { ...io, env: { ...io.env, NIANBAO_CHROMIUM: failing } };
    expect(await runCli(['export', id, '--format', 'pdf', '--out', pdf, '--db', db], badBrowser)).toBe(0);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Producer:\s+LibreOffice/);
  }, 120_000);

  it('says in Chinese to save as PDF from Word/WPS when neither a browser nor LibreOffice is found, and leaves an earlier file intact', async () => {
    const { db, id, io, err, dir } = await setup();
    const pdf = path.join(dir, 'r.pdf');
    fs.writeFileSync(pdf, 'earlier');
    const missing = { NIANBAO_CHROMIUM: path.join(dir, 'no-such-browser'), NIANBAO_SOFFICE: path.join(dir, 'no-such-soffice') };
    const nothing = { ...io, env: { ...io.env, ...missing } };
    process.env.NIANBAO_SOFFICE = missing.NIANBAO_SOFFICE;
    try {
      expect(await runCli(['export', id, '--format', 'pdf', '--out', pdf, '--db', db], nothing)).toBe(1);
    } finally {
      delete process.env.NIANBAO_SOFFICE;
    }
    expect(err.join('\n')).toContain('本机都未找到。请先导出 Word 文件，再用 Word 或 WPS“另存为 PDF”');
    expect(fs.readFileSync(pdf, 'utf8')).toBe('earlier');
  });

  it('rejects an unknown format and a mismatched file name with usage help', async () => {
    const { db, id, io, err, dir } = await setup();
    expect(await runCli(['export', id, '--format', 'odt', '--out', path.join(dir, 'a.odt'), '--db', db], io)).toBe(2);
    expect(await runCli(['export', id, '--format', 'html', '--out', path.join(dir, 'a.docx'), '--db', db], io)).toBe(2);
    expect(err.join('\n')).toContain('--format 只能是 docx、pdf 或 html');
    expect(err.join('\n')).toContain('应以 .html 结尾');
  });
});

describe('export settings stored with the report', () => {
  it('defaults to GB/T 9704, saves per report and as app default, validates in Chinese', async () => {
    const core = createTestCore();
    const { report } = await shortReport(core);
    const s = await core.invoke('export.getSettings', { reportId: report.id });
    expect(s).toMatchObject({ lineSpacing: 28.95, boldHeadings: false, pageNumbers: true, closing: true });
    expect(s.fonts).toMatchObject({
      title: '方正小标宋简体',
      body: '仿宋_GB2312',
      heading1: '黑体',
      heading2: '楷体_GB2312',
      latin: 'Times New Roman',
    });
    await core.invoke('export.saveSettings', { reportId: null, settings: { ...s, lineSpacing: 28 } });
    expect((await core.invoke('export.getSettings', { reportId: report.id })).lineSpacing).toBe(28);
    await core.invoke('export.saveSettings', { reportId: report.id, settings: { ...s, boldHeadings: true } });
    expect(await core.invoke('export.getSettings', { reportId: report.id })).toMatchObject({ boldHeadings: true, lineSpacing: 28.95 });
    const bad = await core.call('export.saveSettings', { reportId: report.id, settings: { ...s, lineSpacing: 30 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(bad)).toContain('行距只能是 28、28.95 或 29 磅');
    expect((await core.invoke('export.getSettings', { reportId: report.id })).boldHeadings).toBe(true);
    core.close();
  });
});

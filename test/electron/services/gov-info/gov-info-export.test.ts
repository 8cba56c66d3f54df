import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { cellKey, NOT_APPLICABLE } from '../../../../shared/gov-info/tables';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { consistentValues } from '../../../shared/gov-info/fixture';
import { createTestCore, saveAtCurrent } from '../../../helpers';
import { ARTIFACTS, docxToPdfFile, pdfInfo, pdfLines } from '../export/render';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function filledReport() {
  const c = createTestCore();
  cores.push(c);
  const detail = await c.invoke('reports.create', {
    templateId: 'gov-info-annual',
    agency: '江宁县市场监督管理局',
    year: 2024,
    reportDate: '2025-01-20',
  });
  const values = consistentValues();
  values[cellKey('t2', 'fees', 'fees')] = 12.5;
  await c.invoke('govinfo.setCells', { reportId: detail.report.id, cells: values });
  const overview = detail.sections.find((s) => s.partId === 'overview')!;
  await saveAtCurrent(c, { id: overview.id, content: stateFromParagraphs(['2024年，本局共收到政府信息公开申请46件，予以公开24件。']) });
  const requests = detail.sections.find((s) => s.partId === 'requests')!;
  await saveAtCurrent(c, { id: requests.id, content: stateFromParagraphs(['本年度申请办理情况如下表。']) });
  return { c, id: detail.report.id };
}

describe('the 信息公开 tables exported in the national layout', () => {
  it('.docx: merged header cells (gridSpan, vMerge), set widths, 五号/小五 text, 不适用 and empty kept apart', async () => {
    const { c, id } = await filledReport();
    const file = await c.invoke('export.docx', { reportId: id });
    const xml = await (await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))).file('word/document.xml')!.async('string');
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    const [t2, t3, t4] = tables as [string, string, string];
    // 表三: 申请人情况 over 7 columns, 法人或其他组织 over 5, 自然人 and 总计 merged down, the 10-column grid
    expect(t3).toMatch(/<w:gridSpan w:val="7"\/>[\s\S]*?申请人情况/);
    expect(t3).toMatch(/<w:gridSpan w:val="5"\/>[\s\S]*?法人或其他组织/);
    expect(t3.match(/<w:gridCol /g)).toHaveLength(10);
    expect(t3).toContain('<w:vMerge w:val="restart"/>');
    expect(t3).toContain('<w:tblHeader/>');
    expect(t3).toContain('<w:sz w:val="21"/>'); // 10.5 pt
    // 表四: 15 columns, 行政诉讼 over 10, at 9 pt
    expect(t4.match(/<w:gridCol /g)).toHaveLength(15);
    expect(t4).toMatch(/<w:gridSpan w:val="10"\/>[\s\S]*?行政诉讼/);
    expect(t4).toContain('<w:sz w:val="18"/>');
    // 表二: 不适用 written as such, the fee with its decimals
    expect(t2).toContain('不适用');
    expect(t2).toContain('12.5');
    // The part's own text stays before its table.
    expect(xml.indexOf('本年度申请办理情况如下表。')).toBeLessThan(xml.indexOf('申请人情况'));
  });

  it('HTML: real <table> markup with <th> headers and the same merges', async () => {
    const { c, id } = await filledReport();
    const file = await c.invoke('export.html', { reportId: id });
    const html = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(html.match(/<table/g)).toHaveLength(3);
    expect(html).toMatch(/<th colspan="7"[^>]*>申请人情况<\/th>/);
    expect(html).toMatch(/<th rowspan="2"[^>]*>自然人<\/th>/);
    expect(html).toMatch(/<th colspan="10"[^>]*>行政诉讼<\/th>/);
    expect(html).toContain('<thead>');
    expect(html).toContain('font-size:9pt');
    expect(html).toMatch(/<td[^>]*>不适用<\/td>/);
  });

  it('rendered by LibreOffice: A4 portrait, every table line inside the text block (PNG in build/artifacts)', async () => {
    const { c, id } = await filledReport();
    // an empty cell prints empty, never 0
    await c.invoke('govinfo.setCells', {
      reportId: id,
      cells: { [cellKey('t4', 'cases', 'after-pending')]: null, [cellKey('t2', 'rules', 'issued')]: NOT_APPLICABLE },
    });
    const file = await c.invoke('export.docx', { reportId: id });
    const pdf = docxToPdfFile(Buffer.from(file.base64, 'base64'), 'gov-info-tables');
    const info = pdfInfo(pdf);
    expect(Math.round(info.widthPt)).toBe(595);
    expect(Math.round(info.heightPt)).toBe(842);
    const pages = pdfLines(pdf);
    const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');
    for (const label of ['申请人情况', '法人或其他组织', '结转下年度继续办理', '未经复议直接起诉', '复议后起诉', '行政事业性收费'])
      expect(text).toContain(label);
    // 26 mm right margin of 595 pt: nothing may run past x = 595 − 73.7 (a little slack for borders).
    const rightEdge = 595 - (26 / 25.4) * 72 + 2;
    for (const p of pages) for (const l of p.lines) expect(l.xMax, l.text).toBeLessThanOrEqual(rightEdge);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, path.join(ARTIFACTS, 'gov-info-tables')]);
    expect(fs.readdirSync(ARTIFACTS).some((f) => f.startsWith('gov-info-tables'))).toBe(true);
  }, 240_000);
});

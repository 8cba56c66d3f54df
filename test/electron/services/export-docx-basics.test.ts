import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, tempDir, saveAtCurrent } from '../../helpers';
import { docxToPdf, pdfInfo, pdfText } from '../../support/libreoffice';

let core: ReturnType<typeof createTestCore>;
let docx: string;
let documentXml: string;

beforeAll(async () => {
  core = createTestCore();
  const detail = await core.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '市政务服务和大数据管理局',
    year: 2024,
    reportDate: '2025-01-07',
  });
  const byPart = (id: string) => detail.sections.find((s) => s.partId === id)!;
  const opening = detail.sections.find((s) => s.kind === 'opening')!;
  await saveAtCurrent(core, {
    id: opening.id,
    content: stateFromParagraphs(['2024年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：']),
  });
  const sub = await core.invoke('sections.add', {
    reportId: detail.report.id,
    parentId: byPart('measures').id,
    heading: '深入学习贯彻习近平法治思想',
    partId: 'xuexi',
  });
  await saveAtCurrent(core, { id: sub.id, content: stateFromParagraphs(['组织专题学习12次。']) });
  await saveAtCurrent(core, { id: byPart('shortcomings').id, content: stateFromParagraphs(['基层执法力量仍然薄弱。']) });
  const file = await core.invoke('export.docx', { reportId: detail.report.id });
  docx = path.join(tempDir(), file.fileName);
  fs.writeFileSync(docx, Buffer.from(file.base64, 'base64'));
  documentXml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
});
afterAll(() => core.close());

/** The text of each paragraph, in order. */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

describe('.docx export (first cut)', () => {
  it('is A4 with the official margins (37/35/28/26 mm)', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(documentXml)![1]!;
    expect(margins).toContain('w:top="2098"');
    expect(margins).toContain('w:bottom="1984"');
    expect(margins).toContain('w:left="1587"');
    expect(margins).toContain('w:right="1474"');
  });

  it('contains every section in order, with its computed heading number and text, then the closing', () => {
    const texts = paragraphs(documentXml).filter((t) => t !== '');
    expect(texts).toEqual([
      '市政务服务和大数据管理局关于2024年法治政府建设情况的报告',
      '2024年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：',
      '一、2024年推进法治政府建设的主要举措和成效',
      '（一）深入学习贯彻习近平法治思想',
      '组织专题学习12次。',
      '二、2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '三、2024年推进法治政府建设存在的不足和原因',
      '基层执法力量仍然薄弱。',
      '四、2025年推进法治政府建设的主要安排',
      '五、其他需要报告的情况',
      '市政务服务和大数据管理局',
      '2025年1月7日',
    ]);
  });

  it('opens in LibreOffice: an A4 PDF with the same text', () => {
    const pdf = docxToPdf(docx);
    expect(pdfInfo(pdf)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const s of ['关于2024年法治政府建设情况的报告', '（一）深入学习贯彻习近平法治思想', '基层执法力量仍然薄弱。', '2025年1月7日'])
      expect(text).toContain(s);
  });
});

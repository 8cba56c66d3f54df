import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { sectionsInReadingOrder } from '../../../../shared/outline';
import { toBlocks, blockText } from '../../../../shared/rich-text';
import { createTestCore, REPO_ROOT } from '../../../helpers';
import { lostSentences, sourceSentences } from '../../../shared/import/lossless';
import { autoNumberedDocx, directFormattingDocx, REPORT, styledDocx } from './docx-fixtures';

const cores: Array<ReturnType<typeof createTestCore>> = [];
function core() {
  const c = createTestCore();
  cores.push(c);
  return c;
}
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const file = (fileName: string, buf: Buffer) => ({ source: { type: 'file' as const, fileName, base64: buf.toString('base64') } });

describe.each([
  ['with heading styles', styledDocx],
  ['with direct formatting only', directFormattingDocx],
  ['with automatic heading numbering (numbers not in the text)', autoNumberedDocx],
])('import of a .docx %s', (_name, make) => {
  it('recovers the title over two lines, the outline at three levels, the closing and the mapping', async () => {
    const preview = await core().invoke('import.preview', file('2024年报告.docx', await make()));
    expect(preview).toMatchObject({
      kind: 'fazhi-annual',
      title: '南湖区市场监督管理局关于2024年法治政府建设情况的报告',
      agency: '南湖区市场监督管理局',
      year: 2024,
      date: '2025-01-20',
      signature: '南湖区市场监督管理局',
      template: 'fazhi-annual-department',
    });
    expect(preview.sections.map((s) => [s.number, s.part])).toEqual([
      ['一', 'measures'],
      ['二', 'leaders'],
      ['三', 'shortcomings'],
      ['四', 'plans'],
    ]);
    const study = preview.sections[0]!.children[0]!;
    expect(study.heading).toBe('深入学习贯彻习近平法治思想');
    expect(study.children.map((c) => [c.level, c.number, c.heading])).toEqual([
      [3, '1', '健全学法制度'],
      [3, '2', '开展执法培训'],
    ]);
    expect(study.children[1]!.paragraphs).toEqual([REPORT.parts[0]!.subs![0]!.items[1]!.body]);
    expect(preview.missingParts).toEqual(['other']);
  });

  it('loses no sentence of the document', async () => {
    const preview = await core().invoke('import.preview', file('2024年报告.docx', await make()));
    const everything = JSON.stringify(REPORT)
      .replace(/"[a-zA-Z]+":/g, '\n')
      .replace(/[{}[\]",]/g, '\n');
    expect(sourceSentences(everything, [REPORT.date]).length).toBeGreaterThan(15);
    expect(lostSentences(everything, preview, [REPORT.date])).toEqual([]);
  });
});

describe('import.save', () => {
  it('creates the report: metadata, opening, parts filled by meaning, subsections, 1. headings as h3 in the text', async () => {
    const c = core();
    const { id } = await c.invoke('import.save', file('report.docx', await styledDocx()));
    const detail = await c.invoke('reports.get', { id });
    expect(detail.report).toMatchObject({
      title: '南湖区市场监督管理局关于2024年法治政府建设情况的报告',
      agency: '南湖区市场监督管理局',
      year: 2024,
      reportDate: '2025-01-20',
      templateId: 'fazhi-annual-department',
    });
    const order = sectionsInReadingOrder(detail.sections);
    expect(order[0]!.section.plainText).toBe(REPORT.opening);
    expect(order.map((e) => [e.number, e.section.partId, e.section.heading])).toEqual([
      ['', null, '导语'],
      ['一、', 'measures', '2024年推进法治政府建设的主要举措和成效'],
      // Matched to the template's subsections by meaning, so their guidance shows.
      ['（一）', 'xuexi', '深入学习贯彻习近平法治思想'],
      ['（二）', 'zhifa', '严格规范公正文明执法'],
      ['二、', 'leaders', '2024年党政主要负责人履行推进法治建设第一责任人职责情况'],
      ['三、', 'shortcomings', '存在的问题和不足'],
      ['四、', 'plans', '2025年工作打算'],
      ['五、', 'other', '其他需要报告的情况'],
    ]);
    const study = order[2]!.section;
    const blocks = toBlocks(study.content);
    expect(blocks.map((b) => [b.kind, blockText(b)])).toEqual([
      ['heading', '健全学法制度'],
      ['paragraph', '局党组理论学习中心组集体学法6次，全体干部参加年度学法考试，参考率100%。'],
      ['heading', '开展执法培训'],
      ['paragraph', '举办执法人员培训班3期，培训240人次。一是讲授新修订的行政处罚法。二是开展案卷评查。'],
    ]);
    expect(order[4]!.section.plainText).toBe('局主要负责人主持召开党组会专题研究法治建设4次。');
    expect(order[7]!.section.state).toBe('empty');
  });

  it('follows the corrected mapping: several parts into one, an unmapped part kept as an extra part where it stood', async () => {
    const c = core();
    const text = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/import/pasted-web-report.txt'), 'utf8');
    const roles = ['measures', 'measures', 'shortcomings', 'plans', null] as const;
    const { id, preview } = await c.invoke('import.save', { source: { type: 'text', text }, roles: [...roles] });
    expect(preview.missingParts).toEqual(['leaders', 'other']);
    const order = sectionsInReadingOrder((await c.invoke('reports.get', { id })).sections);
    const parts = order.filter((e) => e.level === 1).map((e) => [e.section.partId, e.section.heading, e.section.charCount > 0]);
    expect(parts).toEqual([
      // The part's own text is empty: its content is in its subsections.
      ['measures', '2024年推进法治政府建设的主要举措和成效', false],
      ['leaders', '2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况', false],
      ['shortcomings', '2024年推进法治政府建设存在的不足和原因', true],
      ['plans', '2025年法治政府建设工作计划', true],
      // In the source it came after the plans: it stays there, before the template's 其他 part.
      [null, '对上级机关的意见建议', true],
      ['other', '其他需要报告的情况', false],
    ]);
    const subs = order.filter((e) => e.level === 2).map((e) => e.section.heading);
    expect(subs).toEqual([
      '深入学习贯彻习近平法治思想',
      '严格规范公正文明执法',
      '2024年党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
    ]);
    expect(order.find((e) => e.section.heading === '对上级机关的意见建议')!.section.plainText).toBe('建议加强对基层的业务培训。');
  });
});

async function zipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', '0'.repeat(40 * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

describe('bad input gets a clear message and changes nothing', () => {
  const count = (c: ReturnType<typeof createTestCore>) =>
    (c.db.prepare('SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM sections) AS n').get() as { n: number }).n;

  const cases: Array<[string, () => Promise<{ fileName: string; buf: Buffer }>, RegExp]> = [
    [
      'a .docx that is not a zip',
      async () => ({ fileName: 'a.docx', buf: Buffer.from('这不是 Word 文件') }),
      /不是有效的 Word（\.docx）文件/,
    ],
    ['a zip bomb', async () => ({ fileName: 'bomb.docx', buf: await zipBomb() }), /解压后异常庞大/],
    ['a 50 MB file', async () => ({ fileName: 'big.txt', buf: Buffer.alloc(50 * 1024 * 1024, 0x41) }), /文件过大/],
    ['an empty file', async () => ({ fileName: 'empty.txt', buf: Buffer.alloc(0) }), /文件是空的/],
    [
      'an old .doc',
      async () => ({ fileName: 'old.doc', buf: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) }),
      /另存为“Word 文档（\.docx）”/,
    ],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const c = core();
    const { fileName, buf } = await make();
    const before = count(c);
    const result = await c.call('import.save', file(fileName, buf));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(message);
    expect(count(c)).toBe(before);
  });

  it('reads a text file in GBK encoding', async () => {
    const c = core();
    // 「东湖县2019年依法行政工作报告\n一、工作回顾\n正文。」 in GBK (Python's codec; Node has no GBK encoder).
    const gbk = Buffer.from('b6abbafecfd832303139c4ead2c0b7a8d0d0d5feb9a4d7f7b1a8b8e60ad2bba1a2b9a4d7f7bbd8b9cb0ad5fdcec4a1a3', 'hex');
    const preview = await c.invoke('import.preview', file('gbk.txt', gbk));
    expect(preview.title).toBe('东湖县2019年依法行政工作报告');
    expect(preview.sections[0]!.heading).toBe('工作回顾');
    expect(preview.sections[0]!.paragraphs).toEqual(['正文。']);
  });
});

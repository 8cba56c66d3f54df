import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { splitTitle } from '../../../../electron/services/export/title-lines';
import { sectionsInReadingOrder } from '../../../../shared/outline';
import { defaultExportSettings, type ExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { shortReport } from './fixtures';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function exported(settings: Partial<ExportSettings> = {}) {
  const core = createTestCore();
  cores.push(core);
  const detail = await shortReport(core);
  const buffer = await renderDocx(detail, { ...defaultExportSettings(), ...settings });
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string) => zip.file(name)!.async('string');
  return { core, detail, buffer, zip, read, doc: await read('word/document.xml'), styles: await read('word/styles.xml') };
}

/** The XML of the paragraph that contains this text. */
const paragraphWith = (xml: string, text: string) => xml.split('<w:p>').find((p) => p.includes(text)) ?? '';
const styleXml = (styles: string, id: string) => new RegExp(`<w:style[^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';

describe('.docx layout (GB/T 9704-2012), read from the XML', () => {
  it('A4, margins 37/35/28/26 mm, line-only grid with pitch 579', async () => {
    const { doc } = await exported();
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
  });

  it('line spacing is exact 28.95 pt by default and follows the setting (28, 29)', async () => {
    const normal = (styles: string) => /<w:pPrDefault><w:pPr>.*?<w:spacing ([^/]*)\/>/.exec(styles)![1];
    const defaults = (await exported()).styles;
    expect(normal(defaults)).toBe('w:after="0" w:before="0" w:line="579" w:lineRule="exact"');
    // No widow control: every full page gets its 22 lines.
    expect(defaults).toMatch(/<w:pPrDefault><w:pPr>.*<w:widowControl w:val="false"\/>/);
    expect(normal((await exported({ lineSpacing: 28 })).styles)).toContain('w:line="560" w:lineRule="exact"');
    expect(normal((await exported({ lineSpacing: 29 })).styles)).toContain('w:line="580" w:lineRule="exact"');
    expect(styleXml((await exported({ lineSpacing: 29 })).styles, 'Heading1')).toContain('w:line="580" w:lineRule="exact"');
    expect((await exported({ lineSpacing: 28 })).doc).toMatch(/<w:docGrid w:type="lines" w:linePitch="560"\/>/);
  });

  it('title: Title style, 小标宋 22 pt centred, off the grid, long title split into balanced lines', async () => {
    const { doc, styles } = await exported();
    const title = styleXml(styles, 'Title');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const p = paragraphWith(doc, '市司法局关于');
    expect(p).toContain('<w:pStyle w:val="Title"/><w:snapToGrid w:val="false"/>');
    expect(p).toContain('<w:br/>');
    expect(splitTitle('市司法局关于2024年法治政府建设情况的报告')).toEqual(['市司法局关于2024年', '法治政府建设情况的报告']);
    const long = splitTitle('某某县人民政府关于2024年度法治政府建设工作情况和2025年工作安排的报告');
    expect(long.join('')).toBe('某某县人民政府关于2024年度法治政府建设工作情况和2025年工作安排的报告');
    expect(long.length).toBe(2);
    // No line breaks inside a word, a number or 《》.
    for (const line of long.slice(0, -1)) expect(line).toMatch(/(关于|年度|年|的|和|情况|建设|政府)$/);
    expect(splitTitle('短标题')).toEqual(['短标题']);
  });

  it('body: 仿宋 16 pt condensed 0.25 pt, first line indented 2 characters, justified; eastAsia slot and Latin font in every run', async () => {
    const { doc, detail } = await exported({ fonts: { ...defaultExportSettings().fonts, latin: 'Arial' } });
    const runs = doc.match(/<w:r>[\s\S]*?<\/w:r>/g)!.filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs)
      expect(run).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="[^"]+" w:hAnsi="Arial" w:hint="eastAsia"\/>/);
    const body = paragraphWith(doc, detail.sections.find((x) => x.kind === 'opening')!.plainText.slice(0, 8));
    expect(body).not.toContain('pStyle');
    expect(body).toContain('<w:ind w:firstLine="630"/>');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('<w:spacing w:val="-5"/>');
  });

  it('headings: real styles Heading1–4 with outline levels, 一、黑体 （一）楷体 1. and （1）仿宋, 16 pt, literal numbers', async () => {
    const { doc, styles } = await exported();
    const fonts = { Heading1: '黑体', Heading2: '楷体_GB2312', Heading3: '仿宋_GB2312', Heading4: '仿宋_GB2312' };
    for (const [id, font] of Object.entries(fonts)) {
      const s = styleXml(styles, id);
      expect(s, id).toContain(`w:eastAsia="${font}"`);
      expect(s, id).toContain('<w:sz w:val="32"/>');
      expect(s, id).toContain(`<w:outlineLvl w:val="${Number(id.slice(-1)) - 1}"/>`);
    }
    expect(paragraphWith(doc, '一、2024年')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(paragraphWith(doc, '（一）')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(paragraphWith(doc, '健全工作机制')).toMatch(/Heading3[\s\S]*>1\.<\/w:t>/);
    expect(paragraphWith(doc, '强化监督')).toMatch(/>2\.<\/w:t>/);
    expect(paragraphWith(doc, '完善制度')).toMatch(/Heading4[\s\S]*>（1）<\/w:t>/);
    expect(doc).toContain('>五、其他需要报告的情况<');
  });

  it('bold headings and run-in headings are options', async () => {
    const plain = await exported();
    expect(styleXml(plain.styles, 'Heading1')).toContain('<w:b w:val="false"/>');
    const bold = await exported({ boldHeadings: true, runInHeadings: true });
    expect(styleXml(bold.styles, 'Heading1')).toMatch(/<w:b\/>|<w:b w:val="true"\/>/);
    const runIn = paragraphWith(bold.doc, '健全工作机制');
    expect(runIn).not.toContain('Heading3');
    expect(runIn).toMatch(/>健全工作机制<\/w:t>[\s\S]*>。<\/w:t>[\s\S]*>法诉/);
  });

  it('page numbers 「— N —」 宋体 14 pt: PAGE field, odd right / even left with one character gap, evenAndOddHeaders', async () => {
    const { zip, read } = await exported();
    expect(await read('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d+\.xml/.test(f))
        .map(read),
    );
    const odd = footers.find((f) => f.includes('w:val="right"'))!;
    const even = footers.find((f) => f.includes('w:val="left"'))!;
    for (const f of [odd, even]) {
      expect(f).toContain('PAGE');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
      expect(f).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
    }
    expect(odd).toContain('w:right="280"');
    expect(even).toContain('w:left="280"');
    expect((await exported({ pageNumbers: false })).doc).not.toContain('footerReference');
  });

  it('closing: optional 特此报告。, signature then full date; off by setting', async () => {
    const { doc } = await exported({ closingPhrase: true });
    expect(doc).toContain('>特此报告。<');
    expect(doc).toContain('>2025年1月7日<');
    expect(doc.indexOf('>市司法局<')).toBeLessThan(doc.indexOf('>2025年1月7日<'));
    // Signature and date are kept together: the date never stands alone on a last page.
    expect(paragraphWith(doc, '>市司法局<')).toContain('<w:keepNext/>');
    const off = await exported({ closing: false });
    expect(off.doc).not.toContain('>2025年1月7日<');
    expect(off.doc).not.toContain('特此报告');
  });

  it('tables: grid column widths and every cell width set, header row repeated, 仿宋 at the table size', async () => {
    const { doc } = await exported({ tableFontSize: 14 });
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(table.match(/<w:gridCol w:w="\d+"\/>/g)).toHaveLength(2);
    expect(table.match(/<w:tcW w:type="dxa" w:w="\d+"\/>/g)).toHaveLength(6);
    expect(table).toContain('<w:tblHeader/>');
    expect(table).toContain('w:eastAsia="仿宋_GB2312"');
    expect(table).toContain('<w:sz w:val="28"/>');
  });

  it('round trip with mammoth: same headings h1–h4 and paragraph texts, same order', async () => {
    const { buffer, detail } = await exported();
    const { value } = await mammoth.convertToHtml({ buffer });
    const items = [...value.matchAll(/<(h\d|p)>([\s\S]*?)<\/\1>/g)].map((m) => `${m[1]}:${m[2]!.replace(/<[^>]+>/g, '')}`);
    const headings = items.filter((i) => i.startsWith('h'));
    expect(headings).toEqual([
      'h1:一、2024年推进法治政府建设的主要举措和成效',
      'h2:（一）深入学习贯彻习近平法治思想',
      'h3:1.健全工作机制',
      'h4:（1）完善制度',
      'h3:2.强化监督',
      `h1:二、${detail.sections.filter((s) => s.kind === 'part')[1]!.heading}`,
      'h1:三、2024年推进法治政府建设存在的不足和原因',
      'h1:四、2025年推进法治政府建设的主要安排',
      'h1:五、其他需要报告的情况',
    ]);
    const ordered = sectionsInReadingOrder(detail.sections).map((e) => detail.sections.find((s) => s.id === e.section.id)!);
    const paragraphs = ordered.flatMap((s) => s.plainText.split('\n')).filter((t) => t.endsWith('。'));
    const read = items.filter((i) => i.startsWith('p:') && i.endsWith('。')).map((i) => i.slice(2));
    expect(read).toEqual(paragraphs);
  });
});

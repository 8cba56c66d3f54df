import { saveAtCurrent } from '../../../helpers';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { withCachedPageNumber } from '../../../../electron/services/export/docx-package';
import { defaultExportSettings, type ExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { P, shortReport, state } from './fixtures';

/** Issue 13: East Asian typography, run language, font table and leftovers, read from the exported parts. */

const core = createTestCore();
afterAll(() => core.close());

async function parts(settings: Partial<ExportSettings> = {}) {
  const buffer = await renderDocx(await shortReport(core), { ...defaultExportSettings(), ...settings });
  const files = unzipSync(new Uint8Array(buffer));
  const read = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  return { names: Object.keys(files), read };
}

const fontEntry = (table: string, name: string) => new RegExp(`<w:font w:name="${name}">[\\s\\S]*?</w:font>`).exec(table)?.[0] ?? '';

describe('exported .docx: East Asian typography and fonts (XML)', () => {
  let p: Awaited<ReturnType<typeof parts>>;
  beforeAll(async () => {
    p = await parts();
  });

  it('document defaults and Normal: kinsoku, no hanging in LibreOffice, autoSpaceDE/DN off, in schema order', () => {
    const styles = p.read('word/styles.xml');
    const defaults = /<w:pPrDefault>([\s\S]*?)<\/w:pPrDefault>/.exec(styles)![1]!;
    const normal = /<w:style w:type="paragraph" w:default="1" w:styleId="Normal">([\s\S]*?)<\/w:style>/.exec(styles)![1]!;
    for (const pPr of [defaults, normal]) {
      expect(pPr).toMatch(
        /<w:widowControl w:val="false"\/><w:kinsoku\/><w:overflowPunct w:val="1"\/><w:topLinePunct w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:spacing /,
      );
    }
  });

  it('no punctuation compression; zh-CN theme language', () => {
    const settings = p.read('word/settings.xml');
    expect(settings).toContain('<w:characterSpacingControl w:val="doNotCompress"/>');
    expect(settings).toContain('<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>');
    // CT_Settings order: evenAndOddHeaders before characterSpacingControl before compat.
    expect(settings.indexOf('evenAndOddHeaders')).toBeLessThan(settings.indexOf('characterSpacingControl'));
    expect(settings.indexOf('characterSpacingControl')).toBeLessThan(settings.indexOf('<w:compat>'));
  });

  it('every run with text: w:hint="eastAsia" and w:lang eastAsia zh-CN, so “” and …… take the Chinese font', () => {
    for (const part of ['word/document.xml', 'word/footer1.xml', 'word/footer2.xml']) {
      const runs = p
        .read(part)
        .match(/<w:r>[\s\S]*?<\/w:r>/g)!
        .filter((r) => r.includes('<w:t'));
      expect(runs.length, part).toBeGreaterThan(0);
      for (const run of runs) {
        expect(run, part).toMatch(/<w:rFonts [^>]*w:hint="eastAsia"\/>/);
        expect(run, part).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
      }
    }
  });

  it('quotes, 间隔号, ellipsis and dash in runs of their own whose every font slot is the Chinese font (LibreOffice ignores w:hint)', async () => {
    const detail = await shortReport(core);
    const opening = detail.sections.find((s) => s.kind === 'opening')!;
    const text = '围绕“3·15”国际消费者权益日开展活动……共计2024年1—3月。';
    await saveAtCurrent(core, { id: opening.id, content: state([P(text)]) });
    const buffer = await renderDocx(await core.invoke('reports.get', { id: detail.report.id }), defaultExportSettings());
    const doc = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
    const runs = [...doc.matchAll(/<w:r><w:rPr>(.*?)<\/w:rPr><w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => ({ rPr: m[1]!, text: m[2]! }));
    const inParagraph = runs.filter((r) => text.includes(r.text) && r.text !== '');
    expect(inParagraph.map((r) => r.text).join('')).toBe(text);
    for (const run of inParagraph) {
      const chinese = run.rPr.includes('w:ascii="仿宋_GB2312" w:cs="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312"');
      expect(chinese, run.text).toBe(/^[“”‘’·…—]+$/.test(run.text));
    }
  });

  it('fontTable.xml: 仿宋_GB2312, 楷体_GB2312, 方正小标宋简体, 黑体 and 宋体 with charset 86, altName and panose; Times New Roman charset 00', () => {
    const table = p.read('word/fontTable.xml');
    const expected = { 仿宋_GB2312: '仿宋', 楷体_GB2312: '楷体', 方正小标宋简体: '华文中宋', 黑体: 'SimHei', 宋体: 'SimSun' };
    for (const [name, alt] of Object.entries(expected)) {
      const entry = fontEntry(table, name);
      expect(entry, name).toContain(`<w:altName w:val="${alt}"/>`);
      expect(entry, name).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/><w:charset w:val="86"\/>/);
    }
    expect(fontEntry(table, '仿宋_GB2312')).toContain('<w:panose1 w:val="02010609030101010101"/>');
    expect(fontEntry(table, 'Times New Roman')).toContain('<w:charset w:val="00"/>');
  });

  it('a font from the settings that the table does not know gets a charset-86 entry', async () => {
    const custom = await parts({ fonts: { ...defaultExportSettings().fonts, body: '方正仿宋_GBK' } });
    expect(fontEntry(custom.read('word/fontTable.xml'), '方正仿宋_GBK')).toContain('<w:charset w:val="86"/>');
  });

  it('no leftovers: every referenced style is defined, no Heading 5/6, list or TOC styles, no bullet numbering, lastModifiedBy is the agency', () => {
    const styles = p.read('word/styles.xml');
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const referenced = new Set(
      p.names
        .filter((n) => n.endsWith('.xml'))
        .flatMap((n) => [...p.read(n).matchAll(/<w:(?:pStyle|rStyle|basedOn|next|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1])),
    );
    for (const id of referenced) expect(defined.has(id), `style ${id}`).toBe(true);
    expect([...defined].sort()).toEqual(
      [
        'DefaultParagraphFont',
        'EndnoteReference',
        'FootnoteReference',
        'Heading1',
        'Heading2',
        'Heading3',
        'Heading4',
        'Normal',
        'TableNormal',
        'Title',
      ].sort(),
    );
    expect(p.read('word/numbering.xml')).not.toContain('<w:abstractNum');
    expect(p.read('docProps/core.xml')).toContain('<cp:lastModifiedBy>市司法局</cp:lastModifiedBy>');
    expect(p.read('docProps/core.xml')).not.toContain('Un-named');
  });

  it('page numbers: the PAGE field carries a cached result (1 on the odd footer, 2 on the even), in 宋体 14 pt', () => {
    const footers = [p.read('word/footer1.xml'), p.read('word/footer2.xml')];
    const odd = footers.find((f) => f.includes('<w:jc w:val="right"/>'))!;
    const even = footers.find((f) => f.includes('<w:jc w:val="left"/>'))!;
    for (const [footer, n] of [
      [odd, 1],
      [even, 2],
    ] as const) {
      expect(footer).toMatch(
        new RegExp(
          `PAGE</w:instrText>[\\s\\S]*fldCharType="separate"/></w:r><w:r><w:rPr>[^]*?<w:sz w:val="28"/>[^]*?</w:rPr><w:t>${n}</w:t></w:r><w:r>[^]*?fldCharType="end"`,
        ),
      );
    }
    expect(withCachedPageNumber('<w:r><w:fldChar w:fldCharType="separate"/></w:r>', 3)).toBe(
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>',
    );
  });
});

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeImport, blocksFromText, type TemplateParts } from '../../../shared/import/analyze';
import { tableFromHtml } from '../../../shared/import/import-table';
import { blocksFromHtml } from '../../../shared/import/pasted-html';
import { REPO_ROOT, TEMPLATES_DIR } from '../../helpers';

/** Our own fixtures (issue 12): web pages with navigation and metadata, no title, other kinds. */
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/import');
const templateParts = (id: string) => {
  const file = path.join(TEMPLATES_DIR, `${id}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as TemplateParts) : null;
};
const analyze = (name: string) => analyzeImport(blocksFromText(fs.readFileSync(path.join(FIXTURES, name), 'utf8')), { templateParts });

describe('kinds and years from the body, not only the title', () => {
  it.each([
    ['web-district-extra-part.txt', 'fazhi-annual', 2025, '标题'],
    ['no-title-department-runin.txt', 'fazhi-annual', 2025, '现将有关情况报告如下'],
    ['npc-yifa-report.txt', 'yifa-report', 2025, '人民代表大会常务委员会'],
    ['gov-info-from-part-one.txt', 'gov-info', 2025, '总体情况'],
    ['thematic-part-between.txt', 'fazhi-annual', 2025, '标题'],
  ])('%s → %s, %i', (name, kind, year, cue) => {
    const p = analyze(name);
    expect(p.kind).toBe(kind);
    expect(p.year).toBe(year);
    expect(p.kindConfidence).toBeGreaterThanOrEqual(0.6);
    expect(p.kindReasons.join('；')).toContain(cue);
  });

  it('a page with no title is still a 法治政府 report of its department, with its signature', () => {
    const p = analyze('no-title-department-runin.txt');
    expect(p).toMatchObject({
      title: '',
      agency: '某县市场监督管理局',
      signature: '某县市场监督管理局',
      date: '2026-01-15',
      template: 'fazhi-annual-department',
    });
    expect(p.layout).toEqual({ runInHeadings: true, closingPhrase: false, closing: true });
    expect(p.sections[0]!.children.map((c) => [c.number, c.heading])).toEqual([
      ['1', '优化机构职能'],
      ['2', '完善制度体系'],
      ['3', '规范执法行为'],
    ]);
  });

  it('a government page: navigation, bulleted metadata, 发布时间/来源/浏览次数, widgets and pipe rows are removed, metadata kept', () => {
    const p = analyze('web-district-extra-part.txt');
    expect(p.metadata).toMatchObject({
      索引号: '11330102MB0000000A/2026-00031',
      文号: '云政〔2026〕3号',
      来源: '云岭区司法局',
      浏览次数: '1287',
    });
    expect(p.sourceLines[0]).toBe('青溪市云岭区人民政府关于2025年法治政府建设情况的报告');
    expect(p.sourceLines.slice(-3)).toEqual(['特此报告。', '青溪市云岭区人民政府', '2026年2月20日']);
    expect(p.sourceLines.join('\n')).not.toMatch(/今天是|首页|字号|发布时间|\||打印|扫一扫|分享/u);
    expect(p.signature).toBe('青溪市云岭区人民政府');
    expect(p.agency).toBe('青溪市云岭区人民政府');
    expect(p.layout.closingPhrase).toBe(true);
    // 特此报告 is not part of the last part: the export writes it after the body.
    expect(p.sections.at(-1)!.paragraphs).toEqual(['本年度我区未发生行政机关不履行法院生效裁判的情况。']);
  });

  it('suggests, without applying: a thematic part between two 主要举措 parts, 意见建议 as its own part', () => {
    const thematic = analyze('thematic-part-between.txt');
    expect(thematic.sections[1]!.part).toBeNull();
    expect(thematic.suggestions).toEqual([{ index: 1, part: 'measures', reason: expect.stringContaining('之间') }]);
    const web = analyze('web-district-extra-part.txt');
    expect(web.suggestions).toEqual([{ index: 4, part: null, reason: expect.stringContaining('意见建议') }]);
  });

  it('the kind can be corrected, and the template follows it', () => {
    const p = analyzeImport(blocksFromText(fs.readFileSync(path.join(FIXTURES, 'npc-yifa-report.txt'), 'utf8')), {
      templateParts,
      kind: 'fazhi-annual',
    });
    expect(p.kind).toBe('fazhi-annual');
    expect(p.template).toBe('fazhi-annual-local');
  });
});

describe('tables in pasted text', () => {
  it('tab-separated rows become one table; a lone tab line stays a paragraph', () => {
    const blocks = blocksFromText('表一\n项目\t数量\n行政复议\t12\n说明\t无关\n\n结束语。');
    expect(blocks.map((b) => (b.table ? b.table.rows.map((r) => r.map((c) => c.text)) : b.text))).toEqual([
      '表一',
      [
        ['项目', '数量'],
        ['行政复议', '12'],
        ['说明', '无关'],
      ],
      '',
      '结束语。',
    ]);
    expect(blocksFromText('甲\t乙\n正文。')[0]!.table).toBeUndefined();
  });

  it('reads merged cells from HTML', () => {
    const t = tableFromHtml('<table><tr><td colspan="2"><p>合计</p></td></tr><tr><td rowspan="2">A</td><td>1</td></tr></table>');
    expect(t.rows).toEqual([
      [{ text: '合计', colSpan: 2, rowSpan: 1 }],
      [
        { text: 'A', colSpan: 1, rowSpan: 2 },
        { text: '1', colSpan: 1, rowSpan: 1 },
      ],
    ]);
  });

  it('never throws and keeps every line of ordinary text, whatever the input', () => {
    const unit = fc.constantFrom(...'一二、。（）1.\t|年报告如下特此：:- •今天是首页>\n '.split(''), 'ab', '2025年');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        const p = analyzeImport(blocksFromText(text), { templateParts });
        expect(p.kindConfidence).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });

  it('handles 200,000-character runs of table-like and debris-like text', () => {
    for (const text of ['|'.repeat(200_000), 'a\t'.repeat(100_000), '<table><td colspan="'.repeat(10_000), '• 索引号：'.repeat(20_000)]) {
      expect(() => analyzeImport(blocksFromText(text), { templateParts })).not.toThrow();
      expect(() => tableFromHtml(text)).not.toThrow();
    }
  });
});

describe('pasted HTML', () => {
  it('reads paragraphs and tables in order, drops scripts and styles', () => {
    const blocks = blocksFromHtml(
      '<style>p{}</style><div>甲。<br>乙。</div><table><tr><td>a</td><td>b</td></tr></table><p>丙&amp;丁</p>',
      blocksFromText,
    );
    expect(blocks.map((b) => (b.table ? 'TABLE' : b.text)).filter(Boolean)).toEqual(['甲。', '乙。', 'TABLE', '丙&丁']);
  });

  it('stays linear on 200,000 characters of broken markup', () => {
    for (const html of ['<'.repeat(200_000), '<table'.repeat(30_000), '<table><tr><td>'.repeat(15_000), '&#x'.repeat(60_000)]) {
      expect(() => blocksFromHtml(html, blocksFromText)).not.toThrow();
    }
  });
});

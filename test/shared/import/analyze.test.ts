import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeImport, blocksFromText, type TemplateParts } from '../../../shared/import/analyze';
import type { ImportedSection } from '../../../shared/import/import-schema';
import { REPO_ROOT, TEMPLATES_DIR } from '../../helpers';
import { lostSentences } from './lossless';

const EXAMPLES = path.resolve(REPO_ROOT, '..', 'shared', 'examples');
const examplePath = (name: string) =>
  fs.existsSync(path.join(EXAMPLES, name)) ? path.join(EXAMPLES, name) : path.join('/work/shared/examples', name);
const read = (file: string) => fs.readFileSync(file, 'utf8');

function templateParts(id: string): TemplateParts | null {
  const file = path.join(TEMPLATES_DIR, `${id}.json`);
  return fs.existsSync(file) ? (JSON.parse(read(file)) as TemplateParts) : null;
}
const analyze = (text: string) => analyzeImport(blocksFromText(text), { templateParts });
const outline = (s: ImportedSection): unknown => [s.number, s.heading, ...s.children.map(outline)];

describe('import of the danjiangkou 2018 依法行政工作报告 (web text)', () => {
  const source = read(examplePath('danjiangkou-2018-yifa-xingzheng-report.txt'));
  const preview = analyze(source);

  it('recognises kind, title, agency, year, date and the index metadata', () => {
    expect(preview).toMatchObject({
      kind: 'yifa-report',
      title: '丹江口市2018年依法行政工作报告',
      agency: '丹江口市',
      year: 2018,
      date: '2018-12-10',
      template: 'yifa-report',
    });
    expect(preview.metadata).toMatchObject({ 索引号: 'ndbg-2019-00001', 发布机构: '市人民政府办公室', 主题分类: '其他' });
  });

  it('recovers the outline: two parts, （一）–（四）, run-in 1.–3. headings split from their text', () => {
    expect(preview.sections.map((s) => [s.level, s.number, s.heading, s.part])).toEqual([
      [1, '一', '2018年度依法行政工作回顾', 'measures'],
      [1, '二', '存在问题及下步打算', 'shortcomings'],
      // The combined part is split where its text turns to 「下一步，……」.
      [1, '', '下步打算', 'plans'],
    ]);
    expect(preview.sections[1]!.paragraphs).toEqual([expect.stringMatching(/^回顾一年来我市依法行政工作/)]);
    expect(preview.sections[2]!.paragraphs).toEqual([expect.stringMatching(/^下一步，我市将认真贯彻落实党的十九届一中、二中全会精神/)]);
    expect(preview.warnings.join()).toContain('“存在问题及下步打算”同时写了存在的问题和下一步安排');
    const review = preview.sections[0]!;
    expect(review.children.map((c) => c.heading)).toEqual([
      '加强组织领导，推进法制政府建设',
      '加强制度建设，做到科学民主决策',
      '规范执法行为，严格依法行政管理',
      '强化责任监督，确保履职履责',
    ]);
    const first = review.children[0]!.children[0]!;
    expect([first.level, first.number, first.heading]).toEqual([3, '1', '健全工作机制']);
    expect(first.paragraphs[0]).toMatch(/^市政府成立了由市长为组长，常务副市长为副组长/);
    // 一是……二是…… stays body text inside its paragraph.
    const training = review.children[0]!.children[1]!;
    expect(training.children).toEqual([]);
    expect(training.paragraphs[0]).toContain('一是坚持市委中心组');
    expect(preview.sections[2]!.children.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('converts ASCII punctuation to full width and keeps the opening', () => {
    expect(preview.opening).toHaveLength(1);
    expect(preview.opening[0]).toMatch(/^2018年，丹江口市在十堰市委、市政府的正确领导下，/);
    expect(preview.opening[0]).toMatch(/现将有关情况报告如下：$/);
    expect(preview.sections[0]!.children[0]!.children[0]!.paragraphs[0]).toContain('各镇（办、处、区）及政府各部门');
  });

  it('loses no sentence of the real text and names what was cleaned', () => {
    expect(
      lostSentences(source, preview, [
        '索引号',
        '主题分类',
        '发文日期',
        '发布机构',
        '文号',
        '政府信息公开',
        'ndbg',
        '其他',
        '市人民政府办公室',
        '2018年12月10日',
      ]),
    ).toEqual([]);
    expect(preview.warnings.join()).toContain('政府信息公开');
  });

  it('has every required part of the 依法行政工作报告 template once the combined part is split', () => {
    expect(preview.missingParts).toEqual([]);
  });
});

describe('import of the liaocheng press briefing', () => {
  const source = read(examplePath('liaocheng-2024-plan-briefing.txt'));
  const preview = analyze(source);

  it('recognises that it is a briefing about a plan, not a report', () => {
    expect(preview.kind).toBe('briefing');
    expect(preview.year).toBe(2024);
    expect(preview.agency).toBe('聊城市');
    expect(preview.warnings[0]).toContain('不是年度报告');
  });

  it('removes the font-size widget glued to the first sentence and the QR footer, and loses no sentence', () => {
    expect(preview.opening[0]).toMatch(/^6月21日，聊城市政府新闻办公室举行政策例行吹风会/);
    // The widget 「大 中 小」 sits in front of the first sentence; the sentence itself must survive.
    expect(lostSentences(source.replace('大 中 小', ''), preview, ['字号', '扫码使用手机浏览本页内容'])).toEqual([]);
  });

  it('splits paragraphs that the page ran together with spaces', () => {
    expect(preview.sections.slice(0, 3).map((s) => s.heading)).toEqual(['《计划》编制背景', '《计划》编制过程', '《计划》主要内容']);
  });
});

describe('import of pasted web text (own fixture)', () => {
  const source = read(path.join(REPO_ROOT, 'test/fixtures/import/pasted-web-report.txt'));
  const preview = analyze(source);

  it('joins a title split over two lines, agency first, and reads the closing', () => {
    expect(preview).toMatchObject({
      kind: 'fazhi-annual',
      title: '东湖县人民政府关于2024年法治政府建设情况的报告',
      agency: '东湖县人民政府',
      year: 2024,
      date: '2025-03-18',
      signature: '东湖县人民政府',
      template: 'fazhi-annual-local',
    });
    expect(preview.metadata).toMatchObject({ 索引号: '11420381MB1234567X/2025-00012', 发布机构: '东湖县司法局', 发布日期: '2025-03-20' });
  });

  it('maps the parts by meaning and keeps the unknown part as an extra section', () => {
    expect(preview.sections.map((s) => s.part)).toEqual(['measures', 'leaders', 'shortcomings', 'plans', null]);
    expect(preview.missingParts).toEqual(['other']);
    expect(preview.warnings.join()).toContain('“对上级机关的意见建议”没有对应的模板部分');
    expect(outline(preview.sections[0]!)).toEqual([
      '一',
      '2024年推进法治政府建设的主要举措和成效',
      ['一', '深入学习贯彻习近平法治思想', ['1', '健全学法制度'], ['2', '完善考核机制']],
      ['二', '严格规范公正文明执法'],
    ]);
  });

  it('converts punctuation in Chinese text but not in numbers, times and URLs', () => {
    const study = preview.sections[0]!.children[0]!.children[0]!.paragraphs.join('');
    expect(study).toContain('会前学法12次，详见 http://www.donghu.gov.cn/fzzf/2024.html 的公开信息');
    expect(study).toContain('参训率达100%.');
    expect(preview.sections[3]!.children[0]!.paragraphs).toEqual(['推进乡镇综合执法。']);
    const exam = preview.sections[0]!.children[0]!.children[1]!.paragraphs.join('');
    expect(exam).toContain('占比3.5%，考核时间为每年12月20日 09:30 开始');
    expect(preview.sections[0]!.children[1]!.paragraphs[0]).toBe('全县共办理行政处罚案件1,234件（其中简易程序356件），同比下降4.5%。');
    expect(preview.opening[0]).toBe('2024年，东湖县坚持以习近平法治思想为指导，全面推进法治政府建设。现将有关情况报告如下：');
  });

  it('drops breadcrumb, widgets, related links and QR text but no sentence', () => {
    const debris = ['首页', '字体', '索引号', '相关链接', '国务院办公厅政府信息', '湖北省人民政府', '扫一扫', '2025年3月18日'];
    expect(lostSentences(source, preview, debris)).toEqual([]);
    const all = JSON.stringify(preview.sections) + preview.opening.join();
    expect(all).not.toMatch(/扫一扫|相关链接|字体|首页/);
  });
});

describe('mapping headings by meaning', () => {
  const cases: Array<[string, string | null]> = [
    ['一、本年度推进法治政府建设的主要举措和成效', 'measures'],
    ['一、2019年度法治政府建设工作总结', 'measures'],
    ['一、深入学习贯彻习近平法治思想，推进法治政府建设', 'measures'],
    ['三、存在的问题', 'shortcomings'],
    ['五、2025年法治政府建设工作计划', 'plans'],
    ['三、2020年工作思路', 'plans'],
    ['二、党政主要负责人履行推进法治建设第一责任人职责情况', 'leaders'],
    ['五、其他需要报告的情况', 'other'],
    ['六、对上级的意见建议', null],
  ];
  it.each(cases)('%s → %s', (heading, role) => {
    const preview = analyze(`某县司法局2019年法治政府建设年度报告\n${heading}\n正文内容。`);
    expect(preview.sections[0]!.part).toBe(role);
  });
});

import { saveAtCurrent } from '../../../helpers';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore } from '../../../helpers';
import { docxToPdfFile, pdfLines, savePagePngs, type Page } from '../export/render';
import { createPlanWithMeasures, MEASURES } from './plan-fixtures';

/** A plan exported in the GB/T 9704 layout, its measures as running text or as a task table, rendered by LibreOffice. */

const core = createTestCore();
afterAll(() => core.close());

const documentXml = async (base64: string) =>
  (await JSZip.loadAsync(Buffer.from(base64, 'base64'))).file('word/document.xml')!.async('string');
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const pageText = (page: Page) => page.lines.map((l) => l.text.replace(/\s+/g, '')).join('\n');

let planId = '';
beforeAll(async () => {
  const { plan, aspects } = await createPlanWithMeasures(core);
  planId = plan.report.id;
  const requirements = plan.sections.find((s) => s.partId === 'requirements')!;
  const guiding = plan.sections.find((s) => s.parentId === requirements.id)!;
  await saveAtCurrent(core, {
    id: guiding.id,
    content: stateFromParagraphs([
      '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面落实法治政府建设实施纲要。',
    ]),
  });
  // A third aspect long enough that the task table runs over a page break.
  const many = Array.from({ length: 24 }, (_, i) => ({
    text: `开展第${i + 1}批行政执法案卷评查，对发现的问题逐件反馈并督促整改到位`,
    leadUnit: '市司法局',
    units: '市直各行政执法部门',
    deadline: `2025-${String((i % 12) + 1).padStart(2, '0')}-${i % 2 ? '15' : '28'}`,
  }));
  await core.invoke('plan.saveMeasures', { sectionId: aspects[2]!.id, measures: many });
}, 60_000);

describe('plan export: measures as running text (default)', () => {
  let xml = '';
  let pages: Page[] = [];
  beforeAll(async () => {
    const file = await core.invoke('export.docx', { reportId: planId });
    expect(file.fileName).toBe('青石市人民政府2025年法治政府建设工作要点.docx');
    xml = await documentXml(file.base64);
    const pdf = docxToPdfFile(Buffer.from(file.base64, 'base64'), 'plan-text');
    pages = pdfLines(pdf);
    savePagePngs(pdf, 'plan-text');
  }, 240_000);

  it('writes each measure as 「1.……（牵头单位：…；责任单位：…；完成时限：…）」 under its aspect', () => {
    const text = textOf(xml);
    expect(text).toContain(`1.${MEASURES[0]!.text}（牵头单位：市司法局；责任单位：市政府办公室；完成时限：全年）`);
    expect(text).toContain(
      '2.组织全市领导干部应知应会法律法规清单考试（牵头单位：市委组织部；责任单位：各县（市、区）政府，市直各部门；完成时限：2025年6月底前）',
    );
    // Numbering restarts in each aspect; the indicator is named.
    expect(text).toContain('1.动态调整市级权责清单并在政府网站公布（牵头单位：市委编办；责任单位：市直各部门；完成时限：2025年3月底前）');
    expect(text).toContain('（工作指标：平台覆盖全部执法部门；牵头单位：市数据局；责任单位：市直各行政执法部门；完成时限：长期）');
    expect(xml).not.toContain('<w:tbl>');
  });

  it('writes them the same way in the web page (HTML) export', async () => {
    const html = Buffer.from((await core.invoke('export.html', { reportId: planId })).base64, 'base64').toString('utf8');
    expect(html).toContain(
      '1.将习近平法治思想纳入市政府常务会议会前学法内容，全年集中学法不少于4次（牵头单位：市司法局；责任单位：市政府办公室；完成时限：全年）',
    );
  });

  it('renders in the official layout: headings, then the measures as indented body text', () => {
    const all = pages.map(pageText).join('').replace(/\n/g, '');
    expect(all).toMatch(/一、总体要求/);
    expect(all).toMatch(/（一）指导思想/);
    expect(all).toMatch(/二、主要任务/);
    expect(all).toMatch(/（一）深入学习贯彻习近平法治思想/);
    expect(all).toMatch(/1\.将习近平法治思想纳入市政府常务会议会前学/);
    expect(all).toMatch(/完成时限：2025年6月底前）/);
    // Body lines start two characters in (16 pt each) from the left margin (28 mm).
    const first = pages[0]!.lines.find((l) => l.text.replace(/\s+/g, '').startsWith('1.将习近平'))!;
    expect(first.xMin - (28 * 72) / 25.4).toBeGreaterThan(28);
    expect(first.xMin - (28 * 72) / 25.4).toBeLessThan(36);
  });
});

describe('plan export: measures as a task table (setting)', () => {
  let xml = '';
  let pages: Page[] = [];
  beforeAll(async () => {
    await core.invoke('export.saveSettings', { reportId: planId, settings: { ...defaultExportSettings(), planMeasureForm: 'table' } });
    const file = await core.invoke('export.docx', { reportId: planId });
    xml = await documentXml(file.base64);
    const pdf = docxToPdfFile(Buffer.from(file.base64, 'base64'), 'plan-table');
    pages = pdfLines(pdf);
    savePagePngs(pdf, 'plan-table');
  }, 240_000);

  it('writes one task table per aspect with 序号/工作任务/牵头单位/责任单位/完成时限 as a repeating header', () => {
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const firstRow = table.split('</w:tr>')[0]!;
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(textOf(firstRow)).toBe('序号工作任务牵头单位责任单位完成时限');
    }
    expect(textOf(tables[0]!.split('</w:tr>')[2]!)).toBe(
      '2组织全市领导干部应知应会法律法规清单考试市委组织部各县（市、区）政府，市直各部门2025年6月底前',
    );
    expect(textOf(tables[1]!)).toContain('工作指标：平台覆盖全部执法部门');
    expect(textOf(xml)).not.toContain('（牵头单位：');
  });

  it('renders the header again on the page the long table continues on', () => {
    // Every row of the long table starts its task cell with 「开展第」; rows are never split (cantSplit).
    const continued = pages.filter((p) => p.lines.some((l) => l.text.startsWith('开展第')));
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const page of continued) {
      const header = page.lines.find((l) => l.text.startsWith('序'));
      const rows = page.lines.filter((l) => l.text.startsWith('开展第'));
      expect(header, pageText(page).slice(0, 40)).toBeDefined();
      expect(Math.min(...rows.map((r) => r.yMin))).toBeGreaterThan(header!.yMin);
    }
  });
});

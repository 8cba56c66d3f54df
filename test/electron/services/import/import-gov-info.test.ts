import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/cli';
import { cellKey, GRID_CELLS } from '../../../../shared/gov-info/tables';
import { consistentValues } from '../../../shared/gov-info/fixture';
import { blockText, toBlocks } from '../../../../shared/rich-text';
import { createTestCore, REPO_ROOT, tempDir } from '../../../helpers';

/** 导入往年报告 of a 政府信息公开工作年度报告: its template, its six parts, its tables into the grids. */

const cores: Array<ReturnType<typeof createTestCore>> = [];
function core() {
  const c = createTestCore();
  cores.push(c);
  return c;
}
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const PART_ONE = path.join(REPO_ROOT, 'test/fixtures/import/gov-info-from-part-one.txt');
const WITH_TABLES = path.join(REPO_ROOT, 'test/fixtures/import-gov-info/gov-info-with-tables.txt');
const text = (file: string) => ({ type: 'text' as const, text: fs.readFileSync(file, 'utf8') });

async function partsOf(c: ReturnType<typeof core>, id: string) {
  const detail = await c.invoke('reports.get', { id });
  return detail.sections
    .filter((s) => s.kind === 'part' && s.parentId === null)
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ partId: s.partId, heading: s.heading, text: toBlocks(s.content).map(blockText).join('\n') }));
}

/** How many tables each top-level part keeps in its text, in order. */
async function tablesInParts(c: ReturnType<typeof core>, id: string) {
  const detail = await c.invoke('reports.get', { id });
  return detail.sections
    .filter((s) => s.kind === 'part' && s.parentId === null)
    .sort((a, b) => a.position - b.position)
    .map((s) => (s.content.root.children ?? []).filter((n) => (n as { type: string }).type === 'table').length);
}

describe('import of a 政府信息公开工作年度报告', () => {
  it('a page that starts at 「一、总体情况」: template gov-info-annual, its parts in order and mapped', async () => {
    const c = core();
    const preview = await c.invoke('import.preview', { source: text(PART_ONE) });
    expect(preview).toMatchObject({ kind: 'gov-info', template: 'gov-info-annual', missingParts: ['appeals'] });
    expect(preview.sections.map((s) => [s.number, s.heading, s.part])).toEqual([
      ['一', '总体情况', 'overview'],
      ['二', '主动公开政府信息情况', 'active'],
      ['三', '收到和处理政府信息公开申请情况', 'requests'],
      ['四', '存在的主要问题及改进情况', 'shortcomings'],
      ['五', '其他需要报告的事项', 'other'],
    ]);
    expect(preview.warnings.join('\n')).not.toMatch(/没有对应的模板/u);

    const { id, tables } = await c.invoke('import.save', { source: text(PART_ONE) });
    const parts = await partsOf(c, id);
    expect(parts.map((p) => p.partId)).toEqual(['overview', 'active', 'requests', 'appeals', 'problems', 'other']);
    expect(parts[0]!.text).toContain('主动公开政府信息，依法办理政府信息公开申请');
    expect(parts[2]!.text).toBe('本年度共收到政府信息公开申请15件，均已按期答复。');
    expect(parts[3]!.text).toBe(''); // 四 is not in the source: added empty, to be written
    expect(parts[4]!.text).toBe('政府信息公开的及时性仍需提高。');
    // The pasted table 二 lands in the grid too.
    expect(tables).toMatchObject({ placed: 6, unplaced: [] });
    const grids = await c.invoke('govinfo.grids', { reportId: id });
    expect(grids.values).toMatchObject({
      [cellKey('t2', 'normative', 'issued')]: 2,
      [cellKey('t2', 'normative', 'repealed')]: 1,
      [cellKey('t2', 'normative', 'inforce')]: 9,
      [cellKey('t2', 'rules', 'issued')]: 0,
    });
  });

  it('headings without 情况 are mapped; table 三 pasted as tab-separated rows fills the grid, the row it cannot place is listed', async () => {
    const c = core();
    const preview = await c.invoke('import.preview', { source: text(WITH_TABLES) });
    expect(preview).toMatchObject({
      kind: 'gov-info',
      template: 'gov-info-annual',
      agency: '某市生态环境局',
      year: 2025,
      missingParts: [],
    });
    expect(preview.sections.map((s) => s.part)).toEqual(['overview', 'active', 'requests', 'appeals', 'shortcomings', 'other']);
    expect(Object.keys(preview.sections[2]!.tables ?? {})).toHaveLength(1);
    // The preview says what the tables will fill and which row it cannot place, before saving.
    expect(preview.warnings).toContain('表格中的 35 个数字将填入统计表格（表二至表四），导入后请在表格中核对。');
    expect(preview.warnings.filter((w) => w.startsWith('表格中的一行没有填入统计表格'))).toEqual([
      expect.stringMatching(/“（五）不予处理 2\.重复申请 1 0”（表三每行应有 7 个数/u),
    ]);

    const { id, tables } = await c.invoke('import.save', { source: text(WITH_TABLES) });
    const parts = await partsOf(c, id);
    expect(parts.map((p) => [p.partId, p.heading])).toEqual([
      ['overview', '总体情况'],
      ['active', '主动公开政府信息'],
      ['requests', '收到和处理政府信息公开申请情况'],
      ['appeals', '政府信息公开行政复议、行政诉讼'],
      ['problems', '存在的主要问题及改进'],
      ['other', '其他需要报告的事项'],
    ]);
    expect(parts[5]!.text).toBe('本年度未收取信息处理费。');
    // A row could not be placed: the pasted table stays in part 三's text, so nothing is lost.
    expect(await tablesInParts(c, id)).toEqual([0, 0, 1, 0, 0, 0]);

    const values = (await c.invoke('govinfo.grids', { reportId: id })).values;
    const row = (r: string) =>
      ['person', 'business', 'research', 'charity', 'legal', 'otherorg', 'total'].map((col) => values[cellKey('t3', r, col)]);
    expect(row('new')).toEqual([12, 2, 0, 0, 1, 0, 15]);
    expect(row('carried')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('open')).toEqual([8, 1, 0, 0, 1, 0, 10]);
    expect(row('partial')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(row('next')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(tables!.placed).toBe(35);
    expect(tables!.unplaced).toHaveLength(1);
    expect(tables!.unplaced[0]!.text).toContain('2.重复申请');
    expect(tables!.unplaced[0]!.reason).toContain('7 个数');
    expect(values[cellKey('t3', 'refuse2', 'person')]).toBeUndefined();
  });

  it('a .docx exported with its national tables (merged cells) comes back with every figure in the grids', async () => {
    const c = core();
    const made = await c.invoke('reports.create', {
      templateId: 'gov-info-annual',
      agency: '江宁县市场监督管理局',
      year: 2024,
      reportDate: null,
    });
    const published = consistentValues();
    await c.invoke('govinfo.setCells', { reportId: made.report.id, cells: published });
    const file = await c.invoke('export.docx', { reportId: made.report.id });

    const { id, preview, tables } = await c.invoke('import.save', {
      source: { type: 'file', fileName: '2024年政府信息公开工作年度报告.docx', base64: file.base64 },
      allowDuplicate: true,
    });
    expect(preview.template).toBe('gov-info-annual');
    expect(preview.sections.map((s) => s.part)).toEqual(['overview', 'active', 'requests', 'appeals', 'shortcomings', 'other']);
    expect(tables).toMatchObject({ placed: GRID_CELLS.length, unplaced: [] });
    expect((await c.invoke('govinfo.grids', { reportId: id })).values).toEqual(published);
    // Read whole into the grids: the tables are not kept in the text too (the export prints the grids once).
    expect(await tablesInParts(c, id)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a 法治政府 report still gets its own template and no grid figures', async () => {
    const c = core();
    const source = text(path.join(REPO_ROOT, 'test/fixtures/import/web-district-extra-part.txt'));
    const { preview, tables } = await c.invoke('import.save', { source });
    expect(preview.template).toBe('fazhi-annual-local');
    expect(tables).toBeNull();
  });
});

describe('nianbao import FILE --json of a 政府信息公开工作年度报告', () => {
  const cli = async (args: string[], dbPath: string) => {
    const out: string[] = [];
    const code = await runCli([...args, '--db', dbPath], { out: (t) => out.push(t), err: () => {}, env: {}, root: REPO_ROOT });
    return { code, out };
  };

  it('shows the template gov-info-annual; with --save, what the tables put into the grids', async () => {
    const db = path.join(tempDir(), 'a.db');
    const preview = await cli(['import', WITH_TABLES, '--json'], db);
    expect(preview.code).toBe(0);
    const shown = JSON.parse(preview.out[0]!);
    expect(shown).toMatchObject({ kind: 'gov-info', template: 'gov-info-annual' });
    expect(shown.sections.map((s: { part: string }) => s.part)).toEqual([
      'overview',
      'active',
      'requests',
      'appeals',
      'shortcomings',
      'other',
    ]);

    const saved = await cli(['import', WITH_TABLES, '--save', '--json'], db);
    expect(saved.code).toBe(0);
    const result = JSON.parse(saved.out[0]!);
    expect(result.template).toBe('gov-info-annual');
    expect(result.tables.placed).toBe(35);
    expect(result.tables.unplaced.map((u: { text: string }) => u.text)).toEqual([expect.stringContaining('2.重复申请')]);
  });
});

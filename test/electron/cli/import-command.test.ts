import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { REPO_ROOT, tempDir } from '../../helpers';
import { styledDocx } from '../services/import/docx-fixtures';

async function cli(args: string[], dbPath: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--db', dbPath], { out: (t) => out.push(t), err: (t) => err.push(t), env: {}, root: REPO_ROOT });
  return { code, out, err };
}

const SECTION_KEYS = ['level', 'number', 'heading', 'part', 'chars', 'children'];

describe('nianbao import', () => {
  it('prints exactly one JSON object of the documented shape', async () => {
    const dir = tempDir();
    const docx = path.join(dir, '2024年报告.docx');
    fs.writeFileSync(docx, await styledDocx());
    const { code, out } = await cli(['import', docx, '--json'], path.join(dir, 'a.db'));
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const result = JSON.parse(out[0]!);
    expect(Object.keys(result)).toEqual([
      'kind',
      'kindConfidence',
      'kindReasons',
      'title',
      'agency',
      'signature',
      'year',
      'date',
      'template',
      'sections',
      'missingParts',
      'warnings',
    ]);
    expect(result.kindConfidence).toBeGreaterThan(0.5);
    expect(result.kindReasons[0]).toContain('标题');
    expect(result).toMatchObject({
      kind: 'fazhi-annual',
      agency: '南湖区市场监督管理局',
      year: 2024,
      date: '2025-01-20',
      missingParts: ['other'],
    });
    expect(Object.keys(result.sections[0])).toEqual(SECTION_KEYS);
    expect(result.sections[0]).toMatchObject({ level: 1, number: '一', part: 'measures' });
    expect(Object.keys(result.sections[0].children[0].children[0])).toEqual(SECTION_KEYS);
    expect(result.sections[0].children[0].children[0]).toMatchObject({ level: 3, number: '1', heading: '健全学法制度', part: null });
  });

  it('--save also creates the report and adds its id', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'a.db');
    const example = fs.existsSync('/work/shared/examples') ? '/work/shared/examples' : path.resolve(REPO_ROOT, '../shared/examples');
    const { code, out } = await cli(['import', path.join(example, 'danjiangkou-2018-yifa-xingzheng-report.txt'), '--save', '--json'], db);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!);
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
    const list = await cli(['reports', 'list', '--json'], db);
    expect(JSON.parse(list.out[0]!)).toMatchObject([
      { id: result.id, title: '丹江口市2018年依法行政工作报告', year: 2018, templateId: 'yifa-report' },
    ]);
  });

  it('refuses a missing file in Chinese with exit code 1', async () => {
    const dir = tempDir();
    const { code, err } = await cli(['import', path.join(dir, 'nope.docx'), '--json'], path.join(dir, 'a.db'));
    expect(code).toBe(1);
    expect(err.join()).toContain('找不到文件');
  });
});

describe('nianbao rollover', () => {
  it('prints the new report id and the counts of carried parts, figures and plan items', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'a.db');
    const saved = await cli(['import', path.join(REPO_ROOT, 'test/fixtures/import/pasted-web-report.txt'), '--save', '--json'], db);
    const { id } = JSON.parse(saved.out[0]!);
    const { code, out } = await cli(['rollover', id, '--year', '2025', '--json'], db);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!);
    expect(Object.keys(result)).toEqual(['id', 'carriedParts', 'figures', 'planItems']);
    // Sections with text: 导语, （一）, （二）, leaders, shortcomings, plans, the extra part (the
    // measures part itself and 其他 are empty). Figures: 12次 100% 3.5% 1,234 356 4.5% 4次.
    expect(result).toMatchObject({ carriedParts: 7, figures: 7, planItems: 2 });
    const list = JSON.parse((await cli(['reports', 'list', '--json'], db)).out[0]!);
    expect(list[0]).toMatchObject({ id: result.id, year: 2025, title: '东湖县人民政府关于2025年法治政府建设情况的报告' });
  });

  it('needs --year', async () => {
    const dir = tempDir();
    const { code, err } = await cli(['rollover', 'abc'], path.join(dir, 'a.db'));
    expect(code).toBe(1);
    expect(err.join()).toContain('--year');
  });
});

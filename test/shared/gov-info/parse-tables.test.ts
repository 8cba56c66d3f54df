import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTables, splitCells } from '../../../shared/gov-info/parse-tables';
import { cellKey, GRID_CELLS, NOT_APPLICABLE } from '../../../shared/gov-info/tables';
import { consistentValues } from './fixture';
import { publishedText } from './published';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('reading the tables of a published report', () => {
  it('tab-separated web text: every cell lands where it was, 不适用 and 0 kept, nothing unplaced', () => {
    const v = consistentValues();
    const parsed = parseTables(lines(publishedText(v)));
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.format).toBe('2021');
    expect(parsed.values).toEqual(v);
    expect(parsed.placed).toBe(GRID_CELLS.length);
    expect(parsed.values[cellKey('t2', 'rules', 'issued')]).toBe(NOT_APPLICABLE);
  });

  it('pipe-separated rows (with outer pipes and a separator line) read the same', () => {
    const v = consistentValues();
    const text = publishedText(v, ' | ')
      .split('\n')
      .map((l) => (l.includes(' | ') ? `| ${l} |` : l))
      .join('\n')
      .replace('二、主动公开政府信息情况', '二、主动公开政府信息情况\n|---|---|---|---|');
    const parsed = parseTables(lines(text));
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.values).toEqual(v);
  });

  it('.txt with spaces: a row whose empty cells vanished is listed with its reason, not guessed', () => {
    const v = consistentValues();
    delete v[cellKey('t3', 'partial', 'research')];
    const text = publishedText(v, ' ');
    const parsed = parseTables(lines(text));
    expect(parsed.unplaced).toHaveLength(1);
    expect(parsed.unplaced[0]!.text).toContain('部分公开');
    expect(parsed.unplaced[0]!.reason).toContain('这一行有 6 个');
    expect(parsed.values[cellKey('t3', 'partial', 'person')]).toBeUndefined();
    expect(parsed.values[cellKey('t3', 'open', 'person')]).toBe(20);
  });

  it('an empty cell stays empty (tab-separated keeps its place)', () => {
    const v = consistentValues();
    delete v[cellKey('t4', 'cases', 'after-pending')];
    const parsed = parseTables(lines(publishedText(v)));
    expect(parsed.unplaced).toEqual([]);
    expect(parsed.values[cellKey('t4', 'cases', 'after-pending')]).toBeUndefined();
    expect(parsed.values[cellKey('t4', 'cases', 'after-total')]).toBe(0);
  });

  it('the 2019–2020 format: table 二 with its other columns, （六）其他处理 as one row', () => {
    const text = [
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章\t0\t0\t0',
      '规范性文件\t3\t3\t21',
      '第二十条第（五）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t45\t+2\t1310',
      '其他对外管理服务事项\t5\t0\t12',
      '第二十条第（六）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政处罚\t210\t0\t75',
      '行政强制\t12\t0\t4',
      '第二十条第（八）项',
      '信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费\t2\t0',
      '三、收到和处理政府信息公开申请情况',
      '（六）其他处理\t1\t0\t0\t0\t0\t0\t1',
    ].join('\n');
    const parsed = parseTables(lines(text));
    expect(parsed.format).toBe('2019');
    expect(parsed.values[cellKey('t2', 'normative', 'issued')]).toBe(3);
    expect(parsed.values[cellKey('t2', 'normative', 'inforce')]).toBeUndefined();
    expect(parsed.values[cellKey('t2', 'licensing', 'decisions')]).toBe(1310);
    expect(parsed.values[cellKey('t2', 'penalty', 'decisions')]).toBe(75);
    expect(parsed.values[cellKey('t3', 'other3', 'person')]).toBe(1);
    expect(parsed.unplaced.map((u) => u.text.split('\t')[0])).toEqual(['其他对外管理服务事项', '行政事业性收费']);
    expect(parsed.notes.join('')).toContain('“3.其他”');
  });

  it('never throws and only fills known cells on any input', () => {
    const alphabet = fc.constantFrom(...'规章行政许可处罚自然人总计予以公开其他（六）|\t 0123456789/—\n'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: alphabet as fc.Arbitrary<string>, maxLength: 300 }), (text) => {
        const parsed = parseTables(lines(text));
        const known = new Set(GRID_CELLS.map((c) => c.key));
        expect(Object.keys(parsed.values).every((k) => known.has(k))).toBe(true);
      }),
    );
    expect(splitCells({ text: '| a | b |' })).toEqual(['a', 'b']);
  });
});

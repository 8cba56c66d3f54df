import { describe, expect, it } from 'vitest';
import { checkGrids, checkIdentities, checkIncomplete, checkYearOnYear } from '../../../shared/gov-info/identities';
import { cellKey, GRID_CELLS, NOT_APPLICABLE, parseCellInput } from '../../../shared/gov-info/tables';
import { consistentValues } from './fixture';

const rules = (issues: { rule: string }[]) => issues.map((i) => i.rule).sort();

describe('政府信息公开 table identities', () => {
  it('has exactly the national cells: 表二 10, 表三 25 rows × 7 (一、二, （一）（二）, 8 + 3 + 5 + 3 sub-rows, （七）, 四), 表四 15', () => {
    expect(GRID_CELLS.filter((c) => c.table === 't2')).toHaveLength(10);
    expect(GRID_CELLS.filter((c) => c.table === 't3')).toHaveLength(25 * 7);
    expect(GRID_CELLS.filter((c) => c.table === 't4')).toHaveLength(15);
  });

  it('a consistent report has no finding', () => {
    expect(checkGrids(consistentValues(), null)).toEqual([]);
  });

  it('一 + 二 = （七）总计 + 四, per column: breaking one cell names that column and its four cells', () => {
    const v = consistentValues();
    v[cellKey('t3', 'next', 'business')] = 1; // 商业企业 结转 1, total row stays → column total breaks too
    v[cellKey('t3', 'next', 'total')] = 6;
    const issues = checkIdentities(v);
    // the 商业企业 column and, through the changed total, the 总计 column
    expect(rules(issues)).toEqual(['table.t3.balance', 'table.t3.balance']);
    expect(issues[1]!.message).toContain('“总计”列');
    expect(issues[0]!.cells).toEqual([
      cellKey('t3', 'new', 'business'),
      cellKey('t3', 'carried', 'business'),
      cellKey('t3', 'total', 'business'),
      cellKey('t3', 'next', 'business'),
    ]);
    expect(issues[0]!.message).toContain('商业企业');
    expect(issues[0]!.message).toContain('左边为 6，右边为 7');
  });

  it('（七） = （一）…（六）: a sub-row of （五） off by one breaks the outcome total and the 总计 column of its row', () => {
    const v = consistentValues();
    v[cellKey('t3', 'refuse2', 'person')] = 4;
    const issues = checkIdentities(v);
    expect(rules(issues)).toEqual(['table.t3.column-total', 'table.t3.outcome-total']);
    const outcome = issues.find((i) => i.rule === 'table.t3.outcome-total')!;
    expect(outcome.cells).toContain(cellKey('t3', 'refuse2', 'person'));
    expect(outcome.message).toContain('自然人');
  });

  it('总计 column = the six others: a total typed wrong on one row', () => {
    const v = consistentValues();
    v[cellKey('t3', 'open', 'total')] = 25;
    const issues = checkIdentities(v);
    expect(issues.map((i) => i.rule)).toContain('table.t3.column-total');
    const col = issues.find((i) => i.rule === 'table.t3.column-total')!;
    expect(col.cells[0]).toBe(cellKey('t3', 'open', 'total'));
    expect(col.message).toContain('左边为 25，右边为 24');
  });

  it('表四: each 总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
    const v = consistentValues();
    v[cellKey('t4', 'cases', 'after-total')] = 2;
    const issues = checkIdentities(v);
    expect(rules(issues)).toEqual(['table.t4.total']);
    expect(issues[0]!.message).toContain('复议后起诉');
  });

  it('a negative number and a fractional count are errors; a fee in 万元 may have decimals', () => {
    const v = consistentValues();
    v[cellKey('t2', 'penalty', 'decisions')] = -3;
    v[cellKey('t2', 'coercion', 'decisions')] = 1.5;
    v[cellKey('t2', 'fees', 'fees')] = 12.35;
    expect(rules(checkIdentities(v))).toEqual(['table.negative', 'table.not-integer']);
  });

  it('0, empty and 不适用 stay distinct: empty is never read as 0', () => {
    const broken = consistentValues();
    broken[cellKey('t4', 'cases', 'review-pending')] = 1; // 2+1+0+1 ≠ 3
    expect(rules(checkIdentities(broken))).toEqual(['table.t4.total']);
    // The same cell empty: the identity is not judged (unknown) and the cell is listed as 未填写.
    const empty = consistentValues();
    delete empty[cellKey('t4', 'cases', 'review-pending')];
    expect(checkIdentities(empty)).toEqual([]);
    const incomplete = checkIncomplete(empty);
    expect(rules(incomplete)).toEqual(['table.incomplete']);
    expect(incomplete[0]!.cells).toEqual([cellKey('t4', 'cases', 'review-pending')]);
    // 不适用 adds nothing to a sum but is filled: the identity holds and nothing is missing.
    const na = consistentValues();
    na[cellKey('t4', 'cases', 'review-pending')] = NOT_APPLICABLE;
    expect(checkGrids(na, null)).toEqual([]);
    // A total of 不适用 while its parts hold cases is wrong.
    const naTotal = consistentValues();
    naTotal[cellKey('t4', 'cases', 'review-total')] = NOT_APPLICABLE;
    expect(rules(checkIdentities(naTotal))).toEqual(['table.t4.total']);
  });

  it('an untouched table is not reported as incomplete', () => {
    expect(checkGrids({}, null)).toEqual([]);
  });

  it("上年结转 must equal last year's 结转下年度; 现行有效件数 follows last year (warning); ×5 jumps are warnings", () => {
    const last = consistentValues();
    const now = consistentValues();
    last[cellKey('t3', 'next', 'person')] = 3; // this year says 上年结转 2
    last[cellKey('t2', 'normative', 'inforce')] = 19; // 19 + 4 − 1 = 22 ≠ 23
    last[cellKey('t2', 'penalty', 'decisions')] = 10; // 86 is ×8.6
    const issues = checkYearOnYear(now, { year: 2023, values: last });
    const carry = issues.find((i) => i.rule === 'table.carry-over')!;
    expect(carry.severity).toBe('error');
    expect(carry.cells).toEqual([cellKey('t3', 'carried', 'person')]);
    expect(carry.message).toContain('2023年报告');
    const inforce = issues.find((i) => i.rule === 'table.t2.in-force')!;
    expect(inforce.severity).toBe('warning');
    expect(inforce.message).toContain('应为 22');
    const jump = issues.filter((i) => i.rule === 'table.yoy-jump');
    expect(jump.map((i) => i.cells[0])).toContain(cellKey('t2', 'penalty', 'decisions'));
    expect(jump.every((i) => i.severity === 'warning')).toBe(true);
    // ÷5 too; exactly ×5 is not beyond
    last[cellKey('t2', 'licensing', 'decisions')] = 1520 * 5;
    last[cellKey('t2', 'coercion', 'decisions')] = 16;
    const again = checkYearOnYear(now, { year: 2023, values: last }).filter((i) => i.rule === 'table.yoy-jump');
    expect(again.map((i) => i.cells[0])).toContain(cellKey('t2', 'coercion', 'decisions'));
    expect(again.map((i) => i.cells[0])).not.toContain(cellKey('t2', 'licensing', 'decisions'));
  });

  it('reads typed cells: numbers, full-width digits, 不适用 and its published spellings, empty; refuses text', () => {
    expect(parseCellInput(' 12 ')).toBe(12);
    expect(parseCellInput('１２')).toBe(12);
    expect(parseCellInput('1,520')).toBe(1520);
    expect(parseCellInput('0')).toBe(0);
    expect(parseCellInput('')).toBeNull();
    expect(parseCellInput('不适用')).toBe(NOT_APPLICABLE);
    expect(parseCellInput('/')).toBe(NOT_APPLICABLE);
    expect(parseCellInput('十二')).toBeUndefined();
  });
});

describe('the national layout', () => {
  it("every row spans the table's columns once merges are counted, and every cell appears once", async () => {
    const { TABLE_LAYOUTS } = await import('../../../shared/gov-info/layout');
    for (const layout of Object.values(TABLE_LAYOUTS)) {
      // occupancy grid
      const taken: boolean[][] = layout.rows.map(() => Array<boolean>(layout.columns).fill(false));
      layout.rows.forEach((row, r) => {
        let c = 0;
        for (const cell of row) {
          while (taken[r]![c]) c++;
          for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
            for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
              expect(taken[r + dr]![c + dc], `${layout.table} row ${r} col ${c + dc}`).toBe(false);
              taken[r + dr]![c + dc] = true;
            }
          c += cell.colSpan ?? 1;
        }
      });
      expect(
        taken.every((row) => row.every(Boolean)),
        layout.table,
      ).toBe(true);
      const keys = layout.rows.flat().flatMap((c) => (c.key ? [c.key] : []));
      expect(keys.sort()).toEqual(
        GRID_CELLS.filter((c) => c.table === layout.table)
          .map((c) => c.key)
          .sort(),
      );
      expect(Math.round(layout.widths.reduce((a, b) => a + b, 0))).toBe(100);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, RichTextStateSchema, toBlocks, toPlainText } from '../../shared/rich-text';
import { gridWidths, TEXT_WIDTH_PX, type TableBlock } from '../../shared/table-model';
import { cell, enforcementTable, stateWithTable } from '../support/table-fixture';

const tableIn = (state: unknown): TableBlock => {
  const block = toBlocks(RichTextStateSchema.parse(state)).find((b) => b.kind === 'table');
  if (block?.kind !== 'table') throw new Error('no table block');
  return block;
};

describe('the table model (merges, widths, header rows, alignment)', () => {
  const table = tableIn(stateWithTable('前文。', enforcementTable()));

  it('rebuilds the 5-column grid from the spans: merged header, a cell merged down two rows', () => {
    expect(table.columnCount).toBe(5);
    expect(table.headerRows).toBe(2);
    expect(table.cells[0]).toEqual([{ row: 0, col: 0, colSpan: 5, rowSpan: 1, header: true, align: null, vAlign: 'top' }]);
    expect(table.cells[2]![0]).toMatchObject({ col: 0, rowSpan: 2, vAlign: 'middle' });
    // The last row holds 4 cells: they start in column 1, under 行政许可.
    expect(table.cells[3]!.map((c) => c.col)).toEqual([1, 2, 3, 4]);
    expect(table.cells[2]![1]!.align).toBe('right');
    expect(table.rows[3]!.map(cellText)).toEqual(['98.5%', '97.2%', '100%', '99.1%']);
  });

  it('keeps the stored widths; Word widths fill the text block when they are wider, keep them when narrower', () => {
    expect(table.widthsSet).toBe(true);
    expect(table.columnWidths).toEqual([150, 110, 110, 110, 110]);
    // 590 px is the text width: 590 px = 8850 twips; 590 px of columns → the full 8845-twip block.
    const twips = gridWidths(table, 8845, 15);
    expect(twips.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(twips[0]! / twips[1]!).toBeCloseTo(150 / 110, 2);
    const narrow = gridWidths({ columnWidths: [100, 100], widthsSet: true }, 8845, 15);
    expect(narrow).toEqual([1500, 1500]);
  });

  it('a table without any header cell or widths: first row is the header, equal columns (older documents)', () => {
    const legacy = tableIn(
      stateWithTable('x', {
        type: 'table',
        version: 1,
        children: [
          {
            type: 'tablerow',
            version: 1,
            children: [
              { ...cell('项目'), headerState: 0 },
              { ...cell('数量'), headerState: 0 },
            ],
          },
          {
            type: 'tablerow',
            version: 1,
            children: [
              { ...cell('a'), headerState: 0 },
              { ...cell('1'), headerState: 0 },
            ],
          },
        ],
      }),
    );
    expect(legacy.headerRows).toBe(1);
    expect(legacy.widthsSet).toBe(false);
    expect(legacy.columnWidths).toEqual([TEXT_WIDTH_PX / 2, TEXT_WIDTH_PX / 2]);
  });

  it('plain text still reads row by row, tab-separated', () => {
    expect(toPlainText(RichTextStateSchema.parse(stateWithTable('前文。', enforcementTable())))).toContain(
      '类别\t行政许可\t行政处罚\t行政强制\t行政检查\n办理件数\t1,204\t356\t12\t2,890\n98.5%',
    );
  });

  it('any spans (also out-of-range, fractional, negative): no two cells overlap, every cell inside the grid, widths add up', () => {
    const spanArb = fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double({ noNaN: true }), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.record({ colSpan: spanArb, rowSpan: spanArb }), { minLength: 0, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.option(fc.array(fc.oneof(fc.double(), fc.integer({ min: -5, max: 400 })), { maxLength: 8 })),
        (rows, colWidths) => {
          const node = {
            type: 'table',
            version: 1,
            ...(colWidths ? { colWidths } : {}),
            children: rows.map((cells) => ({
              type: 'tablerow',
              version: 1,
              children: cells.map((s) => ({ ...cell('x'), colSpan: s.colSpan, rowSpan: s.rowSpan })),
            })),
          };
          const t = tableIn(stateWithTable('', node));
          const seen = new Set<string>();
          for (const row of t.cells)
            for (const c of row) {
              expect(c.colSpan).toBeGreaterThanOrEqual(1);
              expect(c.row + c.rowSpan).toBeLessThanOrEqual(t.rows.length);
              expect(c.col + c.colSpan).toBeLessThanOrEqual(t.columnCount);
              for (let r = c.row; r < c.row + c.rowSpan; r++)
                for (let k = c.col; k < c.col + c.colSpan; k++) {
                  expect(seen.has(`${r},${k}`)).toBe(false);
                  seen.add(`${r},${k}`);
                }
            }
          expect(t.columnWidths).toHaveLength(t.columnCount);
          const w = gridWidths(t, 8845, 15);
          expect(w.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
          expect(w.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8845);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { gridTableNode, withGrids } from '../../../shared/gov-info/grid-render';
import { TABLE_LAYOUTS } from '../../../shared/gov-info/layout';
import { cellKey } from '../../../shared/gov-info/tables';
import { cellText, toBlocks, type RichTextState } from '../../../shared/rich-text';
import { TEXT_WIDTH_PX } from '../../../shared/table-model';
import { consistentValues } from './fixture';

const blockOf = (node: unknown) => {
  const state = { root: { type: 'root', version: 1, children: [node] } } as unknown as RichTextState;
  const [block] = toBlocks(state);
  if (block?.kind !== 'table') throw new Error('not a table');
  return block;
};

describe('the tables in the shared table model', () => {
  it('表三: 10 grid columns, 3 header rows, 申请人情况 over 7, widths over the text block, 10.5 pt', () => {
    const block = blockOf(gridTableNode(TABLE_LAYOUTS.t3, consistentValues()));
    expect(block.columnCount).toBe(10);
    expect(block.headerRows).toBe(3);
    expect(block.cells[0]![1]).toMatchObject({ colSpan: 7, header: true });
    expect(block.cells[0]![0]).toMatchObject({ colSpan: 3, rowSpan: 3 });
    expect(block.widthsSet).toBe(true);
    expect(Math.round(block.columnWidths.reduce((a, b) => a + b, 0))).toBe(TEXT_WIDTH_PX);
    expect(block.fontSize).toBe(10.5);
    // a value cell holds the number; the 总计 of 一、本年新收 is 46
    const newRow = block.rows[3]!;
    expect(cellText(newRow[newRow.length - 1]!)).toBe('46');
  });

  it('表四 at 9 pt; an empty cell prints empty, 不适用 as written', () => {
    const v = consistentValues();
    delete v[cellKey('t4', 'cases', 'after-pending')];
    v[cellKey('t4', 'cases', 'after-other')] = '不适用';
    const block = blockOf(gridTableNode(TABLE_LAYOUTS.t4, v));
    expect(block.fontSize).toBe(9);
    const data = block.rows[3]!.map(cellText);
    expect(data).toHaveLength(15);
    expect(data[12]).toBe('不适用');
    expect(data[13]).toBe('');
  });

  it('withGrids leaves other kinds of report alone', () => {
    const detail = { report: { kind: 'fazhi-annual' }, sections: [] } as unknown as Parameters<typeof withGrids>[0];
    expect(withGrids(detail, consistentValues())).toBe(detail);
  });
});

import {
  cellKey,
  T2_BLOCKS,
  T3_COLUMNS,
  T3_DENY,
  T3_CANNOT,
  T3_GROUPS,
  T3_OTHER,
  T3_REFUSE,
  T4_COLUMNS,
  T4_GROUPS,
  T4_OUTCOMES,
  type GovInfoTableId,
} from './tables';

/**
 * The national layout of each table as rows of cells with their merges, as printed in the format
 * (国办公开办函〔2021〕30号). The grid editor draws it and the export writes it, so both are the same.
 * A cell with `key` holds a value; the others are printed labels (`header`: a column or row head).
 */
export interface LayoutCell {
  text: string;
  header: boolean;
  key?: string;
  colSpan?: number;
  rowSpan?: number;
  /** Row labels of 表三 are set left; everything else is centred as printed. */
  align?: 'left';
}
export interface TableLayout {
  table: GovInfoTableId;
  columns: number;
  /** Relative widths of the columns (they add up to 100). */
  widths: number[];
  /** How many leading rows are the column head (repeated on a new page). */
  headerRows: number;
  rows: LayoutCell[][];
}

const h = (text: string, span: Partial<Pick<LayoutCell, 'colSpan' | 'rowSpan' | 'align'>> = {}): LayoutCell => ({
  text,
  header: true,
  ...span,
});
const v = (key: string, colSpan?: number): LayoutCell => ({ text: '', header: false, key, ...(colSpan ? { colSpan } : {}) });

function table2(): TableLayout {
  const rows: LayoutCell[][] = [];
  for (const block of T2_BLOCKS) {
    rows.push([h(block.heading, { colSpan: 4 })]);
    const wide = block.columns.length === 1;
    rows.push([h('信息内容'), ...block.columns.map((c) => h(c.label, wide ? { colSpan: 3 } : {}))]);
    for (const row of block.rows)
      rows.push([h(row.label), ...block.columns.map((c) => v(cellKey('t2', row.id, c.id), wide ? 3 : undefined))]);
  }
  return { table: 't2', columns: 4, widths: [31, 23, 23, 23], headerRows: 0, rows };
}

function table3(): TableLayout {
  const values = (row: string) => T3_COLUMNS.map((c) => v(cellKey('t3', row, c.id)));
  const rows: LayoutCell[][] = [
    [
      h('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', { colSpan: 3, rowSpan: 3 }),
      h('申请人情况', { colSpan: 7 }),
    ],
    [h('自然人', { rowSpan: 2 }), h('法人或其他组织', { colSpan: 5 }), h('总计', { rowSpan: 2 })],
    T3_COLUMNS.slice(1, 6).map((c) => h(c.label)),
    [h('一、本年新收政府信息公开申请数量', { colSpan: 3, align: 'left' }), ...values('new')],
    [h('二、上年结转政府信息公开申请数量', { colSpan: 3, align: 'left' }), ...values('carried')],
  ];
  const outcomeRows = 2 + T3_DENY.length + T3_CANNOT.length + T3_REFUSE.length + T3_OTHER.length + 1;
  rows.push([h('三、本年度办理结果', { rowSpan: outcomeRows }), h('（一）予以公开', { colSpan: 2, align: 'left' }), ...values('open')]);
  rows.push([h('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', { colSpan: 2, align: 'left' }), ...values('partial')]);
  for (const group of T3_GROUPS)
    group.rows.forEach((r, i) =>
      rows.push([
        // 「（三）」 over 「不予公开」, as printed in the narrow column
        ...(i === 0 ? [h(group.label.replace('）', '）\n'), { rowSpan: group.rows.length })] : []),
        h(r.label, { align: 'left' }),
        ...values(r.id),
      ]),
    );
  rows.push([h('（七）总计', { colSpan: 2, align: 'left' }), ...values('total')]);
  rows.push([h('四、结转下年度继续办理', { colSpan: 3, align: 'left' }), ...values('next')]);
  // label columns 5 + 11 + 32, the seven number columns share the rest
  return { table: 't3', columns: 10, widths: [5, 11, 32, ...Array.from({ length: 7 }, () => 52 / 7)], headerRows: 3, rows };
}

function table4(): TableLayout {
  const rows: LayoutCell[][] = [
    [h('行政复议', { colSpan: 5 }), h('行政诉讼', { colSpan: 10 })],
    [...T4_OUTCOMES.map((o) => h(o.label, { rowSpan: 2 })), ...T4_GROUPS.slice(1).map((g) => h(g.label, { colSpan: 5 }))],
    [...T4_GROUPS.slice(1).flatMap(() => T4_OUTCOMES.map((o) => h(o.label)))],
    T4_COLUMNS.map((c) => v(cellKey('t4', 'cases', c.id))),
  ];
  return { table: 't4', columns: 15, widths: Array.from({ length: 15 }, () => 100 / 15), headerRows: 3, rows };
}

export const TABLE_LAYOUTS: Record<GovInfoTableId, TableLayout> = { t2: table2(), t3: table3(), t4: table4() };

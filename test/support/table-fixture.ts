/**
 * A 执法数据 table in the serialised table model (shared/table-model.ts): 4 rows × 5 columns, a
 * merged header row spanning all columns, a second header row, a cell merged down two rows, set
 * column widths and centred figures.
 */
const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const para = (t: string, align = '') => ({
  type: 'paragraph',
  version: 1,
  format: align,
  indent: 0,
  direction: null,
  textFormat: 0,
  textStyle: '',
  children: t ? [text(t)] : [],
});

export function cell(t: string, opts: { header?: boolean; colSpan?: number; rowSpan?: number; align?: string; vAlign?: string } = {}) {
  return {
    type: 'tablecell',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    headerState: opts.header ? 1 : 0,
    backgroundColor: null,
    ...(opts.colSpan ? { colSpan: opts.colSpan } : {}),
    ...(opts.rowSpan ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.vAlign ? { verticalAlign: opts.vAlign } : {}),
    children: [para(t, opts.align)],
  };
}

const row = (cells: unknown[]) => ({ type: 'tablerow', version: 1, format: '', indent: 0, direction: null, children: cells });

export function enforcementTable() {
  const h = { header: true };
  return {
    type: 'table',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    colWidths: [150, 110, 110, 110, 110],
    children: [
      row([cell('2025年行政执法数据统计', { header: true, colSpan: 5 })]),
      row([cell('类别', h), cell('行政许可', h), cell('行政处罚', h), cell('行政强制', h), cell('行政检查', h)]),
      row([
        cell('办理件数', { rowSpan: 2, vAlign: 'middle' }),
        cell('1,204', { align: 'right' }),
        cell('356', { align: 'right' }),
        cell('12', { align: 'right' }),
        cell('2,890', { align: 'right' }),
      ]),
      row([cell('98.5%'), cell('97.2%'), cell('100%'), cell('99.1%')]),
    ],
  };
}

export function stateWithTable(before: string, table: unknown, after = '') {
  return { root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [para(before), table, para(after)] } };
}

import { cellKey, NOT_APPLICABLE, T3_COLUMNS, T3_ROWS, T4_COLUMNS, type GridValues } from '../../../shared/gov-info/tables';

/**
 * A consistent year of a 县级部门's report, made for these tests: 表三 columns
 * 自然人 40, 商业企业 6, 法律服务机构 2, others 0; 表四 复议 3 (2 维持, 1 纠正), 诉讼 1 直接起诉 pending.
 */
export function consistentValues(): GridValues {
  const v: GridValues = {};
  const t2 = (row: string, col: string, n: number | typeof NOT_APPLICABLE) => (v[cellKey('t2', row, col)] = n);
  t2('rules', 'issued', NOT_APPLICABLE);
  t2('rules', 'repealed', NOT_APPLICABLE);
  t2('rules', 'inforce', NOT_APPLICABLE);
  t2('normative', 'issued', 4);
  t2('normative', 'repealed', 1);
  t2('normative', 'inforce', 23);
  t2('licensing', 'decisions', 1520);
  t2('penalty', 'decisions', 86);
  t2('coercion', 'decisions', 3);
  t2('fees', 'fees', 0);
  // per column: new, carried, open, partial, deny4, cannot1, refuse2, next
  const per: Record<string, [number, number, number, number, number, number, number, number]> = {
    person: [38, 2, 20, 5, 2, 6, 3, 4],
    business: [6, 0, 3, 1, 0, 2, 0, 0],
    research: [0, 0, 0, 0, 0, 0, 0, 0],
    charity: [0, 0, 0, 0, 0, 0, 0, 0],
    legal: [2, 0, 1, 0, 0, 0, 0, 1],
    otherorg: [0, 0, 0, 0, 0, 0, 0, 0],
  };
  for (const row of T3_ROWS) for (const col of T3_COLUMNS) v[cellKey('t3', row.id, col.id)] = 0;
  for (const [col, [n, c, open, partial, deny4, cannot1, refuse2, next]] of Object.entries(per)) {
    const set = (row: string, x: number) => (v[cellKey('t3', row, col)] = x);
    set('new', n);
    set('carried', c);
    set('open', open);
    set('partial', partial);
    set('deny4', deny4);
    set('cannot1', cannot1);
    set('refuse2', refuse2);
    set('total', open + partial + deny4 + cannot1 + refuse2);
    set('next', next);
  }
  for (const row of T3_ROWS) {
    let sum = 0;
    for (const col of T3_COLUMNS.slice(0, 6)) sum += v[cellKey('t3', row.id, col.id)] as number;
    v[cellKey('t3', row.id, 'total')] = sum;
  }
  for (const col of T4_COLUMNS) v[cellKey('t4', 'cases', col.id)] = 0;
  const t4 = (col: string, n: number) => (v[cellKey('t4', 'cases', col)] = n);
  t4('review-upheld', 2);
  t4('review-corrected', 1);
  t4('review-total', 3);
  t4('direct-pending', 1);
  t4('direct-total', 1);
  return v;
}

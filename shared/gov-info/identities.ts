import type { Severity } from '../checks/types';
import {
  CELL_BY_KEY,
  cellKey,
  GRID_CELLS,
  NOT_APPLICABLE,
  T3_COLUMNS,
  T3_OUTCOME_ROWS,
  T3_SIX,
  T4_GROUPS,
  type CellValue,
  type GovInfoTableId,
  type GridValues,
} from './tables';

/** One broken identity or suspicious cell, with the cells involved (keys of tables.ts). */
export interface GridIssue {
  rule: string;
  name: string;
  severity: Severity;
  table: GovInfoTableId;
  cells: string[];
  message: string;
}

/** The year before, when the library holds last year's report of the same agency. */
export interface LastYear {
  year: number;
  values: GridValues;
}

const label = (key: string) => CELL_BY_KEY.get(key)?.label ?? key;
const show = (v: CellValue | undefined) => (v === undefined ? '（空）' : String(v));
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * An identity `total = Σ parts` over cells. Checked only when every cell involved is filled
 * (a number or 不适用): an empty cell is unknown, never 0, so it is reported as 未填写 instead.
 * 不适用 contributes nothing to a sum; a total of 不适用 with parts above 0 is itself wrong.
 */
function sumIdentity(values: GridValues, left: string[], right: string[]): { ok: boolean; l: number; r: number } | null {
  const all = [...left, ...right];
  if (all.some((k) => values[k] === undefined)) return null;
  if (all.every((k) => values[k] === NOT_APPLICABLE)) return { ok: true, l: 0, r: 0 };
  const num = (k: string) => {
    const v = values[k];
    return typeof v === 'number' ? v : 0;
  };
  const l = round(left.reduce((s, k) => s + num(k), 0));
  const r = round(right.reduce((s, k) => s + num(k), 0));
  return { ok: l === r, l, r };
}

/** The cells of an identity named briefly: by column when they share a row, by row when they share a column. */
function formula(values: GridValues, left: string[], right: string[]) {
  const all = [...left, ...right].map((k) => CELL_BY_KEY.get(k));
  const sameRow = all.every((c) => c && c.row === all[0]!.row && c.table === all[0]!.table);
  const sameCol = all.every((c) => c && c.col === all[0]!.col && c.table === all[0]!.table);
  const name = (k: string) => {
    const full = label(k);
    const [rowPart, colPart] = [full.slice(0, full.lastIndexOf('·')), full.slice(full.lastIndexOf('·') + 1)];
    if (sameRow) return colPart;
    if (sameCol) return rowPart.replace(/^表[二三四]「|」$/gu, '');
    return full;
  };
  const part = (keys: string[]) => keys.map((k) => `${name(k)} ${show(values[k])}`).join('，');
  return `${part(left)}；${part(right)}`;
}

export function checkIdentities(values: GridValues): GridIssue[] {
  const issues: GridIssue[] = [];
  const t3 = (row: string, col: string) => cellKey('t3', row, col);
  const push = (rule: string, name: string, table: GovInfoTableId, left: string[], right: string[], what: string) => {
    const r = sumIdentity(values, left, right);
    if (r && !r.ok)
      issues.push({
        rule,
        name,
        severity: 'error',
        table,
        cells: [...left, ...right],
        message: `${what}：左边为 ${r.l}，右边为 ${r.r}（${formula(values, left, right)}）。`,
      });
  };

  for (const col of T3_COLUMNS) {
    const colName = col.id === 'otherorg' ? '其他组织' : col.label;
    // 一 + 二 = 三（七）总计 + 四
    push(
      'table.t3.balance',
      '申请数量不平衡',
      't3',
      [t3('new', col.id), t3('carried', col.id)],
      [t3('total', col.id), t3('next', col.id)],
      `表三“${colName}”列：本年新收 + 上年结转 应等于 办理结果总计 + 结转下年度`,
    );
    // （七） = （一）…（六）
    push(
      'table.t3.outcome-total',
      '办理结果总计不符',
      't3',
      [t3('total', col.id)],
      T3_OUTCOME_ROWS.map((r) => t3(r.id, col.id)),
      `表三“${colName}”列：（七）总计应等于（一）至（六）各项之和`,
    );
  }
  // 总计 column = the six others, every row
  const rows = [...new Set(GRID_CELLS.filter((c) => c.table === 't3').map((c) => c.row))];
  for (const row of rows)
    push(
      'table.t3.column-total',
      '总计列不符',
      't3',
      [t3(row, 'total')],
      T3_SIX.map((c) => t3(row, c)),
      `表三“${CELL_BY_KEY.get(t3(row, 'total'))!.label.replace(/^表三「|」·总计$/gu, '')}”行：总计应等于自然人和五类法人或其他组织之和`,
    );
  // 表四: 总计 = 维持 + 纠正 + 其他 + 尚未审结
  for (const g of T4_GROUPS) {
    const k = (o: string) => cellKey('t4', 'cases', `${g.id}-${o}`);
    push(
      'table.t4.total',
      '复议诉讼总计不符',
      't4',
      [k('total')],
      ['upheld', 'corrected', 'other', 'pending'].map(k),
      `表四“${g.label}”：总计应等于结果维持、结果纠正、其他结果、尚未审结之和`,
    );
  }
  // no negatives
  for (const c of GRID_CELLS) {
    const v = values[c.key];
    if (typeof v === 'number' && v < 0)
      issues.push({
        rule: 'table.negative',
        name: '负数',
        severity: 'error',
        table: c.table,
        cells: [c.key],
        message: `${c.label} 为 ${v}：表中不能填负数。`,
      });
    else if (typeof v === 'number' && !c.amount && !Number.isInteger(v))
      issues.push({
        rule: 'table.not-integer',
        name: '件数不是整数',
        severity: 'error',
        table: c.table,
        cells: [c.key],
        message: `${c.label} 为 ${v}：件数应为整数。`,
      });
  }
  return issues;
}

/** A table partly filled: its empty cells are listed (没有发生的填 0，不适用的标“不适用”), never read as 0. */
export function checkIncomplete(values: GridValues): GridIssue[] {
  const issues: GridIssue[] = [];
  for (const table of ['t2', 't3', 't4'] as const) {
    const cells = GRID_CELLS.filter((c) => c.table === table);
    const empty = cells.filter((c) => values[c.key] === undefined);
    if (empty.length === 0 || empty.length === cells.length) continue;
    issues.push({
      rule: 'table.incomplete',
      name: '表格未填完',
      severity: 'warning',
      table,
      cells: empty.map((c) => c.key),
      message: `表${table === 't2' ? '二' : table === 't3' ? '三' : '四'}有 ${empty.length} 个单元格未填写（如${empty
        .slice(0, 3)
        .map((c) => c.label)
        .join('、')}）：没有发生的填 0，不适用的填“不适用”，空着的格不参加核对。`,
    });
  }
  return issues;
}

/** Across years: 上年结转 = last year's 结转下年度; 现行有效件数 follows; jumps beyond ×5 or ÷5. */
export function checkYearOnYear(values: GridValues, last: LastYear): GridIssue[] {
  const issues: GridIssue[] = [];
  const prev = last.values;
  for (const col of T3_COLUMNS) {
    const now = values[cellKey('t3', 'carried', col.id)];
    const before = prev[cellKey('t3', 'next', col.id)];
    if (typeof now === 'number' && typeof before === 'number' && now !== before)
      issues.push({
        rule: 'table.carry-over',
        name: '上年结转与上年报告不符',
        severity: 'error',
        table: 't3',
        cells: [cellKey('t3', 'carried', col.id)],
        message: `${label(cellKey('t3', 'carried', col.id))} 为 ${now}，而${last.year}年报告的“结转下年度继续办理”为 ${before}：两者应相等。`,
      });
  }
  for (const row of ['rules', 'normative']) {
    const k = (c: string) => cellKey('t2', row, c);
    const inforce = values[k('inforce')];
    const issued = values[k('issued')];
    const repealed = values[k('repealed')];
    const before = prev[k('inforce')];
    if ([inforce, issued, repealed, before].every((v) => typeof v === 'number')) {
      const expected = round((before as number) + (issued as number) - (repealed as number));
      if (expected !== inforce)
        issues.push({
          rule: 'table.t2.in-force',
          name: '现行有效件数与上年不衔接',
          severity: 'warning',
          table: 't2',
          cells: [k('inforce'), k('issued'), k('repealed')],
          message: `${label(k('inforce'))} 为 ${String(inforce)}，按${last.year}年的 ${String(before)} + 本年制发 ${String(issued)} − 本年废止 ${String(repealed)} 应为 ${expected}：请核对（上年数据有误或有清理的，可忽略）。`,
        });
    }
  }
  for (const c of GRID_CELLS) {
    const now = values[c.key];
    const before = prev[c.key];
    if (typeof now !== 'number' || typeof before !== 'number' || now <= 0 || before <= 0) continue;
    const ratio = now / before;
    if (ratio > 5 || ratio < 1 / 5)
      issues.push({
        rule: 'table.yoy-jump',
        name: '与上年相比变化过大',
        severity: 'warning',
        table: c.table,
        cells: [c.key],
        message: `${c.label} 为 ${now}，${last.year}年为 ${before}（${ratio > 1 ? `增至 ${round(ratio)} 倍` : `降至 ${round(ratio * 100)}%`}）：请核对是否填错。`,
      });
  }
  return issues;
}

export function checkGrids(values: GridValues, last: LastYear | null): GridIssue[] {
  return [...checkIdentities(values), ...checkIncomplete(values), ...(last ? checkYearOnYear(values, last) : [])];
}

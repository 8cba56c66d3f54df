import { z } from '../z';

/**
 * The three fixed tables of the 政府信息公开工作年度报告 (国办公开办函〔2021〕30号; domain.md §5):
 * 二 主动公开, 三 申请, 四 复议诉讼. Rows and columns are exactly the national ones; a cell is
 * addressed by `tableId:rowId:colId`. A cell holds a number, 不适用, or nothing (empty) — the three
 * mean different things and nothing here ever turns an empty cell into 0.
 */

export const GOV_INFO_TABLE_IDS = ['t2', 't3', 't4'] as const;
export type GovInfoTableId = (typeof GOV_INFO_TABLE_IDS)[number];
export const GovInfoTableIdSchema = z.enum(GOV_INFO_TABLE_IDS);

/** The template part each table belongs to (template `gov-info-annual`). */
export const TABLE_PART: Record<GovInfoTableId, string> = { t2: 'active', t3: 'requests', t4: 'appeals' };
export const TABLE_NAME: Record<GovInfoTableId, string> = {
  t2: '主动公开政府信息情况',
  t3: '收到和处理政府信息公开申请情况',
  t4: '政府信息公开行政复议、行政诉讼情况',
};

export const NOT_APPLICABLE = '不适用';
export const CellValueSchema = z.union([z.number().finite(), z.literal(NOT_APPLICABLE)]);
export type CellValue = z.infer<typeof CellValueSchema>;
/** Filled cells only: a key that is absent is an empty cell. */
export const GridValuesSchema = z.record(z.string().max(80), CellValueSchema);
export type GridValues = z.infer<typeof GridValuesSchema>;

export interface GridRow {
  id: string;
  /** Label as printed; `group` is the label of the merged cell on its left (（三）不予公开 …). */
  label: string;
  group?: string;
  /** Block heading of table 二 (第二十条第（一）项). */
  block?: string;
}
export interface GridColumn {
  id: string;
  label: string;
  /** Header group above this column (法人或其他组织, 行政复议 …). */
  group?: string;
  /** Second-level header group (行政诉讼 → 未经复议直接起诉). */
  subgroup?: string;
}
export interface GridCellDef {
  key: string;
  table: GovInfoTableId;
  row: string;
  col: string;
  /** 表三「一、本年新收…」·自然人 */
  label: string;
  /** 收费金额 may have decimals; every other cell counts cases. */
  amount?: boolean;
}

// ---- 表二 主动公开 -------------------------------------------------------------------------------
export const T2_BLOCKS = [
  {
    id: 'art20-1',
    heading: '第二十条第（一）项',
    columns: [
      { id: 'issued', label: '本年制发件数' },
      { id: 'repealed', label: '本年废止件数' },
      { id: 'inforce', label: '现行有效件数' },
    ],
    rows: [
      { id: 'rules', label: '规章' },
      { id: 'normative', label: '行政规范性文件' },
    ],
  },
  {
    id: 'art20-5',
    heading: '第二十条第（五）项',
    columns: [{ id: 'decisions', label: '本年处理决定数量' }],
    rows: [{ id: 'licensing', label: '行政许可' }],
  },
  {
    id: 'art20-6',
    heading: '第二十条第（六）项',
    columns: [{ id: 'decisions', label: '本年处理决定数量' }],
    rows: [
      { id: 'penalty', label: '行政处罚' },
      { id: 'coercion', label: '行政强制' },
    ],
  },
  {
    id: 'art20-8',
    heading: '第二十条第（八）项',
    columns: [{ id: 'fees', label: '本年收费金额（单位：万元）' }],
    rows: [{ id: 'fees', label: '行政事业性收费' }],
  },
] as const;

// ---- 表三 申请 -----------------------------------------------------------------------------------
export const T3_COLUMNS: readonly GridColumn[] = [
  { id: 'person', label: '自然人' },
  { id: 'business', label: '商业企业', group: '法人或其他组织' },
  { id: 'research', label: '科研机构', group: '法人或其他组织' },
  { id: 'charity', label: '社会公益组织', group: '法人或其他组织' },
  { id: 'legal', label: '法律服务机构', group: '法人或其他组织' },
  { id: 'otherorg', label: '其他', group: '法人或其他组织' },
  { id: 'total', label: '总计' },
];
export const T3_SIX = T3_COLUMNS.slice(0, 6).map((c) => c.id);

const sub = (prefix: string, group: string, labels: string[]): GridRow[] =>
  labels.map((label, i) => ({ id: `${prefix}${i + 1}`, label: `${i + 1}.${label}`, group }));

export const T3_DENY = sub('deny', '（三）不予公开', [
  '属于国家秘密',
  '其他法律行政法规禁止公开',
  '危及“三安全一稳定”',
  '保护第三方合法权益',
  '属于三类内部事务信息',
  '属于四类过程性信息',
  '属于行政执法案卷',
  '属于行政查询事项',
]);
export const T3_CANNOT = sub('cannot', '（四）无法提供', [
  '本机关不掌握相关政府信息',
  '没有现成信息需要另行制作',
  '补正后申请内容仍不明确',
]);
export const T3_REFUSE = sub('refuse', '（五）不予处理', [
  '信访举报投诉类申请',
  '重复申请',
  '要求提供公开出版物',
  '无正当理由大量反复申请',
  '要求行政机关确认或重新出具已获取信息',
]);
export const T3_OTHER = sub('other', '（六）其他处理', [
  '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '其他',
]);
export const T3_OUTCOME_ROWS: readonly GridRow[] = [
  { id: 'open', label: '（一）予以公开' },
  { id: 'partial', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' },
  ...T3_DENY,
  ...T3_CANNOT,
  ...T3_REFUSE,
  ...T3_OTHER,
];
export const T3_ROWS: readonly GridRow[] = [
  { id: 'new', label: '一、本年新收政府信息公开申请数量' },
  { id: 'carried', label: '二、上年结转政府信息公开申请数量' },
  ...T3_OUTCOME_ROWS.map((r) => ({ ...r, block: '三、本年度办理结果' })),
  { id: 'total', label: '（七）总计', block: '三、本年度办理结果' },
  { id: 'next', label: '四、结转下年度继续办理' },
];
export const T3_GROUPS = [
  { label: '（三）不予公开', rows: T3_DENY },
  { label: '（四）无法提供', rows: T3_CANNOT },
  { label: '（五）不予处理', rows: T3_REFUSE },
  { label: '（六）其他处理', rows: T3_OTHER },
];

// ---- 表四 复议诉讼 -------------------------------------------------------------------------------
export const T4_OUTCOMES = [
  { id: 'upheld', label: '结果维持' },
  { id: 'corrected', label: '结果纠正' },
  { id: 'other', label: '其他结果' },
  { id: 'pending', label: '尚未审结' },
  { id: 'total', label: '总计' },
] as const;
export const T4_GROUPS = [
  { id: 'review', label: '行政复议', group: '行政复议' },
  { id: 'direct', label: '未经复议直接起诉', group: '行政诉讼' },
  { id: 'after', label: '复议后起诉', group: '行政诉讼' },
] as const;
export const T4_COLUMNS: readonly GridColumn[] = T4_GROUPS.flatMap((g) =>
  T4_OUTCOMES.map((o) => ({
    id: `${g.id}-${o.id}`,
    label: o.label,
    group: g.group,
    ...(g.group === '行政诉讼' ? { subgroup: g.label } : {}),
  })),
);

// ---- cells ---------------------------------------------------------------------------------------
export const cellKey = (table: GovInfoTableId, row: string, col: string) => `${table}:${row}:${col}`;

function buildCells(): GridCellDef[] {
  const cells: GridCellDef[] = [];
  for (const block of T2_BLOCKS)
    for (const row of block.rows)
      for (const col of block.columns)
        cells.push({
          key: cellKey('t2', row.id, col.id),
          table: 't2',
          row: row.id,
          col: col.id,
          label: `表二「${row.label}」·${col.label}`,
          ...(col.id === 'fees' ? { amount: true } : {}),
        });
  for (const row of T3_ROWS)
    for (const col of T3_COLUMNS)
      cells.push({
        key: cellKey('t3', row.id, col.id),
        table: 't3',
        row: row.id,
        col: col.id,
        label: `表三「${row.group ? `${row.group}${row.label}` : row.label}」·${col.id === 'otherorg' ? '其他组织' : col.label}`,
      });
  for (const col of T4_COLUMNS)
    cells.push({
      key: cellKey('t4', 'cases', col.id),
      table: 't4',
      row: 'cases',
      col: col.id,
      label: `表四「${col.subgroup ?? col.group}」·${col.label}`,
    });
  return cells;
}

export const GRID_CELLS: readonly GridCellDef[] = buildCells();
export const CELL_BY_KEY: ReadonlyMap<string, GridCellDef> = new Map(GRID_CELLS.map((c) => [c.key, c]));
export const cellsOf = (table: GovInfoTableId) => GRID_CELLS.filter((c) => c.table === table);

/** Only known keys survive (a damaged or foreign value is dropped, never guessed). */
export function cleanValues(values: Record<string, unknown>): GridValues {
  const out: GridValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (!CELL_BY_KEY.has(key)) continue;
    const parsed = CellValueSchema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

/** Reads what a user typed into a cell: a number, 不适用 (also “/”, “—”, “-” as published reports write it), or empty. */
export function parseCellInput(text: string): CellValue | null | undefined {
  const t = text.replace(/[\s，,]/g, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (t === '') return null;
  if (t === NOT_APPLICABLE || t === '/' || t === '／' || t === '—' || t === '-' || t === '——') return NOT_APPLICABLE;
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  return undefined; // unreadable
}

export const formatCell = (v: CellValue | undefined) => (v === undefined ? '' : typeof v === 'number' ? String(v) : v);

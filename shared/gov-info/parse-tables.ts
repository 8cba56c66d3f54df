import {
  cellKey,
  parseCellInput,
  T3_CANNOT,
  T3_COLUMNS,
  T3_DENY,
  T3_OTHER,
  T3_REFUSE,
  T4_COLUMNS,
  type CellValue,
  type GovInfoTableId,
  type GridValues,
} from './tables';

/**
 * Reads the three tables of a published 政府信息公开工作年度报告 (issue 17) from its lines: a .docx
 * table row arrives with its cells, pasted web text as tab- or pipe-separated lines (or numbers
 * after a label separated by spaces), a .txt likewise. Rows are recognised by their labels, in the
 * table the text is in; the values are the trailing cells that are numbers, 不适用 (or “/”, “—”) or
 * empty. Every row with values that could not be placed is listed with the reason; nothing is
 * guessed (an empty cell stays empty). The 2019–2020 format (国办公开办函〔2019〕60号: other columns
 * in table 二, （六）其他处理 as one row) is read too.
 */

export interface SourceLine {
  text: string;
  cells?: string[];
}
export interface UnplacedRow {
  /** 0-based line of the source. */
  line: number;
  text: string;
  reason: string;
}
export interface ParsedTables {
  values: GridValues;
  /** How many cells were filled. */
  placed: number;
  unplaced: UnplacedRow[];
  /** What was read in a way the user should know (the earlier format's mapping). */
  notes: string[];
  format: '2021' | '2019' | null;
}

const isSeparator = (t: string) => /^[\s|｜:：\-—=+]+$/u.test(t) && /[-—=]/u.test(t);

export function splitCells(line: SourceLine): string[] {
  if (line.cells) return line.cells.map((c) => c.trim());
  const t = line.text.trim();
  if (t.includes('\t')) return t.split('\t').map((c) => c.trim());
  if (/[|｜]/u.test(t)) {
    const parts = t.split(/[|｜]/u).map((c) => c.trim());
    if (parts[0] === '') parts.shift();
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  return t.split(/\s+/u).filter(Boolean);
}

const valueLike = (c: string) => parseCellInput(c) !== undefined;

/** Label (the cells before the values, joined without spaces) and the trailing value cells. */
function labelAndValues(cells: string[]): { label: string; values: string[] } {
  let last = -1;
  cells.forEach((c, i) => {
    if (!valueLike(c)) last = i;
  });
  const values = cells.slice(last + 1);
  // Empty cells directly after the label are merged label cells of the layout, not values.
  while (values.length && values[0] === '' && last >= 0) values.shift();
  return {
    label: cells
      .slice(0, last + 1)
      .join('')
      .replace(/\s+/gu, ''),
    values,
  };
}

const OLD_FORMAT = /本年新制作数量|本年新公开数量|对外公开总数量|上一年项目数量|本年增\/减|采购项目数量|其他对外管理服务事项|政府集中采购/u;

const stripNumber = (label: string) => label.replace(/^\d+\./u, '');
const SUB_ROWS = [...T3_DENY, ...T3_CANNOT, ...T3_REFUSE, ...T3_OTHER.slice(0, 2)].map((r) => ({ id: r.id, phrase: stripNumber(r.label) }));

function t3Row(label: string, group: string | null): string | null {
  for (const r of SUB_ROWS) if (label.includes(r.phrase.replace(/\s+/gu, ''))) return r.id;
  if (/(^|\d\.)其他$/u.test(label) && (group === 'other' || label.includes('其他处理'))) return 'other3';
  if (label.includes('部分公开')) return 'partial';
  if (label.includes('予以公开') && !label.includes('不予公开')) return 'open';
  if (label.includes('本年新收')) return 'new';
  if (label.includes('上年结转')) return 'carried';
  if (label.includes('结转下年度')) return 'next';
  if (label.includes('总计')) return 'total';
  return null;
}

const T2_ROWS: Array<{ id: string; test: RegExp }> = [
  { id: 'normative', test: /规范性文件/u },
  { id: 'rules', test: /规章/u },
  { id: 'licensing', test: /行政许可/u },
  { id: 'penalty', test: /行政处罚/u },
  { id: 'coercion', test: /行政强制/u },
  { id: 'fees', test: /行政事业性收费/u },
];

export function parseTables(lines: readonly SourceLine[]): ParsedTables {
  const values: GridValues = {};
  const unplaced: UnplacedRow[] = [];
  const notes = new Set<string>();
  let table: GovInfoTableId | null = null;
  let group: string | null = null;
  let old = false;
  const put = (key: string, v: CellValue | null) => {
    if (v !== null) values[key] = v;
  };
  const parse = (c: string) => parseCellInput(c) ?? null;

  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (!text || isSeparator(text)) return;
    if (OLD_FORMAT.test(text)) old = true;
    // Context: which table the text is in.
    if (/主动公开政府信息情况|第二十条第/u.test(text)) table = 't2';
    if (/收到和处理政府信息公开申请|申请人情况/u.test(text)) table = 't3';
    if (/行政复议、行政诉讼情况|^行政复议\s*(\t|\||｜)?\s*行政诉讼/u.test(text) || (table !== 't4' && /结果维持/u.test(text))) table = 't4';
    if (/存在的主要问题|其他需要报告的事项/u.test(text) && !line.cells) table = null;
    if (/（三）\s*不予公开/u.test(text)) group = 'deny';
    if (/（四）\s*无法提供/u.test(text)) group = 'cannot';
    if (/（五）\s*不予处理/u.test(text)) group = 'refuse';
    if (/（六）\s*其他处理/u.test(text)) group = 'other';

    const { label, values: cells } = labelAndValues(splitCells(line));
    if (cells.every((c) => c === '')) return; // a heading, a header row or prose
    if (label.length > 60) return; // prose that ends with a number
    const miss = (reason: string) => unplaced.push({ line: index, text: text.slice(0, 120), reason });

    if (table === 't4' || (table === null && cells.length === 15)) {
      if (cells.length !== 15) return miss(`表四的数据行应有 15 个数（复议、直接起诉、复议后起诉各 5 个），这一行有 ${cells.length} 个。`);
      T4_COLUMNS.forEach((c, i) => put(cellKey('t4', 'cases', c.id), parse(cells[i]!)));
      return;
    }
    if (table === 't3' || (table === null && cells.length === 7 && t3Row(label, group))) {
      const row = t3Row(label, group);
      if (!row) {
        if (label.includes('其他处理') && cells.length === 7) {
          // 2019–2020: （六）其他处理 was one row; the 2021 format splits it in three.
          T3_COLUMNS.forEach((c, i) => put(cellKey('t3', 'other3', c.id), parse(cells[i]!)));
          notes.add('2019—2020年格式的“（六）其他处理”只有一行，已计入现行格式的“3.其他”。');
          return;
        }
        return miss('没有认出这是表三的哪一行。');
      }
      if (cells.length !== 7) return miss(`表三每行应有 7 个数（自然人、五类法人或其他组织、总计），这一行有 ${cells.length} 个。`);
      T3_COLUMNS.forEach((c, i) => put(cellKey('t3', row, c.id), parse(cells[i]!)));
      return;
    }
    const t2 = T2_ROWS.find((r) => r.test.test(label));
    if (table === 't2' || t2) {
      if (!t2) return miss(old ? '2019—2020年格式的这一项在现行表二中没有对应的行，未填入。' : '没有认出这是表二的哪一行。');
      const filled = cells.filter((c) => c !== '');
      if (old) {
        if (t2.id === 'rules' || t2.id === 'normative') {
          if (cells.length !== 3) return miss(`应有 3 个数（本年新制作、本年新公开、对外公开总数），这一行有 ${cells.length} 个。`);
          put(cellKey('t2', t2.id, 'issued'), parse(cells[0]!));
          notes.add(
            '2019—2020年格式的“本年新制作数量”已填入“本年制发件数”；“本年新公开数量”“对外公开总数量”在现行格式中没有对应的格，未填入。',
          );
          return;
        }
        if (t2.id === 'fees') return miss('2019—2020年格式的行政事业性收费只有项目数量，没有收费金额，未填入。');
        if (cells.length !== 3) return miss(`应有 3 个数（上一年项目数量、本年增/减、处理决定数量），这一行有 ${cells.length} 个。`);
        put(cellKey('t2', t2.id, 'decisions'), parse(cells[2]!));
        notes.add('2019—2020年格式的“处理决定数量”已填入“本年处理决定数量”；“上一年项目数量”“本年增/减”未填入。');
        return;
      }
      if (t2.id === 'rules' || t2.id === 'normative') {
        if (cells.length !== 3) return miss(`应有 3 个数（本年制发、本年废止、现行有效），这一行有 ${cells.length} 个。`);
        (['issued', 'repealed', 'inforce'] as const).forEach((c, i) => put(cellKey('t2', t2.id, c), parse(cells[i]!)));
        return;
      }
      // One value; a merged cell copied as three equal cells is one value too.
      const distinct = [...new Set(filled)];
      if (distinct.length !== 1) return miss(`应有 1 个数，这一行有 ${filled.length} 个。`);
      put(cellKey('t2', t2.id, t2.id === 'fees' ? 'fees' : 'decisions'), parse(distinct[0]!));
      return;
    }
    miss('不在能识别的表格中。');
  });
  const placed = Object.keys(values).length;
  return { values, placed, unplaced, notes: [...notes], format: placed === 0 ? null : old ? '2019' : '2021' };
}

import type { ImportedSection, PartRole } from './import-schema';

/**
 * The lines of an imported 政府信息公开工作年度报告 that hold its tables: parts 二、三、四 (主动公开,
 * 收到和处理申请, 行政复议和行政诉讼) as the gov-info table reader takes them — each table row with its
 * cells, the other paragraphs as text. Each part starts with its standard heading, so that the
 * reader knows which table it is in even when the source words the heading differently.
 */

export interface TableSourceLine {
  text: string;
  cells?: string[];
}

const TABLE_PARTS: Partial<Record<PartRole, string>> = {
  active: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  appeals: '四、政府信息公开行政复议、行政诉讼情况',
};

function linesOf(section: ImportedSection, out: TableSourceLine[]): void {
  section.paragraphs.forEach((text, i) => {
    const table = section.tables?.[String(i)];
    if (!table) return void out.push({ text });
    for (const row of table.rows) {
      const cells = row.map((c) => c.text.replace(/\n/gu, ''));
      // A pasted table's shorter rows are padded with empty cells to the widest row: they are not
      // values. (A row whose last value is really empty then has a value too few and is listed.)
      while (cells.length > 1 && cells.at(-1) === '') cells.pop();
      out.push({ text: cells.join('\t'), cells });
    }
  });
  for (const child of section.children) {
    out.push({ text: child.heading });
    linesOf(child, out);
  }
}

/** The table lines of the parts mapped to 二、三、四; empty when none of them holds a table. */
export function govInfoTableLines(sections: readonly ImportedSection[]): TableSourceLine[] {
  const out: TableSourceLine[] = [];
  let tables = 0;
  for (const section of sections) {
    const context = section.part ? TABLE_PARTS[section.part] : undefined;
    if (!context) continue;
    out.push({ text: context });
    if (section.heading !== context) out.push({ text: section.heading });
    linesOf(section, out);
    tables += countTables(section);
  }
  return tables > 0 ? out : [];
}

function countTables(section: ImportedSection): number {
  return Object.keys(section.tables ?? {}).length + section.children.reduce((n, c) => n + countTables(c), 0);
}

/** A section without its tables (their paragraphs too), and its children likewise. */
function withoutTables(section: ImportedSection): ImportedSection {
  const tables = section.tables ?? {};
  return {
    ...section,
    paragraphs: section.paragraphs.filter((_, i) => !(String(i) in tables)),
    tables: undefined,
    children: section.children.map(withoutTables),
  };
}

/**
 * The sections with the tables of parts 二、三、四 taken out: used once every row of those tables
 * was placed in the grids, which the export writes in the national layout — so the figures are not
 * printed twice. When a row could not be placed, the caller keeps the tables as they came.
 */
export function withoutGovInfoTables(sections: readonly ImportedSection[]): ImportedSection[] {
  return sections.map((s) => (s.part && TABLE_PARTS[s.part] ? withoutTables(s) : s));
}

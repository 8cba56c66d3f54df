import { parseDeadline } from './deadline';
import { parseMeasureLine } from './measure-fields';
import type { ParsedAspect, ParsedMeasure, PlanSourceLine } from './plan-import-schema';

/**
 * A task table (序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限, in any order and wording) as
 * measures. The header row names the columns; a row whose cells all say the same thing, or whose
 * first cell is a heading (一、 （一）), starts an aspect; a repeated header (a table continued on the
 * next page) is skipped.
 */

type Column = 'number' | 'task' | 'lead' | 'units' | 'deadline' | 'indicator';
const HEADERS: Array<[RegExp, Column]> = [
  [/^(序号|编号|序)$/u, 'number'],
  [/牵头/u, 'lead'],
  [/责任|配合|参与|协办/u, 'units'],
  [/时限|时间|完成/u, 'deadline'],
  [/指标|目标值/u, 'indicator'],
  [/任务|措施|内容|事项|工作/u, 'task'],
];

function headerMap(cells: string[]): Map<Column, number> | null {
  const map = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const kind = HEADERS.find(([re]) => re.test(cell.replace(/\s+/gu, '')))?.[1];
    if (kind && !map.has(kind)) map.set(kind, i);
  });
  return map.has('task') && (map.has('lead') || map.has('units') || map.has('deadline')) ? map : null;
}

const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])\s*(.+)$/u;

export function tableMeasures(rows: PlanSourceLine[], year: number): ParsedAspect[] {
  const aspects: ParsedAspect[] = [];
  let columns: Map<Column, number> | null = null;
  const current = () => aspects.at(-1) ?? (aspects.push({ heading: '', paragraphs: [], measures: [] }), aspects.at(-1)!);
  for (const row of rows) {
    const cells = (row.cells ?? []).map((c) => c.trim());
    const header = headerMap(cells);
    if (header) {
      columns = header;
      continue;
    }
    const filled = cells.filter(Boolean);
    if (filled.length === 0) continue;
    const heading = HEADING.exec(filled[0]!);
    if (new Set(filled).size === 1 || (heading && filled.length <= 2)) {
      aspects.push({ heading: (heading?.[1] ?? filled[0]!).trim(), paragraphs: [], measures: [] });
      continue;
    }
    if (!columns) {
      // No header seen: the row is read as a line of text, its bracket split as usual.
      current().measures.push({ ...parseMeasureLine(filled.join('，'), year), issues: ['表格没有可识别的表头，请核对各列'] });
      continue;
    }
    const at = (c: Column) => (columns!.has(c) ? (cells[columns!.get(c)!] ?? '') : '');
    const deadlineText = at('deadline');
    const deadline = parseDeadline(deadlineText, year);
    const measure: ParsedMeasure = {
      text: at('task').replace(/^\s*\d+\s*[.．、]\s*/u, ''),
      leadUnit: at('lead'),
      units: at('units'),
      deadline: deadline ?? '',
      indicator: at('indicator'),
      deadlineText: deadline === null ? deadlineText : '',
      issues: deadline === null ? [`完成时限“${deadlineText}”无法识别，请改为日期、“全年”或“长期”`] : [],
    };
    if (!measure.text) continue;
    current().measures.push(measure);
  }
  return aspects;
}

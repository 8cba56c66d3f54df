import fs from 'node:fs';
import path from 'node:path';
import type { CheckDocument, Finding } from '../../shared/checks/types';
import { govInfoFindings } from '../../shared/gov-info/grid-findings';
import { parseTables } from '../../shared/gov-info/parse-tables';
import { TABLE_NAME, TABLE_PART, type GovInfoTableId } from '../../shared/gov-info/tables';
import { readPlanSource } from '../services/plan/plan-read';

/**
 * `nianbao check FILE --template gov-info-annual` (issue 17): the file's tables are read as the
 * app imports them (.docx table rows, tab/pipe-separated lines) and checked with the same
 * identities and prose rules. A table finding sits on the line of its part's heading; every row
 * with figures that could not be placed is a finding `table.unplaced` on its line.
 */
export async function govInfoFileFindings(file: string, doc: CheckDocument): Promise<Finding[]> {
  const buf = fs.readFileSync(file);
  const source =
    path.extname(file).toLowerCase() === '.docx'
      ? { type: 'file' as const, fileName: path.basename(file), base64: buf.toString('base64') }
      : { type: 'text' as const, text: buf.toString('utf8') };
  const parsed = parseTables(await readPlanSource(source));
  // Sections stand for the table parts: their "id" is the heading line, so findings land there.
  const headingLine = (table: GovInfoTableId) => doc.paragraphs.findIndex((p) => p.text.includes(TABLE_NAME[table]));
  const sections = (Object.keys(TABLE_PART) as GovInfoTableId[]).map((t) => ({ id: `table-${t}`, partId: TABLE_PART[t] }));
  const lineOf = new Map(sections.map((s) => [s.id, headingLine(s.id.slice(6) as GovInfoTableId)]));
  const findings = govInfoFindings({ values: parsed.values, last: null, sections, paragraphs: [] }).map((f) => ({
    ...f,
    sectionId: '',
    paragraph: Math.max(-1, lineOf.get(f.sectionId) ?? -1),
  }));
  // Prose against the tables: the file's own lines (the CLI's positions).
  const prose = govInfoFindings({ values: parsed.values, last: null, sections: [], paragraphs: doc.paragraphs }).filter((f) =>
    f.rule.startsWith('figures.'),
  );
  const unplaced: Finding[] = parsed.unplaced.map((u) => ({
    rule: 'table.unplaced',
    name: '表格行未能读入',
    category: '一致性',
    severity: 'warning',
    sectionId: '',
    paragraph: source.type === 'text' ? u.line : -1,
    start: 0,
    length: 0,
    excerpt: u.text.slice(0, 60),
    message: `这一行的数字没有读入表格：${u.reason}`,
    fix: null,
  }));
  return [...findings.filter((f) => f.rule.startsWith('table.')), ...prose, ...unplaced];
}

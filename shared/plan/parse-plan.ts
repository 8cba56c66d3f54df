import { fieldsOnlyLine, parseFields, parseMeasureLine } from './measure-fields';
import type { ParsedAspect, ParsedMeasure, ParsedPart, ParsedPlan, PlanSourceLine } from './plan-import-schema';
import { tableMeasures } from './parse-task-table';

/**
 * A 工作计划/工作要点 read from its paragraphs (and table rows): title, year and agency; the opening;
 * 总体要求; the aspects (level-1 parts, or the （一） subsections of a 主要任务 part) with their
 * numbered measures; 保障措施. Measures carry their units and deadline in a trailing bracket, on a
 * line of their own, or in a task table. An aspect whose paragraphs could not be split into
 * measures keeps each paragraph as an item marked for correction.
 */

const LEVEL1 = /^\s*([一二三四五六七八九十]{1,3})\s*[、.．，]\s*(.+)$/u;
const LEVEL2 = /^\s*[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.+)$/u;
const MEASURE = /^\s*(?:\d{1,3}|[０-９]{1,3})\s*[.．、]\s*\S|^\s*[（(]\d{1,3}[）)]\s*\S/u;
const REQUIREMENTS = /总体要求|指导思想|总体目标|工作目标|基本原则/u;
const SAFEGUARDS = /保障措施|组织保障|工作要求|组织实施|保障机制|工作保障/u;
const TASKS = /主要任务|重点任务|工作任务|主要工作|重点工作|主要措施|工作重点/u;
const TITLE = /(工作计划|工作要点|计划|要点|实施方案)\s*$/u;

interface Node {
  heading: string;
  lines: PlanSourceLine[];
  children: Array<{ heading: string; lines: PlanSourceLine[] }>;
}

const emptyMeasure = (text: string, issue: string): ParsedMeasure => ({
  text,
  leadUnit: '',
  units: '',
  deadline: '',
  indicator: '',
  deadlineText: '',
  issues: [issue],
});

function titleInfo(lines: PlanSourceLine[]) {
  const candidates = lines.slice(0, 6).map((l) => l.text.trim());
  const notice = candidates.map((t) => /关于印发(.+?)的通知/u.exec(t)?.[1]).find(Boolean);
  const title = notice ?? candidates.find((t) => TITLE.test(t) && t.length <= 80 && !/[。；]/u.test(t)) ?? '';
  const year = /((?:19|20)\d{2})\s*年/u.exec(title);
  const agency = year ? title.slice(0, year.index).replace(/^关于/u, '').trim() : '';
  return { title, year: year ? Number(year[1]) : null, agency, kind: /要点/u.test(title) ? ('points' as const) : ('plan' as const) };
}

function tree(lines: PlanSourceLine[], titleText: string) {
  const opening: string[] = [];
  const nodes: Node[] = [];
  let seenTitle = !titleText;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text && !line.cells) continue;
    if (!seenTitle) {
      if (text.includes(titleText) || text === titleText) seenTitle = true;
      continue;
    }
    const l1 = line.cells ? null : LEVEL1.exec(text);
    const l2 = line.cells ? null : LEVEL2.exec(text);
    const node = nodes.at(-1);
    if (l1) nodes.push({ heading: l1[2]!.trim(), lines: [], children: [] });
    else if (l2 && node) node.children.push({ heading: l2[2]!.trim(), lines: [] });
    else if (!node) opening.push(text);
    else (node.children.at(-1)?.lines ?? node.lines).push(line);
  }
  return { opening, nodes };
}

/** The measures of an aspect, and its paragraphs that are not measures (its introduction). */
export function aspectOf(heading: string, lines: PlanSourceLine[], year: number): ParsedAspect {
  const paragraphs: string[] = [];
  const measures: ParsedMeasure[] = [];
  const rows = lines.filter((l) => l.cells);
  if (rows.length) measures.push(...tableMeasures(rows, year).flatMap((a) => a.measures));
  const text = lines
    .filter((l) => !l.cells)
    .map((l) => l.text.trim())
    .filter(Boolean);
  const numbered = text.some((t) => MEASURE.test(t));
  for (const t of text) {
    const fieldsLine = fieldsOnlyLine(t);
    const last = measures.at(-1);
    if (fieldsLine && last && !last.leadUnit && !last.units && !last.deadline) {
      Object.assign(last, { ...parseFields(fieldsLine, year), text: last.text });
    } else if (MEASURE.test(t)) measures.push(parseMeasureLine(t, year));
    else {
      const m = parseMeasureLine(t, year);
      if (m.leadUnit || m.units || m.deadline) measures.push(m);
      else if (numbered || rows.length) paragraphs.push(t);
      else measures.push(emptyMeasure(t, '未能从这一段拆分出单独的措施，请核对：拆分、改为方面说明或删除'));
    }
  }
  return { heading, paragraphs, measures };
}

const partOf = (node: Node): ParsedPart => ({
  heading: node.heading,
  paragraphs: node.lines.map((l) => (l.cells ? l.cells.join('　') : l.text.trim())).filter(Boolean),
  children: node.children.map((c) => ({ heading: c.heading, paragraphs: c.lines.map((l) => l.text.trim()).filter(Boolean) })),
});

/** Marks measures without units or deadline when the plan gives them for most others. */
function flagMissingFields(aspects: ParsedAspect[]) {
  const all = aspects.flatMap((a) => a.measures);
  const withUnits = all.filter((m) => m.leadUnit || m.units).length;
  const withDeadline = all.filter((m) => m.deadline || m.deadlineText).length;
  for (const m of all) {
    if (m.issues.length) continue;
    if (withUnits * 2 > all.length && !m.leadUnit && !m.units) m.issues.push('未识别到牵头单位和责任单位，请补充');
    else if (withDeadline * 2 > all.length && !m.deadline) m.issues.push('未识别到完成时限，请补充');
  }
}

export function parsePlan(lines: PlanSourceLine[]): ParsedPlan {
  const info = titleInfo(lines);
  const year = info.year ?? new Date().getFullYear();
  const { opening, nodes } = tree(lines, info.title);
  let requirements: ParsedPart | null = null;
  let safeguards: ParsedPart | null = null;
  const aspects: ParsedAspect[] = [];
  const others: ParsedPart[] = [];
  for (const node of nodes) {
    if (!requirements && REQUIREMENTS.test(node.heading) && aspects.length === 0) requirements = partOf(node);
    else if (SAFEGUARDS.test(node.heading)) safeguards = partOf(node);
    else if (
      node.children.length &&
      (TASKS.test(node.heading) || node.children.some((c) => c.lines.some((l) => MEASURE.test(l.text) || l.cells)))
    ) {
      // A 主要任务 part: its （一） subsections are the aspects; text before them stays an introduction.
      if (node.lines.some((l) => l.cells))
        aspects.push(
          ...tableMeasures(
            node.lines.filter((l) => l.cells),
            year,
          ),
        );
      for (const child of node.children) aspects.push(aspectOf(child.heading, child.lines, year));
    } else if (node.lines.some((l) => l.cells) && !node.lines.some((l) => MEASURE.test(l.text))) {
      const fromTable = tableMeasures(
        node.lines.filter((l) => l.cells),
        year,
      );
      if (fromTable.length === 1 && fromTable[0]!.heading === '') fromTable[0]!.heading = node.heading;
      aspects.push(...fromTable.map((a) => (a.heading ? a : { ...a, heading: node.heading })));
    } else if (node.lines.length || node.children.length) aspects.push(aspectOf(node.heading, node.lines, year));
    else others.push(partOf(node));
  }
  flagMissingFields(aspects);
  return { ...info, opening, requirements, aspects: aspects.filter((a) => a.measures.length || a.paragraphs.length), safeguards, others };
}

export const countIssues = (plan: ParsedPlan) => plan.aspects.flatMap((a) => a.measures).filter((m) => m.issues.length > 0).length;

/** Pasted web text or a .txt file: one paragraph per line; a line with tabs (a copied table row) keeps its cells. */
export function linesFromText(text: string): PlanSourceLine[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => (line.includes('\t') ? { text: line.replace(/\t/gu, ' '), cells: line.split('\t') } : { text: line }));
}

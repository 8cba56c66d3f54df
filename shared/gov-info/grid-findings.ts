import type { CheckParagraph, Finding } from '../checks/types';
import { figuresFindings } from './figures';
import { checkGrids, type GridIssue, type LastYear } from './identities';
import { CELL_BY_KEY, TABLE_PART, type GridValues } from './tables';

interface SectionRef {
  id: string;
  partId: string | null;
}

/** A table issue as a finding on the heading of the part that holds the table, naming its cells. */
export function issueToFinding(issue: GridIssue, sections: readonly SectionRef[]): Finding {
  const section = sections.find((s) => s.partId === TABLE_PART[issue.table]);
  return {
    rule: issue.rule,
    name: issue.name,
    category: '一致性',
    severity: issue.severity,
    sectionId: section?.id ?? '',
    paragraph: -1,
    start: 0,
    length: 0,
    excerpt: issue.cells
      .slice(0, 4)
      .map((k) => CELL_BY_KEY.get(k)?.label ?? k)
      .join('；'),
    message: issue.message,
    fix: null,
    cells: issue.cells,
  };
}

/** Every `table.` and `figures.` finding of a 政府信息公开工作年度报告. */
export function govInfoFindings(input: {
  values: GridValues;
  last: LastYear | null;
  sections: readonly SectionRef[];
  paragraphs: readonly CheckParagraph[];
}): Finding[] {
  return [
    ...checkGrids(input.values, input.last).map((i) => issueToFinding(i, input.sections)),
    ...figuresFindings(input.paragraphs, input.values),
  ];
}

/**
 * A part 二–四 that holds a filled table is not empty: the structure rule's 「必备部分…还没有内容」 is
 * dropped for it (published reports have only the table there). Other findings are kept.
 */
export function withoutEmptyTableParts<F extends Pick<Finding, 'rule' | 'sectionId' | 'paragraph' | 'message'>>(
  findings: readonly F[],
  sections: readonly SectionRef[],
  values: GridValues,
): F[] {
  const filledTables = new Set(Object.keys(values).map((k) => k.split(':')[0]));
  const filledParts = new Set(
    sections.filter((s) => Object.entries(TABLE_PART).some(([t, part]) => part === s.partId && filledTables.has(t))).map((s) => s.id),
  );
  return findings.filter(
    (f) => !(f.rule === 'structure.parts' && f.paragraph === -1 && filledParts.has(f.sectionId) && f.message.includes('还没有内容')),
  );
}

import type { ReportDetail } from '../report-schema';
import type { RichTextState } from '../rich-text';
import { formatDeadline } from './deadline';
import type { Measure, MeasureForm } from './plan-schema';

/**
 * A plan's measures as the exported document writes them, appended to their aspect's text:
 * running text 「1.……（牵头单位：…；责任单位：…；完成时限：2025年12月底前）」 or a task table
 * 序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 whose header row repeats on every page. Both are
 * ordinary editor content (paragraphs, a Lexical table in the shared table model), so the .docx,
 * PDF and HTML exporters write them with the same converters as everything else.
 */

type MeasureFields = Pick<Measure, 'text' | 'leadUnit' | 'units' | 'deadline' | 'indicator'>;

/** 「（工作指标：…；牵头单位：…；责任单位：…；完成时限：…）」, only the fields given; '' when none. */
export function measureBracket(m: MeasureFields): string {
  const fields = [
    m.indicator && `工作指标：${m.indicator}`,
    m.leadUnit && `牵头单位：${m.leadUnit}`,
    m.units && `责任单位：${m.units}`,
    m.deadline && `完成时限：${formatDeadline(m.deadline)}`,
  ].filter(Boolean);
  return fields.length ? `（${fields.join('；')}）` : '';
}

export function measureSentence(m: MeasureFields, index: number): string {
  return `${index}.${m.text.trim()}${measureBracket(m)}`;
}

const textNode = (text: string) => ({ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraphNode = (text: string, format = '') => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format,
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: text ? [textNode(text)] : [],
});

export const TASK_TABLE_HEADER = ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'] as const;
/** CSS px over the 590 px text block: 序号 and 完成时限 fit their header words at 三号 and 四号, the task the widest. */
export const TASK_TABLE_WIDTHS = [56, 240, 92, 106, 96] as const;

const cellNode = (text: string, header: boolean, format = '') => ({
  type: 'tablecell',
  version: 1,
  headerState: header ? 1 : 0,
  colSpan: 1,
  rowSpan: 1,
  children: text.split('\n').map((line) => paragraphNode(line, format)),
});

function taskRow(m: MeasureFields, index: number): string[] {
  const task = m.indicator ? `${m.text.trim()}\n工作指标：${m.indicator}` : m.text.trim();
  return [String(index), task, m.leadUnit, m.units, m.deadline ? formatDeadline(m.deadline) : ''];
}

export function taskTableNode(measures: readonly MeasureFields[]) {
  const rows = [
    { type: 'tablerow', version: 1, children: TASK_TABLE_HEADER.map((h) => cellNode(h, true)) },
    ...measures.map((m, i) => ({
      type: 'tablerow',
      version: 1,
      children: taskRow(m, i + 1).map((text, c) => cellNode(text, false, c === 0 || c === 4 ? 'center' : '')),
    })),
  ];
  return { type: 'table', version: 1, colWidths: [...TASK_TABLE_WIDTHS], children: rows };
}

export function appendMeasures(content: RichTextState, measures: readonly MeasureFields[], form: MeasureForm): RichTextState {
  if (measures.length === 0) return content;
  const existing = (content.root.children ?? []).filter(
    (n) => !(n.type === 'paragraph' && (n.children ?? []).length === 0 && (content.root.children ?? []).length === 1),
  );
  const added = form === 'table' ? [taskTableNode(measures)] : measures.map((m, i) => paragraphNode(measureSentence(m, i + 1)));
  return { ...content, root: { ...content.root, children: [...existing, ...added] } };
}

/** The report with each aspect's measures written into its content, for the exporters. */
export function withMeasures(detail: ReportDetail, measures: readonly Measure[], form: MeasureForm): ReportDetail {
  if (measures.length === 0) return detail;
  const bySection = new Map<string, Measure[]>();
  for (const m of [...measures].sort((a, b) => a.position - b.position)) {
    bySection.set(m.sectionId, [...(bySection.get(m.sectionId) ?? []), m]);
  }
  return {
    ...detail,
    sections: detail.sections.map((s) => {
      const list = bySection.get(s.id);
      return list ? { ...s, content: appendMeasures(s.content, list, form) } : s;
    }),
  };
}

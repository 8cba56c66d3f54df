import type { Core } from '../../../../electron/services/core';
import type { ReportDetail } from '../../../../shared/report-schema';
import type { RichTextState } from '../../../../shared/rich-text';
import { LOCAL_TEMPLATE, saveAtCurrent } from '../../../helpers';

/** Builds real reports through the core (as the app does) for the exporter tests and the benchmark. */

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const para = (t: string) => ({ type: 'paragraph', version: 1, children: [text(t)] });
const heading = (tag: 'h3' | 'h4', t: string) => ({ type: 'heading', tag, version: 1, children: [text(t)] });
const cell = (t: string) => ({ type: 'tablecell', version: 1, headerState: 0, children: [para(t)] });
export const tableNode = (rows: string[][]) => ({
  type: 'table',
  version: 1,
  children: rows.map((r) => ({ type: 'tablerow', version: 1, children: r.map(cell) })),
});

export type Node = ReturnType<typeof para> | ReturnType<typeof heading> | ReturnType<typeof tableNode>;
export const P = para;
export const H3 = (t: string) => heading('h3', t);
export const H4 = (t: string) => heading('h4', t);

export function state(children: Node[]): RichTextState {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children } } as RichTextState;
}

/** Common characters without punctuation, so a full line holds exactly its grid's 28 characters. */
const HANZI =
  '法治政府建设推进依法行政制度体系决策执法监督公开服务群众基层改革工作机制完善落实责任规范严格公正文明办理案件复议诉讼培训学习宣传审查备案';

/** Deterministic pseudo-random Chinese text: the same bytes on every run. */
export function hanzi(length: number, seed: number): string {
  let x = seed * 2654435761 + 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += HANZI[x % HANZI.length];
  }
  return out;
}

/** A paragraph of whole lines plus a short last line: 26 on the indented first line, 28 after. */
export const bodyText = (lines: number, seed: number) => `${hanzi(26 + 28 * (lines - 1) + 10, seed)}。`;

const AGENCY = '市司法局';

export async function createReport(core: Core, agency = AGENCY): Promise<ReportDetail> {
  // Several tests make more than one report of the same agency and year on purpose.
  return core.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency, year: 2024, reportDate: '2025-01-07', allowDuplicate: true });
}

/** A one-to-two page report with every heading level, a table and the closing. */
export async function shortReport(core: Core): Promise<ReportDetail> {
  const detail = await createReport(core);
  const parts = detail.sections.filter((s) => s.kind === 'part');
  const opening = detail.sections.find((s) => s.kind === 'opening')!;
  await saveAtCurrent(core, { id: opening.id, content: state([P(bodyText(3, 1))]) });
  const sub = await core.invoke('sections.add', {
    reportId: detail.report.id,
    parentId: parts[0]!.id,
    heading: '深入学习贯彻习近平法治思想',
    partId: null,
  });
  await saveAtCurrent(core, {
    id: sub.id,
    content: state([
      P(bodyText(2, 2)),
      H3('健全工作机制'),
      P(bodyText(2, 3)),
      H4('完善制度'),
      P(bodyText(1, 4)),
      H3('强化监督'),
      P(bodyText(2, 5)),
    ]),
  });
  await saveAtCurrent(core, {
    id: parts[1]!.id,
    content: state([
      P(bodyText(2, 6)),
      tableNode([
        ['项目', '数量'],
        ['行政复议案件', '12'],
        ['行政诉讼案件', '7'],
      ]),
    ]),
  });
  for (const [i, part] of parts.slice(2).entries()) {
    await saveAtCurrent(core, { id: part.id, content: state([P(bodyText(2, 10 + i))]) });
  }
  return core.invoke('reports.get', { id: detail.report.id });
}

/** A report of about `chars` characters of body text spread over the five parts, with subheadings. */
export async function longReport(core: Core, chars: number): Promise<ReportDetail> {
  const detail = await createReport(core);
  const parts = detail.sections.filter((s) => s.kind === 'part');
  const perPart = Math.ceil(chars / parts.length);
  for (const [p, part] of parts.entries()) {
    const nodes: Node[] = [];
    let written = 0;
    for (let i = 0; written < perPart; i++) {
      if (i % 6 === 0) nodes.push(H3(`第${i / 6 + 1}项重点工作`));
      const t = bodyText(3 + (i % 5), p * 1000 + i);
      nodes.push(P(t));
      written += t.length;
    }
    await saveAtCurrent(core, { id: part.id, content: state(nodes) });
  }
  return core.invoke('reports.get', { id: detail.report.id });
}

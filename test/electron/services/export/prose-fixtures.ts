import { saveAtCurrent } from '../../../helpers';
import type { Core } from '../../../../electron/services/core';
import type { ReportDetail } from '../../../../shared/report-schema';
import { createReport, H3, P, state, type Node } from './fixtures';

/**
 * Report prose as agencies write it: clauses joined by 「，」「、」「；」, figures with years and
 * percentages, quoted slogans “”, document titles 《》, brackets （）, so that commas, stops and
 * quotes land at line ends and next to digits. Deterministic: the same text on every run.
 */

const WORDS = [
  '法治政府建设',
  '依法行政',
  '行政执法',
  '规范性文件',
  '合法性审查',
  '行政复议',
  '行政应诉',
  '公平竞争审查',
  '执法监督',
  '政务公开',
  '基层治理',
  '矛盾纠纷化解',
  '普法宣传',
  '重大行政决策',
  '权责清单',
  '营商环境',
  '法律顾问',
  '案卷评查',
];
const VERBS = ['深入推进', '持续完善', '全面落实', '严格规范', '着力加强', '稳步开展', '扎实推动', '不断健全', '切实提升'];
const TAILS = ['工作机制', '制度体系', '工作质效', '监督水平', '保障能力', '责任链条', '工作格局'];

function rng(seed: number) {
  let x = (seed * 2654435761 + 7) % 2147483648;
  return (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * n);
  };
}

function clause(pick: (n: number) => number): string {
  const w = () => WORDS[pick(WORDS.length)]!;
  switch (pick(9)) {
    case 0:
      return `${VERBS[pick(VERBS.length)]}${w()}${TAILS[pick(TAILS.length)]}`;
    case 1:
      return `全年办理${w()}案件${10 + pick(990)}件，同比增长${1 + pick(40)}.${pick(10)}%`;
    case 2:
      return `${2021 + pick(4)}年${1 + pick(12)}月组织开展“${w()}”专项行动`;
    case 3:
      return `认真贯彻《${w()}条例》和《法治政府建设实施纲要（2021—2025年）》`;
    case 4:
      return `${w()}、${w()}、${w()}等工作有序推进`;
    case 5:
      return `围绕“${3 + pick(7)}·${1 + pick(28)}”${w()}宣传日开展活动${2 + pick(30)}场次`;
    case 6:
      return `培训执法人员${100 + pick(900)}人次，覆盖率达到100%`;
    case 7:
      return `${VERBS[pick(VERBS.length)]}${w()}（含${w()}）工作`;
    default:
      return `${VERBS[pick(VERBS.length)]}${w()}和${w()}`;
  }
}

/** One paragraph of 60–260 characters: clauses joined by 「，」 or 「；」, ended by 「。」. */
export function proseParagraph(seed: number): string {
  const pick = rng(seed);
  const target = 60 + pick(200);
  let text = clause(pick);
  while (text.length < target) text += `${pick(4) === 0 ? '；' : '，'}${clause(pick)}`;
  return `${text}。`;
}

/** A report of about `chars` characters of such prose over the five parts, with subheadings. */
export async function proseReport(core: Core, chars: number): Promise<ReportDetail> {
  const detail = await createReport(core);
  const parts = detail.sections.filter((s) => s.kind === 'part');
  const perPart = Math.ceil(chars / parts.length);
  for (const [p, part] of parts.entries()) {
    const nodes: Node[] = [];
    let written = 0;
    for (let i = 0; written < perPart; i++) {
      if (i % 7 === 0) nodes.push(H3(`${VERBS[(p + i) % VERBS.length]}第${i / 7 + 1}项重点工作`));
      const t = proseParagraph(p * 100_000 + i);
      nodes.push(P(t));
      written += t.length;
    }
    await saveAtCurrent(core, { id: part.id, content: state(nodes) });
  }
  return core.invoke('reports.get', { id: detail.report.id });
}

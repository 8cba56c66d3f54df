import type { ImportKind } from './import-schema';

/**
 * What kind of document was imported, from every cue and not only the title (issue 12): a title
 * anywhere in the first lines (after navigation and metadata), 「现将…情况报告如下」, the part headings,
 * 「本年报根据…条例」, an address to a 人大常委会, 「工作要点/工作计划/工作安排」, reporters. Each cue
 * adds a weight to a kind; the answer is the best kind with a confidence (0–1) and its reasons.
 */

export interface KindInput {
  /** The recognised title ('' when none). */
  title: string;
  /** The first lines of the cleaned text (navigation and metadata already removed). */
  lines: readonly string[];
  /** The level-1 part headings, in order. */
  headings: readonly string[];
  /** The whole text, for counts. */
  text: string;
}

export interface KindResult {
  kind: ImportKind;
  confidence: number;
  reasons: string[];
}

type Score = Record<ImportKind, { score: number; reasons: string[] }>;

const TITLE_CUES: Array<{ kind: ImportKind; re: RegExp; not?: RegExp; what: string }> = [
  { kind: 'briefing', re: /(解读|吹风会|发布会|答记者问|新闻发布)/u, what: '解读或发布会' },
  { kind: 'gov-info', re: /政府信息公开.{0,12}(年度报告|工作报告|年报)/u, what: '政府信息公开工作年度报告' },
  { kind: 'work-plan', re: /(工作要点|工作计划|工作安排|实施方案)/u, not: /报告/u, what: '工作计划/要点' },
  { kind: 'fazhi-annual', re: /法治政府.{0,20}(报告|情况)/u, what: '法治政府建设报告' },
  { kind: 'yifa-report', re: /依法行政.{0,20}(报告|总结|情况)/u, what: '依法行政工作报告' },
];

const GOV_INFO_PARTS = [
  /总体情况/u,
  /主动公开政府信息/u,
  /收到和处理政府信息公开申请/u,
  /政府信息公开行政复议/u,
  /存在的主要问题及改进情况/u,
];
const FAZHI_PARTS = [/主要举措和成效/u, /第一责任人/u, /不足和原因/u, /主要安排/u, /其他需要报告/u];

function titleLike(line: string): boolean {
  return [...line].length <= 70 && !/[。！？；]/u.test(line);
}

function add(s: Score, kind: ImportKind, weight: number, reason: string) {
  s[kind].score += weight;
  s[kind].reasons.push(reason);
}

function count(text: string, re: RegExp): number {
  return text.match(new RegExp(re.source, 'gu'))?.length ?? 0;
}

export function classifyKind(input: KindInput): KindResult {
  const s = Object.fromEntries(
    (['fazhi-annual', 'yifa-report', 'work-plan', 'briefing', 'gov-info', 'other'] as const).map((k) => [k, { score: 0, reasons: [] }]),
  ) as unknown as Score;
  const first = input.lines.slice(0, 15);

  // A title: the recognised one, or a title-like line among the first lines.
  const titles = [input.title, ...first.filter((l) => l !== input.title && titleLike(l))].filter(Boolean);
  for (const [i, t] of titles.entries()) {
    const cue = TITLE_CUES.find((c) => c.re.test(t) && !(c.not && c.not.test(t)));
    if (!cue) continue;
    add(s, cue.kind, i === 0 && input.title ? 4 : 3, `标题“${t.slice(0, 40)}”是${cue.what}`);
    break;
  }

  const head = first.join('\n');
  const reportAs = /现将.{0,30}(情况|工作).{0,10}报告如下/u.exec(head) ?? /现将.{0,30}报告如下/u.exec(input.text.slice(0, 3000));
  if (reportAs) {
    const around = input.text.slice(0, Math.min(input.text.length, (reportAs.index ?? 0) + 200));
    const kind: ImportKind = /依法行政/u.test(around) && !/法治政府/u.test(around) ? 'yifa-report' : 'fazhi-annual';
    add(s, kind, 2, `开头写“${reportAs[0].slice(0, 24)}”：这是一份工作报告`);
  }
  if (/本(年度)?(年报|报告)(是)?根据.{0,40}条例/u.test(input.text.slice(0, 4000))) {
    add(s, 'gov-info', 3, '开头写“本年报根据……条例”：政府信息公开工作年度报告的固定开头');
  }
  const npc = first.find((l) => /人民代表大会常务委员会|人大常委会/u.test(l) && /[:：]$/u.test(l.trim()));
  if (npc) {
    const kind: ImportKind = /法治政府/u.test(input.text.slice(0, 3000)) ? 'fazhi-annual' : 'yifa-report';
    add(s, kind, 2, `主送“${npc.replace(/[:：]$/u, '')}”：向人大常委会的报告`);
  }
  const govParts = input.headings.filter((h) => GOV_INFO_PARTS.some((re) => re.test(h)));
  if (govParts.length) add(s, 'gov-info', Math.min(4, govParts.length * 1.5), `部分标题“${govParts[0]}”等是政府信息公开年报的格式`);
  const fazhiParts = input.headings.filter((h) => FAZHI_PARTS.some((re) => re.test(h)) || /法治政府建设/u.test(h));
  if (fazhiParts.length)
    add(s, 'fazhi-annual', Math.min(3, fazhiParts.length), `部分标题“${fazhiParts[0]}”等是法治政府建设年度报告的五个部分`);
  const yifaParts = input.headings.filter((h) => /(工作回顾|存在问题|存在的问题|下步打算|下一步工作)/u.test(h));
  if (yifaParts.length && !fazhiParts.length)
    add(s, 'yifa-report', Math.min(2, yifaParts.length * 0.7), `部分标题“${yifaParts[0]}”是依法行政工作报告的常见结构`);
  const planHead = first.find((l) => titleLike(l) && /(工作要点|工作计划|工作安排)/u.test(l) && !/报告/u.test(l));
  if (planHead && planHead !== input.title) add(s, 'work-plan', 1.5, `“${planHead.slice(0, 30)}”是工作计划/要点`);
  const reporters = count(input.text, /记者/u);
  if (reporters >= 3 || /各位记者/u.test(input.text)) add(s, 'briefing', 3, `文中有“记者”${reporters} 处：新闻发布材料`);
  const fazhi = count(input.text, /法治政府建设/u);
  if (fazhi >= 3) add(s, 'fazhi-annual', 1, `“法治政府建设”出现 ${fazhi} 次`);
  const yifa = count(input.text, /依法行政/u);
  if (yifa >= 3 && fazhi < yifa) add(s, 'yifa-report', 0.7, `“依法行政”出现 ${yifa} 次`);

  const ranked = (Object.entries(s) as Array<[ImportKind, Score[ImportKind]]>).sort((a, b) => b[1].score - a[1].score);
  const [bestKind, best] = ranked[0]!;
  const second = ranked[1]![1].score;
  if (best.score < 1.5) {
    return {
      kind: 'other',
      confidence: best.score === 0 ? 0.9 : 0.5,
      reasons: best.score === 0 ? ['没有找到年度报告的标题、开头或部分标题'] : best.reasons,
    };
  }
  const confidence = Math.min(0.99, Math.round((best.score / (best.score + second + 1)) * 100) / 100);
  return { kind: bestKind, confidence, reasons: best.reasons };
}

import type { CheckParagraph, Finding } from '../checks/types';
import { cellKey, NOT_APPLICABLE, type GridValues } from './tables';

/**
 * The prose of a 政府信息公开工作年度报告 checked against its tables (rule ids `figures.`):
 * the counts the text states (新收申请, 予以公开, 部分公开, 结转, 行政复议, 行政诉讼) against the
 * 总计 column, 「均予以维持」 against cases corrected or pending, and a stated total whose listed
 * parts add up to more. Digits only (a count written in Chinese numerals is not read).
 */

interface Quantity {
  id: string;
  name: string;
  /** Matches a statement; group 1 is the number. */
  pattern: RegExp;
  cells: string[];
}

const t3 = (row: string) => cellKey('t3', row, 'total');
const t4 = (col: string) => cellKey('t4', 'cases', col);
const N = '(\\d+(?:\\.\\d+)?)';
const QUANTITIES: Quantity[] = [
  {
    id: 'open-partial',
    name: '予以公开及部分公开',
    pattern: new RegExp(`予以公开(?:及|和|、)部分公开(?:的)?(?:申请)?(?:共)?${N}件`, 'g'),
    cells: [t3('open'), t3('partial')],
  },
  {
    id: 'open',
    name: '予以公开',
    pattern: new RegExp(`(?<![及和、])予以公开(?![及和、])(?:的)?(?:申请)?(?:共)?${N}件`, 'g'),
    cells: [t3('open')],
  },
  {
    id: 'partial',
    name: '部分公开',
    pattern: new RegExp(`(?<![及和、])部分公开(?:的)?(?:申请)?(?:共)?${N}件`, 'g'),
    cells: [t3('partial')],
  },
  {
    id: 'new',
    name: '本年新收申请',
    pattern: new RegExp(`(?:新收|收到|受理)(?:各类)?(?:政府信息公开)?申请(?:共)?${N}件`, 'g'),
    cells: [t3('new')],
  },
  {
    id: 'next',
    name: '结转下年度',
    pattern: new RegExp(`结转(?:至)?下(?:一)?年度(?:继续办理)?(?:的)?(?:申请)?${N}件`, 'g'),
    cells: [t3('next')],
  },
  {
    id: 'review',
    name: '行政复议',
    pattern: new RegExp(`(?:行政复议|被申请复议|复议案件)(?:案件)?(?:共)?${N}件`, 'g'),
    cells: [t4('review-total')],
  },
  {
    id: 'lawsuit',
    name: '行政诉讼',
    pattern: new RegExp(`(?:行政诉讼|被提起诉讼|诉讼案件)(?:案件)?(?:共)?${N}件`, 'g'),
    cells: [t4('direct-total'), t4('after-total')],
  },
];

function tableSum(values: GridValues, cells: string[]): number | null {
  let sum = 0;
  for (const k of cells) {
    const v = values[k];
    if (v === undefined) return null; // empty: unknown, nothing to compare
    if (v !== NOT_APPLICABLE) sum += v;
  }
  return Math.round(sum * 100) / 100;
}

const finding = (
  p: CheckParagraph,
  rule: string,
  name: string,
  start: number,
  length: number,
  message: string,
  cells: string[],
): Finding => ({
  rule,
  name,
  category: '一致性',
  severity: rule === 'figures.parts-exceed' ? 'warning' : 'error',
  sectionId: p.sectionId,
  paragraph: p.index,
  start,
  length,
  excerpt: p.text.slice(start, start + length),
  message,
  fix: null,
  ...(cells.length ? { cells } : {}),
});

export function figuresFindings(paragraphs: readonly CheckParagraph[], values: GridValues): Finding[] {
  const out: Finding[] = [];
  for (const p of paragraphs) {
    if (p.role !== 'body') continue;
    for (const q of QUANTITIES) {
      for (const m of p.text.matchAll(q.pattern)) {
        const stated = Number(m[1]);
        const inTable = tableSum(values, q.cells);
        if (inTable === null || inTable === stated) continue;
        out.push(
          finding(
            p,
            'figures.table-mismatch',
            '正文与表格数字不一致',
            m.index,
            m[0].length,
            `正文写“${m[0]}”，表格中${q.name}为 ${inTable} 件：请核对正文或表格。`,
            q.cells,
          ),
        );
      }
    }
    // 「均予以维持」 while the table shows 复议 corrected, other or pending
    for (const m of p.text.matchAll(/(?:均|全部|都)(?:被|予以)?(?:依法)?维持/g)) {
      const before = p.text.slice(Math.max(0, m.index - 40), m.index);
      const kind = /诉讼|起诉|判决/.test(before) && !/复议/.test(before) ? 'lawsuit' : 'review';
      const cols = kind === 'review' ? ['review'] : ['direct', 'after'];
      const bad = cols.flatMap((g) =>
        ['corrected', 'other', 'pending']
          .map((o) => ({ key: t4(`${g}-${o}`), v: values[t4(`${g}-${o}`)] }))
          .filter((c) => typeof c.v === 'number' && c.v > 0),
      );
      if (bad.length)
        out.push(
          finding(
            p,
            'figures.upheld-mismatch',
            '“均予以维持”与表格不符',
            m.index,
            m[0].length,
            `正文写“${m[0]}”，但表四的${kind === 'review' ? '行政复议' : '行政诉讼'}还有结果纠正、其他结果或尚未审结的案件（${bad
              .map(
                (c) =>
                  `${c.key.split('-').pop() === 'pending' ? '尚未审结' : c.key.split('-').pop() === 'corrected' ? '结果纠正' : '其他结果'} ${String(c.v)} 件`,
              )
              .join('，')}）。`,
            bad.map((c) => c.key),
          ),
        );
    }
    out.push(...reviewOutcomes(p, values));
    out.push(...partsExceed(p));
  }
  return out;
}

/** 「共收到申请80件，其中予以公开50件、部分公开40件」: the listed parts (90) exceed the stated total. */
export function partsExceed(p: CheckParagraph): Finding[] {
  const out: Finding[] = [];
  for (const m of p.text.matchAll(/共[^，。；]{0,20}?(\d+)(件|项|个|人次|次|份|条)[^。；]{0,12}?其中([^。；]*)/g)) {
    const total = Number(m[1]);
    const unit = m[2]!;
    const list = m[3]!;
    const parts = [...list.matchAll(new RegExp(`(\\d+)${unit}`, 'g'))].map((x) => Number(x[1]));
    if (parts.length < 2) continue;
    const sum = parts.reduce((a, b) => a + b, 0);
    if (sum > total)
      out.push(
        finding(
          p,
          'figures.parts-exceed',
          '分项之和大于总数',
          m.index,
          m[0].length,
          `总数为 ${total}${unit}，其中列出的各项合计 ${sum}${unit}（${parts.join(' + ')}），超过了总数：请核对。`,
          [],
        ),
      );
  }
  return out;
}

/** 复议 outcomes in a sentence about 行政复议 only (not 诉讼): 维持 / 纠正(纠错) / 尚未审结 N件 against 表四. */
const OUTCOMES: Array<{ col: string; name: string; re: RegExp }> = [
  { col: 'review-upheld', name: '结果维持', re: /(?:予以|被|结果)?维持(\d+)件/gu },
  { col: 'review-corrected', name: '结果纠正', re: /(?:被|结果)?(?:纠正|纠错|撤销)(\d+)件/gu },
  { col: 'review-pending', name: '尚未审结', re: /(?:尚未审结|尚在审理|正在审理)(?:的)?(\d+)件/gu },
];

function reviewOutcomes(p: CheckParagraph, values: GridValues): Finding[] {
  const out: Finding[] = [];
  for (const sentence of p.text.matchAll(/[^。；]+/gu)) {
    if (!/复议/u.test(sentence[0]) || /诉讼|起诉/u.test(sentence[0])) continue;
    for (const o of OUTCOMES)
      for (const m of sentence[0].matchAll(o.re)) {
        const inTable = tableSum(values, [t4(o.col)]);
        if (inTable === null || inTable === Number(m[1])) continue;
        out.push(
          finding(
            p,
            'figures.table-mismatch',
            '正文与表格数字不一致',
            sentence.index + m.index,
            m[0].length,
            `正文写行政复议“${m[0]}”，表四中行政复议${o.name}为 ${inTable} 件：请核对正文或表格。`,
            [t4(o.col)],
          ),
        );
      }
  }
  return out;
}

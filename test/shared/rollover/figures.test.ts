import { describe, expect, it } from 'vitest';
import { clearFigureMarks, countMarkedFigures, FIGURE, markFigures, shiftHeadingYears } from '../../../shared/rollover/figures';
import { extractPlanItems } from '../../../shared/rollover/plan-items';
import { stateFromParagraphs, toPlainText } from '../../../shared/rich-text';
import { stateFromLines } from '../../../shared/import/section-content';

describe('figures of last year', () => {
  it('finds counts, amounts and percentages, not years, dates, times, URLs or phone numbers', () => {
    const text =
      '办理行政处罚案件1,234件（其中简易程序356件），同比下降4.5%，罚没款215.6万元。2024年12月20日 09:30，见 http://x.gov.cn/fzzf/2024.html，电话0719-1234567，共46个单位。';
    expect([...text.matchAll(FIGURE)].map((m) => m[0])).toEqual(['1,234', '356', '4.5%', '215.6', '46']);
  });

  it('highlights each figure as its own text node, keeps the text, and clears the marks on confirmation', () => {
    const state = stateFromParagraphs(['全年培训240人次，参训率100%。', '没有数字。']);
    const { state: marked, count } = markFigures(state);
    expect(count).toBe(2);
    expect(toPlainText(marked)).toBe(toPlainText(state));
    const nodes = marked.root.children![0]!.children!;
    expect(nodes.map((n) => [n.text, n.format])).toEqual([
      ['全年培训', 0],
      ['240', 128],
      ['人次，参训率', 0],
      ['100%', 128],
      ['。', 0],
    ]);
    expect(countMarkedFigures(marked)).toBe(2);
    expect(countMarkedFigures(clearFigureMarks(marked))).toBe(0);
  });

  it('moves the report year and the plan year of titles and headings, never a range, citation or document number', () => {
    expect(shiftHeadingYears('2025年推进法治政府建设的主要安排（2021—2025年纲要，2024年度）', 2024, 1, true)).toBe(
      '2026年推进法治政府建设的主要安排（2021—2025年纲要，2025年度）',
    );
    expect(shiftHeadingYears('关于2024年法治政府建设情况的报告', 2024, 1)).toBe('关于2025年法治政府建设情况的报告');
    expect(shiftHeadingYears('关于2023年法治政府建设情况的报告', 2023, 2)).toBe('关于2025年法治政府建设情况的报告');
    expect(shiftHeadingYears('2019年以来', 2024, 1)).toBe('2019年以来');
    expect(shiftHeadingYears('贯彻《法治政府建设实施纲要（2021—2025年）》和厅字〔2024〕28号', 2024, 1)).toBe(
      '贯彻《法治政府建设实施纲要（2021—2025年）》和厅字〔2024〕28号',
    );
  });

  it('does not take years, document titles or event names for figures', () => {
    const { count, state } = markFigures(
      stateFromParagraphs(['落实《纲要（2021—2025年）》，开展“3·15”“12·4”活动，〔2019〕28号，共46场。']),
    );
    expect(count).toBe(1);
    expect(state.root.children![0]!.children!.filter((n) => n.format === 128).map((n) => n.text)).toEqual(['46']);
  });
});

describe('plan items of last year', () => {
  it('takes h3 headings as items', () => {
    const content = stateFromLines([
      { text: '深化行政执法体制改革', heading: 3 },
      { text: '推进乡镇综合执法。', heading: null },
      { text: '加强行政复议工作', heading: 3 },
      { text: '发挥主渠道作用。', heading: null },
    ]);
    expect(extractPlanItems([{ heading: null, content }])).toEqual(['深化行政执法体制改革', '加强行政复议工作']);
  });

  it('splits 一是……二是…… runs and skips the introduction', () => {
    const content = stateFromParagraphs([
      '2025年，我局将重点做好以下工作：',
      '一是推进执法规范化建设，完善制度。二是加强普法宣传。三是提升复议质效。',
    ]);
    expect(extractPlanItems([{ heading: null, content }])).toEqual([
      '一是推进执法规范化建设，完善制度。',
      '二是加强普法宣传。',
      '三是提升复议质效。',
    ]);
  });

  it('takes one item per paragraph otherwise', () => {
    const content = stateFromParagraphs(['持续深化“放管服”改革。优化营商环境。', '加强执法队伍建设。']);
    expect(extractPlanItems([{ heading: null, content }])).toEqual(['持续深化“放管服”改革。', '加强执法队伍建设。']);
  });
});

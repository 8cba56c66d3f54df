import { describe, expect, it } from 'vitest';
import { checkParagraph, runChecks } from '../../../shared/checks/engine';
import type { CheckDocument, CheckSection } from '../../../shared/checks/types';
import { quotedRanges } from '../../../shared/checks/zones';
import { checkText, ctx, errorsOf, para } from './check-helpers';

const only = (rule: string, findings: ReturnType<typeof checkText>) => findings.filter((f) => f.rule === rule);
const lines = (...l: string[]) => l.join('\n');

describe('continuous numbering across subsections (regression)', () => {
  const continuous = lines(
    '一、主要工作',
    '（一）加强组织领导',
    '1.健全工作机制。成立法治政府建设领导小组。',
    '2.压实主体责任。制定年度工作要点。',
    '（二）推进依法行政',
    '3.规范行政决策。严格执行重大行政决策程序。',
    '4.深化执法改革。推行行政执法三项制度。',
    '二、存在问题',
    '（一）学习不够深入',
    '1.学习形式单一。',
    '2.学习覆盖面窄。',
    '（二）执法不够规范',
    '3.执法文书不规范。',
  );

  it('is not an error: one note per part at the first continued number', () => {
    const f = only('numbering.sequence', checkText(continuous, { kind: null }));
    expect(f.map((x) => [x.paragraph + 1, x.severity])).toEqual([
      [6, 'suggestion'],
      [13, 'suggestion'],
    ]);
    expect(f[0]!.message).toContain('跨小标题连续编号');
  });

  it('still reports a real skip inside continuous numbering', () => {
    const skipped = lines('一、主要工作', '（一）学习', '1.抓学习。', '2.抓制度。', '（二）执法', '3.抓执法。', '5.抓监督。');
    const f = only('numbering.sequence', checkText(skipped, { kind: null }));
    expect(f.filter((x) => x.severity === 'error').map((x) => [x.paragraph + 1, x.message])).toEqual([[7, '序号跳号：“5.”之前缺少“4.”。']]);
  });

  it('works across the subsections of a report in the database (one scope per section)', () => {
    const sections: CheckSection[] = [
      { id: 'p1', level: 1, heading: '一、主要工作', partId: 'work', required: true, charCount: 0 },
      { id: 's1', level: 2, heading: '（一）加强组织领导', partId: null, required: false, charCount: 20 },
      { id: 's2', level: 2, heading: '（二）推进依法行政', partId: null, required: false, charCount: 20 },
      { id: 'p2', level: 1, heading: '二、存在问题', partId: 'problems', required: true, charCount: 0 },
      { id: 's3', level: 2, heading: '（一）学习', partId: null, required: false, charCount: 20 },
    ];
    const body = (sectionId: string, index: number, text: string) => ({ sectionId, index, text, role: 'body' as const });
    const doc: CheckDocument = {
      paragraphs: [
        body('s1', 0, '1.健全工作机制。成立领导小组。'),
        body('s1', 1, '2.压实主体责任。制定工作要点。'),
        body('s2', 0, '3.规范行政决策。严格执行程序。'),
        body('s2', 1, '4.深化执法改革。推行三项制度。'),
        body('s3', 0, '3.学习形式单一。'),
      ],
      sections,
      title: '2024年法治政府建设年度报告',
      signature: null,
      date: null,
    };
    const f = runChecks(doc, ctx({ kind: null })).filter((x) => x.rule === 'numbering.sequence');
    // Continued in part 一: a note; in part 二 「3.」 after nothing is a real skip.
    expect(f.map((x) => [x.sectionId, x.severity])).toEqual([
      ['s2', 'suggestion'],
      ['s3', 'error'],
    ]);
  });
});

describe('run-in headings are not parts without content (regression)', () => {
  const report = (...body: string[]) => lines('某县2024年法治政府建设年度报告', ...body, '某县人民政府', '2025年1月10日');

  it('a run-in level-1 heading with its text in the same paragraph', () => {
    const text = report(
      '一、全面履行政府职能。一是深化“放管服”改革，二是优化营商环境。',
      '二、健全依法决策机制。严格落实重大行政决策程序，全年审核重大决策12件。',
      '三、存在的不足和原因。主要是执法力量不足。',
      '四、下一年度工作安排。继续推进法治政府建设。',
    );
    expect(only('structure.parts', checkText(text)).filter((f) => f.message.includes('只有标题'))).toEqual([]);
  });

  it('run-in headings at every level, and still a part that is only a heading', () => {
    const text = report(
      '一、主要举措和成效',
      '（一）加强党的领导。党委常委会专题研究法治工作4次。',
      '1.健全制度。制定议事规则。',
      '二、存在的不足和原因',
      '三、下一年度工作安排',
      '（一）深入学习。组织专题培训。',
    );
    const f = only('structure.parts', checkText(text)).filter((x) => x.message.includes('只有标题'));
    expect(f.map((x) => x.paragraph + 1)).toEqual([5]);
  });
});

describe('信息公开 table rows are not headings (regression)', () => {
  it('row labels pasted one per line do not make skipped or misplaced numbers', () => {
    const text = lines(
      '某县2024年政府信息公开工作年度报告',
      '一、总体情况',
      '本年度我县认真贯彻政府信息公开条例。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量',
      '二、上年结转政府信息公开申请数量',
      '三、本年度办理结果',
      '（一）予以公开',
      '（二）部分公开',
      '（三）不予公开',
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '（四）无法提供',
      '（七）总计',
      '四、结转下年度继续办理',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    );
    const f = checkText(text);
    expect(only('numbering.sequence', f)).toEqual([]);
    expect(only('numbering.mark', f)).toEqual([]);
  });

  it('a table block (cells joined by tabs) is not read as headings or sentences', () => {
    const table = '（二）部分公开\t3\t0\t0\n2.其他法律行政法规禁止公开\t1\t0\t0\n今年新收\t5';
    expect(checkParagraph(para(table), ctx()).map((f) => f.rule)).toEqual([]);
  });

  it('a real heading with a wrong mark is still reported', () => {
    expect(only('numbering.mark', checkText(lines('一、总体情况', '（一）学习', '1、抓学习。'), { kind: null }))).toHaveLength(1);
  });
});

describe('quotations of other documents (regression)', () => {
  it('a quoted title keeps its own wording', () => {
    const f = checkParagraph(para('我局转发了《关于推进法制政府建设的决定》，并在“法制政府”专栏刊发经验材料。'), ctx());
    expect(f.filter((x) => x.rule === 'words.confusable')).toEqual([]);
  });
  it('the same words outside the quotation are reported', () => {
    const f = checkParagraph(para('我局推进法制政府建设，取得明显成效。'), ctx());
    expect(f.filter((x) => x.rule === 'words.confusable')).toHaveLength(1);
  });
  it('quotedRanges finds outermost quotations and ignores an unclosed one', () => {
    expect(quotedRanges('甲《乙〈丙〉丁》戊“己”')).toEqual([
      [1, 8],
      [9, 12],
    ]);
    expect(quotedRanges('甲《乙丙')).toEqual([]);
  });
});

describe('clean reports stay clean', () => {
  it('a report numbered continuously has no error', () => {
    const text = lines(
      '某市司法局2024年法治政府建设年度报告',
      '一、主要举措和成效',
      '（一）加强组织领导',
      '1.健全工作机制。局党组专题研究法治工作4次。',
      '2.压实主体责任。制定年度工作要点。',
      '（二）推进依法行政',
      '3.规范行政决策。审核重大行政决策5件。',
      '二、存在的不足和原因',
      '基层执法力量不足。',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '局主要负责人认真履行第一责任人职责。',
      '四、下一年度工作安排',
      '继续深化法治政府建设。',
      '五、其他需要报告的情况',
      '无。',
      '某市司法局',
      '2025年1月15日',
    );
    expect(errorsOf(checkText(text))).toEqual([]);
  });
});

describe('the user’s word list silences word findings (误报，加入词表)', () => {
  it('a listed word is no longer flagged by the word rules, punctuation still is', () => {
    const text = '建立常效机制,推进工作。';
    expect(
      checkParagraph(para(text), ctx())
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['punct.halfwidth', 'words.near-miss']);
    const f = checkParagraph(para(text), ctx({ user: { allowedWords: ['常效机制', ','] } }));
    expect(f.map((x) => x.rule)).toEqual(['punct.halfwidth']);
  });
  it('a longer listed word covers the flagged part inside it', () => {
    const text = '“常效机制建设年”活动';
    expect(checkParagraph(para(text), ctx({ user: { allowedWords: ['常效机制建设年'] } })).filter((x) => x.category === '用词')).toEqual(
      [],
    );
  });
});

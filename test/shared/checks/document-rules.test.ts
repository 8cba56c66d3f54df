import { describe, expect, it } from 'vitest';
import { checkParagraph, runChecks } from '../../../shared/checks/engine';
import type { CheckDocument, CheckSection } from '../../../shared/checks/types';
import { checkText, ctx, para } from './check-helpers';

const only = (rule: string, findings: ReturnType<typeof checkText>) => findings.filter((f) => f.rule === rule);
const lines = (...l: string[]) => l.join('\n');

describe('numbering.sequence', () => {
  it('flags skipped, repeated and out-of-order numbers at each level, with the line', () => {
    const f = only('numbering.sequence', checkText(lines('一、总体情况', '二、主要做法', '三、存在问题', '五、下步打算'), { kind: null }));
    expect(f.map((x) => [x.paragraph + 1, x.severity, x.message])).toEqual([[4, 'error', '序号跳号：“五、”之前缺少“四、”。']]);
    const g = only(
      'numbering.sequence',
      checkText(lines('一、总体情况', '（一）学习', '（二）制度', '（二）执法', '（一）监督'), { kind: null }),
    );
    expect(g.map((x) => [x.paragraph + 1, x.severity])).toEqual([
      [4, 'error'],
      [5, 'warning'],
    ]);
  });

  it('numbers restart under each parent; run-in headings count', () => {
    const text = lines(
      '一、做法',
      '（一）学习',
      '1.抓学习。正文。',
      '2.抓制度。正文。',
      '（二）执法',
      '1.抓执法。正文。',
      '二、问题',
      '（一）认识不足',
    );
    expect(only('numbering.sequence', checkText(text, { kind: null }))).toEqual([]);
    const skipped = lines('一、做法', '（一）学习', '1.抓学习。正文。', '3.抓制度。正文。');
    expect(only('numbering.sequence', checkText(skipped, { kind: null }))[0]?.message).toContain('缺少“2.”');
  });

  it('warns about a level without its parent', () => {
    const f = only('numbering.sequence', checkText(lines('一、做法', '1.抓学习。', '2.抓制度。'), { kind: null }));
    expect(f.map((x) => [x.paragraph + 1, x.severity])).toEqual([[2, 'warning']]);
  });
});

describe('numbering.shi', () => {
  it('flags 二是 without 一是, and skips, across paragraphs of one enumeration', () => {
    expect(only('numbering.shi', checkText('我们做了三件事。二是加强学习。三是完善制度。', { kind: null }))[0]?.message).toContain(
      '前面没有“一是”',
    );
    const f = only('numbering.shi', checkText(lines('一是加强学习。', '二是完善制度。', '四是强化监督。'), { kind: null }));
    expect(f.map((x) => [x.paragraph + 1, x.message])).toEqual([[3, '列举跳号：“四是”之前缺少“三是”。']]);
  });
  it('accepts full sequences, restarts and ordinary words', () => {
    expect(
      only(
        'numbering.shi',
        checkText(lines('一是学习；二是制度；三是监督。', '（二）执法', '一是规范；二是公开。', '唯一是指……统一是前提。'), { kind: null }),
      ),
    ).toEqual([]);
  });
});

describe('formulas', () => {
  const run = (rule: string, text: string, year = 2024) => checkParagraph(para(text), ctx({ year })).filter((f) => f.rule === rule);

  it('checks the four 亲自 against the formula', () => {
    const f = run('formulas.four-qinzi', '做到重要工作亲自部署、重要问题亲自过问、重点环节亲自协调、重要任务亲自督办');
    expect(f.map((x) => [x.excerpt.includes('重要问题'), x.fix])).toEqual([[true, '重大问题亲自过问']]);
    // A deviating verb, matched against the whole formula once three clauses are there.
    const g = run('formulas.four-qinzi', '做到重要工作亲自部署、重大问题亲自过目、重点环节亲自协调、重要任务亲自督办');
    expect(g.map((x) => [x.start, x.length, x.fix])).toEqual([[11, 8, '重大问题亲自过问']]);
    expect(g[0]!.message).toContain('“重大问题亲自过目”应为“重大问题亲自过问”');
    // Two clauses are not yet the formula.
    expect(run('formulas.four-qinzi', '书记亲自部署、重大问题亲自过目')).toEqual([]);
    expect(run('formulas.four-qinzi', '做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办')).toEqual([]);
    expect(run('formulas.four-qinzi', '书记亲自部署了这项工作')).toEqual([]);
  });

  it('flags terms outdated for the report year only', () => {
    expect(run('formulas.dated-term', '深入学习贯彻习近平总书记全面依法治国新理念新思想新战略', 2021)).toHaveLength(1);
    expect(run('formulas.dated-term', '深入学习贯彻习近平总书记全面依法治国新理念新思想新战略', 2019)).toEqual([]);
    const goal = run('formulas.dated-term', '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信', 2022);
    expect(goal.map((g) => g.fix)).toEqual(['职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意']);
    expect(run('formulas.dated-term', '职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信', 2018)).toEqual([]);
  });

  it('flags renamed bodies after the reform, not history', () => {
    expect(run('formulas.renamed-body', '市政府法制办牵头', 2020)).toHaveLength(1);
    expect(run('formulas.renamed-body', '市政府法制办牵头', 2018)).toEqual([]);
    expect(run('formulas.renamed-body', '原市工商局的档案', 2020)).toEqual([]);
    expect(run('formulas.renamed-body', '市工商联', 2020)).toEqual([]);
  });

  it('wants the latest plenary session held by the report date', () => {
    const stale = checkText(lines('某县2018年依法行政工作报告', '贯彻党的十九届二中全会精神。', '2018年12月10日'));
    expect(only('formulas.plenary-session', stale)[0]?.message).toContain('十九届三中全会');
    const current = checkText(lines('某县2018年依法行政工作报告', '贯彻党的十九届二中、三中全会精神。', '2018年12月10日'));
    expect(only('formulas.plenary-session', current)).toEqual([]);
    const future = checkText(lines('某县2018年依法行政工作报告', '贯彻党的十九届三中、四中全会精神。', '2018年12月10日'));
    expect(only('formulas.plenary-session', future)[0]?.message).toContain('晚于报告日期');
    // 一中全会 only elect the leadership: citing 十九届七中 in January 2023 is not stale.
    const jan2023 = checkText(lines('某县2022年依法行政工作报告', '贯彻党的二十大和十九届七中全会精神。', '2023年1月5日'));
    expect(only('formulas.plenary-session', jan2023)).toEqual([]);
  });
});

describe('structure and consistency', () => {
  const section = (id: string, level: 0 | 1 | 2, partId: string | null, charCount: number, heading = id): CheckSection => ({
    id,
    level,
    heading,
    partId,
    required: level === 1,
    charCount,
  });
  const doc = (sections: CheckSection[], over: Partial<CheckDocument> = {}): CheckDocument => ({
    paragraphs: sections.map((s) => ({ sectionId: s.id, index: 0, text: s.charCount ? '内容。' : '', role: 'body' })),
    sections,
    title: '某县人民政府关于2024年法治政府建设情况的报告',
    signature: '某县人民政府',
    date: '2025-01-15',
    ...over,
  });
  const parts = ['measures', 'leaders', 'shortcomings', 'plans', 'other'].map((id) => ({ id, heading: id, required: true }));
  const check = (d: CheckDocument) => runChecks(d, ctx({ parts })).filter((f) => f.category === '结构');

  it('a complete report passes', () => {
    expect(check(doc(parts.map((p) => section(p.id, 1, p.id, 10))))).toEqual([]);
  });

  it('flags a missing required part, an empty one, no date and a date outside the period', () => {
    const sections = parts.filter((p) => p.id !== 'leaders').map((p) => section(p.id, 1, p.id, p.id === 'other' ? 0 : 10));
    const f = check(doc(sections, { date: null }));
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['error', '缺少必备部分“leaders”，该部分按规定不得缺项。'],
      ['error', '缺少成文日期（如“2025年1月7日”）。'],
      ['error', '必备部分“other”还没有内容。'],
    ]);
    const early = check(
      doc(
        parts.map((p) => section(p.id, 1, p.id, 10)),
        { date: '2023-12-01' },
      ),
    );
    expect(early.map((x) => x.severity)).toEqual(['error']);
  });

  it('a part with content only in its subsections is not empty', () => {
    const sections = parts.flatMap((p) =>
      p.id === 'measures' ? [section(p.id, 1, p.id, 0), section('sub', 2, null, 30)] : [section(p.id, 1, p.id, 10)],
    );
    expect(check(doc(sections))).toEqual([]);
  });

  it('flags 请示 phrases inside a report, not in a plan', () => {
    const f = (kind: 'fazhi-annual' | 'work-plan') =>
      checkParagraph(para('以上报告妥否，请批示。'), ctx({ kind })).filter((x) => x.rule === 'structure.request-in-report');
    expect(f('fazhi-annual')).toHaveLength(1);
    expect(f('work-plan')).toEqual([]);
    expect(checkParagraph(para('按程序报请批准后实施。'), ctx()).filter((x) => x.rule === 'structure.request-in-report')).toEqual([]);
  });

  it('flags the same total counted differently, and a back-reference that matches nothing before', () => {
    const f = only(
      'consistency.numbers',
      checkText(lines('全市46个行政单位参加培训。', '全市共有3个试点。', '全市52个行政单位完成自查。'), { kind: null }),
    );
    expect(f.map((x) => [x.paragraph + 1, x.message])).toEqual([
      [3, '同一总数前后不一致：前文写“全市46个行政单位”，此处写“全市52个行政单位”。'],
    ]);
    const back = only(
      'consistency.numbers',
      checkText(lines('在教育、医疗、交通3个领域开展试点。', '这7个领域均已完成评估。'), { kind: null }),
    );
    expect(back).toHaveLength(1);
    const fine = checkText(lines('全县10个乡镇，其中3个乡镇已完成。', '上述3个乡镇将总结经验。'), { kind: null });
    expect(only('consistency.numbers', fine)).toEqual([]);
  });

  it('checks leader names: order and title', () => {
    const user = {
      leaders: [
        { name: '王明', title: '县长' },
        { name: '李华', title: '副县长' },
      ],
    };
    const f = checkParagraph(para('副县长李华、县长王明出席。'), ctx({ user })).filter((x) => x.rule === 'consistency.leaders');
    expect(f.map((x) => x.message)).toEqual(['按本单位领导排序，“王明”应排在“李华”之前。']);
    const t = checkParagraph(para('副县长王明出席。'), ctx({ user })).filter((x) => x.rule === 'consistency.leaders');
    expect(t[0]?.message).toContain('职务是“县长”');
  });
});

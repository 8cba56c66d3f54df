import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeYears, applyYearFixes, isPlanHeading, staleYears } from '../../../shared/years/analyze-years';
import { YearMentionSchema } from '../../../shared/years/year-schema';

const R = 2026; // the new report is about 2026; its text was carried from the 2025 report
const roles = (text: string, ctx = { reportingYear: R }) => analyzeYears(text, ctx).map((m) => [m.text, m.role, m.stale]);

describe('analyzeYears: what each year is', () => {
  it('tells the reporting year, the year before and the plan year apart, with offsets', () => {
    const text = '2026年，我局扎实推进法治政府建设，较2025年增长12%；2027年将继续深化改革。';
    const ms = analyzeYears(text, { reportingYear: R });
    expect(ms.map((m) => [m.text, m.role, m.stale])).toEqual([
      ['2026年', 'reporting', false],
      ['2025年', 'previous', false],
      ['2027年', 'plan', false],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ms[1]!.comparison).toBe(true);
    expect(ms[2]!.future).toBe(true);
    for (const m of ms) YearMentionSchema.parse(m);
  });

  it('never flags document titles, citations, document numbers, five-year plans or events', () => {
    const text =
      '深入贯彻《法治政府建设实施纲要（2021—2025年）》和《中华人民共和国政府信息公开条例（2019年修订）》，落实厅字〔2019〕28号要求，' +
      '围绕“十四五”规划和纲要（2021—2025年），开展“3·15”“12·4”宣传活动，引用《2025年法治政府建设工作要点》。';
    expect(roles(text)).toEqual([
      ['2021—2025年', 'citation', false],
      ['2019年', 'citation', false],
      ['〔2019〕28号', 'document-number', false],
      ['十四五', 'five-year-plan', false],
      ['2021—2025年', 'document-title', false],
      ['3·15', 'event', false],
      ['12·4', 'event', false],
      ['2025年', 'citation', false],
    ]);
    const plan = analyzeYears('“十四五”和“十五五”', { reportingYear: R });
    expect(plan.map((m) => [m.year, m.endYear])).toEqual([
      [2021, 2025],
      [2026, 2030],
    ]);
  });

  it('reads statistics periods, dates, ranges, Chinese-numeral years and the report date', () => {
    const text = '截至2025年12月31日，全市共有执法人员1200名；2024年至2025年共办理案件；二〇二五年三月十日；于2026年1月15日印发。';
    const ms = analyzeYears(text, { reportingYear: R, reportDate: '2026-01-15' });
    expect(ms.map((m) => [m.text, m.role, m.stale])).toEqual([
      ['2025年12月31日', 'statistics-period', true],
      ['2024年至2025年', 'range', false],
      ['二〇二五年', 'previous', true],
      ['2026年1月15日', 'report-date', false],
    ]);
    expect(ms[0]!.month).toBe(12);
    expect(ms[0]!.fix).toEqual({ start: 2, end: 6, text: '2026' });
    expect(ms[2]!.fix?.text).toBe('二〇二六');
    expect(analyzeYears('〔2021〕3号和（2021）5号和[2020]1号', { reportingYear: R }).map((m) => m.role)).toEqual([
      'document-number',
      'document-number',
      'document-number',
    ]);
  });

  it('ignores figures, codes and numbers that only look like years', () => {
    expect(roles('共2025件，GB/T 9704-2012，电话0719-2025123，编号A2025年，3.15亿元，第1.5版')).toEqual([]);
  });
});

describe('analyzeYears: stale years after 沿用上年 (2025 report carried into 2026)', () => {
  it('flags last year used as the reporting year and this year used as the plan year', () => {
    const body = '2025年，某县市场监督管理局坚持以习近平法治思想为指导。2025年全局行政执法主要数据如下。与2025年相比，案件数上升。';
    const s = staleYears(body, { reportingYear: R });
    expect(s.map((m) => [m.text, m.fix?.text])).toEqual([
      ['2025年', '2026'],
      ['2025年', '2026'],
    ]);
    expect(s[0]!.reason).toContain('上一年度');
    const plan = '2026年，我局将继续深化“放管服”改革，在2026年工作基础上，力争2027年底前全面完成。';
    expect(staleYears(plan, { reportingYear: R }).map((m) => [m.start, m.fix?.text])).toEqual([[0, '2027']]);
    expect(staleYears('2026年，我局将重点抓好以下工作。', { reportingYear: R, sectionRole: 'plan' }).length).toBe(1);
    expect(staleYears('2026年，我局将行政执法纳入考核。', { reportingYear: R, sectionRole: 'body' }).length).toBe(0);
    expect(staleYears('行政复议案件较2024年下降5%。', { reportingYear: R }).map((m) => m.fix?.text)).toEqual(['2025']);
  });

  it('applies the fixes to give the text of the new year, citations untouched', () => {
    const text = '2025年，我局深入贯彻《法治政府建设实施纲要（2021—2025年）》，开展“3·15”活动。截至2025年底共办理案件；2026年将继续推进。';
    const out = applyYearFixes(text, staleYears(text, { reportingYear: R }));
    expect(out).toBe(
      '2026年，我局深入贯彻《法治政府建设实施纲要（2021—2025年）》，开展“3·15”活动。截至2026年底共办理案件；2027年将继续推进。',
    );
    expect(staleYears(out, { reportingYear: R })).toEqual([]);
  });

  it('knows plan headings', () => {
    expect(isPlanHeading('四、下一年度推进法治政府建设的主要安排')).toBe(true);
    expect(isPlanHeading('三、下步打算')).toBe(true);
    expect(isPlanHeading('一、主要举措和成效')).toBe(false);
  });
});

describe('analyzeYears on arbitrary input', () => {
  const ctx = { reportingYear: R };
  const alphabet = [...'0123456789０５2025年月日—-.·《》〔〕（）()截至较十四五二〇将。，\n a'];

  it('returns well-formed, ordered, in-bounds mentions for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        const ms = analyzeYears(text, ctx);
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (m.fix) expect(m.fix.start >= m.start && m.fix.end <= m.end).toBe(true);
          last = m.end;
        }
        // Applying every fix leaves nothing stale.
        expect(staleYears(applyYearFixes(text, ms), ctx).length).toBeLessThanOrEqual(ms.filter((m) => m.stale).length);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on 200,000-character runs of ASCII and digits (and of the characters it looks at)', () => {
    const runs = [
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 200_000, maxLength: 200_000 }),
      fc.string({ unit: fc.constantFrom(...'0123456789-./ '), minLength: 200_000, maxLength: 200_000 }),
      fc.string({ unit: 'grapheme-ascii', minLength: 200_000, maxLength: 200_000 }),
      fc.constantFrom(
        '2025年'.repeat(40_000),
        '《'.repeat(200_000),
        '2021—'.repeat(40_000),
        '截至'.repeat(100_000),
        '十四五'.repeat(70_000),
      ),
    ];
    for (const arb of runs) {
      fc.assert(
        fc.property(arb, (text) => {
          const ms = analyzeYears(text, ctx);
          expect(ms.length).toBeLessThanOrEqual(text.length);
        }),
        { numRuns: 3 },
      );
    }
  });
});

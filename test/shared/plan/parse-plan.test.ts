import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDeadline, parseDeadline } from '../../../shared/plan/deadline';
import { countIssues, linesFromText, parsePlan } from '../../../shared/plan/parse-plan';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/plan', name), 'utf8');

describe('plan import: measures with their fields in brackets', () => {
  const plan = parsePlan(linesFromText(fixture('bracket-plan.txt')));

  it('reads title, agency, year and kind', () => {
    expect(plan).toMatchObject({ title: '青石市2025年法治政府建设工作要点', agency: '青石市', year: 2025, kind: 'points' });
    expect(plan.opening[0]).toMatch(/^为深入贯彻落实/);
    expect(plan.requirements?.heading).toBe('总体要求');
    expect(plan.safeguards?.paragraphs[0]).toMatch(/第一责任人/);
  });

  it('splits every measure into text, 牵头单位, 责任单位 and 完成时限', () => {
    expect(plan.aspects.map((a) => a.heading)).toEqual(['深入学习贯彻习近平法治思想', '健全依法行政制度体系', '严格规范公正文明执法']);
    const [first, second] = plan.aspects[0]!.measures;
    expect(first).toMatchObject({ leadUnit: '市司法局', units: '市政府办公室', deadline: '全年', issues: [] });
    expect(first!.text).toBe('将习近平法治思想纳入市政府常务会议会前学法内容，全年安排集中学法不少于4次。');
    // Unit names with brackets of their own stay whole.
    expect(second).toMatchObject({ units: '各县（市、区）政府，市直各部门', deadline: '2025-06-30' });
    const [third, fourth, fifth] = plan.aspects[1]!.measures;
    expect(third).toMatchObject({ leadUnit: '市司法局', units: '市直各部门', deadline: '2025-03-31', issues: [] });
    // The bracket on a line of its own belongs to the measure above.
    expect(fourth).toMatchObject({ leadUnit: '市司法局', units: '市发展改革委、市市场监管局', deadline: '2025-09-30' });
    expect(fifth!.issues).toEqual(['未识别到牵头单位和责任单位，请补充']);
  });

  it('keeps an aspect introduction apart and shows what it could not read', () => {
    const enforcement = plan.aspects[2]!;
    expect(enforcement.paragraphs).toEqual(['继续深化行政执法体制改革。']);
    expect(enforcement.measures[0]).toMatchObject({ deadline: '长期' });
    expect(enforcement.measures[1]).toMatchObject({ deadline: '', deadlineText: '今年下半年适时' });
    expect(enforcement.measures[1]!.issues[0]).toMatch(/完成时限“今年下半年适时”无法识别/);
    expect(countIssues(plan)).toBe(2);
  });
});

describe('plan import: measures in a task table', () => {
  const plan = parsePlan(linesFromText(fixture('table-plan.txt')));

  it('reads the table rows under their aspects', () => {
    expect(plan).toMatchObject({ agency: '赤水县', year: 2025, kind: 'plan' });
    expect(plan.requirements?.children.map((c) => c.heading)).toEqual(['指导思想', '工作目标']);
    expect(plan.aspects.map((a) => [a.heading, a.measures.length])).toEqual([
      ['健全政府机构职能体系', 2],
      ['健全行政决策制度体系', 2],
    ]);
    expect(plan.aspects[0]!.measures[0]).toMatchObject({
      text: '动态调整权责清单，及时公布。',
      leadUnit: '县委编办',
      units: '县直各部门',
      deadline: '2025-06-30',
      issues: [],
    });
    expect(plan.aspects[1]!.measures[0]!.deadline).toBe('2025-03-31');
    expect(plan.aspects[1]!.measures[1]).toMatchObject({ deadlineText: '待定' });
    expect(countIssues(plan)).toBe(1);
  });

  it('reads a table with aspects as rows spanning the table', () => {
    const text = [
      '某区2026年法治政府建设工作计划',
      '一、重点任务',
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'].join('\t'),
      ['一、加强行政执法', '一、加强行政执法', '一、加强行政执法', '一、加强行政执法', '一、加强行政执法'].join('\t'),
      ['1', '开展执法案卷评查', '区司法局', '区直执法部门', '第四季度'].join('\t'),
      ['二、强化监督', '', '', '', ''].join('\t'),
      ['2', '办理人大代表建议', '区政府办', '各承办单位', '2026年10月底前'].join('\t'),
    ].join('\n');
    const plan2 = parsePlan(linesFromText(text));
    expect(plan2.aspects.map((a) => a.heading)).toEqual(['加强行政执法', '强化监督']);
    expect(plan2.aspects[0]!.measures[0]).toMatchObject({ units: '区直执法部门', deadline: '2026-12-31' });
  });
});

describe('完成时限', () => {
  it.each([
    ['2025年12月底前', '2025-12-31'],
    ['6月底', '2025-06-30'],
    ['2025年2月', '2025-02-28'],
    ['2025年3月15日前完成', '2025-03-15'],
    ['上半年', '2025-06-30'],
    ['第三季度', '2025-09-30'],
    ['年底前', '2025-12-31'],
    ['全年推进', '全年'],
    ['持续推进', '长期'],
    ['', ''],
  ])('%s → %s', (raw, expected) => expect(parseDeadline(raw, 2025)).toBe(expected));

  it('refuses what is not a date', () => {
    expect(parseDeadline('适时', 2025)).toBeNull();
    expect(parseDeadline('2025年13月底前', 2025)).toBeNull();
    expect(parseDeadline('2025年2月30日', 2025)).toBeNull();
  });

  it('formats back the way plans write it, and reads its own output', () => {
    expect(formatDeadline('2025-12-31')).toBe('2025年12月底前');
    expect(formatDeadline('2025-03-15')).toBe('2025年3月15日前');
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDeadline(formatDeadline(iso), 1999)).toBe(iso);
      }),
    );
  });
});

describe('plan import never loses a numbered measure', () => {
  it('arbitrary text and table rows: no throw, every measure has text', () => {
    const line = fc.oneof(
      fc.string({ maxLength: 60 }).map((text) => ({ text })),
      fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }).map((cells) => ({ text: cells.join(' '), cells })),
      fc
        .constantFrom(
          '一、加强执法',
          '（一）强化监督',
          '1.开展评查。（牵头单位：（市司法局；完成时限：）',
          '（牵头单位：',
          '序号\t工作任务\t牵头单位',
        )
        .map((text) => ({ text })),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const plan = parsePlan(lines);
        for (const m of plan.aspects.flatMap((a) => a.measures)) expect(typeof m.text).toBe('string');
      }),
    );
  });

  it('any text: no throw, and every numbered line shows up as a measure', () => {
    const unit = fc.constantFrom('市司法局', '各县（市、区）政府', '市直各部门', '区政务服务中心');
    const measure = fc.record({
      body: fc.stringMatching(/^[推进落实完善健全开展加强制度执法监督审查清单，]{2,30}$/u),
      lead: fc.option(unit, { nil: undefined }),
      units: fc.option(unit, { nil: undefined }),
      deadline: fc.option(fc.constantFrom('2025年6月底前', '全年', '长期坚持', '下半年', '视情况'), { nil: undefined }),
      ascii: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(measure, { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 40 }), (measures, noise) => {
        const lines = measures.map((m, i) => {
          const fields = [
            m.lead && `牵头单位：${m.lead}`,
            m.units && `责任单位：${m.units}`,
            m.deadline && `完成时限：${m.deadline}`,
          ].filter(Boolean);
          const [o, c] = m.ascii ? ['(', ')'] : ['（', '）'];
          return `${i + 1}.${m.body}。${fields.length ? `${o}${fields.join('；')}${c}` : ''}`;
        });
        const text = ['某市2025年法治政府建设工作要点', noise, '一、加强执法', ...lines].join('\n');
        const plan = parsePlan(linesFromText(text));
        const got = plan.aspects.flatMap((a) => a.measures);
        expect(got).toHaveLength(measures.length);
        got.forEach((m, i) => {
          expect(m.text.startsWith(measures[i]!.body)).toBe(true);
          if (measures[i]!.lead) expect(m.leadUnit).toBe(measures[i]!.lead);
        });
      }),
    );
  });
});

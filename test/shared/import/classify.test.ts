import { describe, expect, it } from 'vitest';
import { parseChineseDate, recogniseAgency, recogniseKind, recogniseYear } from '../../../shared/import/classify-document';
import { matchSubsection } from '../../../shared/import/match-subsection';

describe('recognising the document', () => {
  it.each([
    ['杭州市西湖区人民政府关于2023年法治政府建设情况的报告', 'fazhi-annual'],
    ['市场监管局2022年度法治政府建设年度报告', 'fazhi-annual'],
    ['丹江口市2018年依法行政工作报告', 'yifa-report'],
    ['2024年法治政府建设工作要点', 'work-plan'],
    ['聊城市2024年法治政府建设工作计划', 'work-plan'],
    ['解读《聊城市2024年法治政府建设工作计划》', 'briefing'],
    ['某市人民政府2023年政府信息公开工作年度报告', 'gov-info'],
    ['关于开展安全生产大检查的通知', 'other'],
  ])('%s → %s', (title, kind) => {
    expect(recogniseKind(title, '')).toBe(kind);
  });

  it('recognises a press briefing by its reporters even without a telling title', () => {
    expect(recogniseKind('法治政府建设情况', '记者：请问……记者：……各位记者朋友')).toBe('briefing');
  });

  it('reads dates in Arabic and Chinese numerals and rejects impossible ones', () => {
    expect(parseChineseDate('2025年1月7日')).toBe('2025-01-07');
    expect(parseChineseDate('二〇一八年十二月十日')).toBe('2018-12-10');
    expect(parseChineseDate('2018年12月10日 15:23:00')).toBe('2018-12-10');
    expect(parseChineseDate('2025年2月30日')).toBeNull();
  });

  it('takes the year from the title, else the opening, else the date (reports are written early next year)', () => {
    expect(recogniseYear('关于2023年法治政府建设情况的报告', '', null)).toBe(2023);
    expect(recogniseYear('法治政府建设情况的报告', '2022年，我局……', null)).toBe(2022);
    expect(recogniseYear('法治政府建设情况的报告', '我局……', '2025-03-01')).toBe(2024);
  });

  it('takes the agency before 关于 or the year, else the signature, else 发布机构', () => {
    expect(recogniseAgency('东湖县人民政府关于2024年法治政府建设情况的报告', null, {})).toBe('东湖县人民政府');
    expect(recogniseAgency('关于2024年法治政府建设情况的报告', '东湖县司法局', {})).toBe('东湖县司法局');
    expect(recogniseAgency('法治政府建设情况的报告', null, { 发布机构: '东湖县司法局' })).toBe('东湖县司法局');
  });
});

describe('matching a level-2 heading to a template subsection', () => {
  const subs = [
    { id: 'xuexi', heading: '深入学习贯彻习近平法治思想，提升依法行政能力' },
    { id: 'zhifa', heading: '健全行政执法工作体系，全面推进严格规范公正文明执法' },
  ];
  it('finds the subsection that shares most of its words, or none', () => {
    expect(matchSubsection('（一）坚持学习贯彻习近平法治思想', subs)).toBe('xuexi');
    expect(matchSubsection('严格规范公正文明执法', subs)).toBe('zhifa');
    expect(matchSubsection('做好信访维稳工作', subs)).toBeNull();
  });
});

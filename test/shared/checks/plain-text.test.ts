import { describe, expect, it } from 'vitest';
import { documentFromLines, inferKind, inferYear, parseDateLine } from '../../../shared/checks/plain-text';
import { CHECK_DATA } from './check-helpers';

describe('reading a plain text', () => {
  it('finds the signing date in Arabic or Chinese numerals, alone, bracketed or after the signature', () => {
    expect(parseDateLine('2025年1月7日')).toBe('2025-01-07');
    expect(parseDateLine('　　二〇二五年一月十七日')).toBe('2025-01-17');
    expect(parseDateLine('（2025年1月7日）')).toBe('2025-01-07');
    expect(parseDateLine('某县人民政府　2025年1月7日')).toBe('2025-01-07');
    expect(parseDateLine('2025年1月7日召开会议')).toBeNull();
    expect(parseDateLine('全年共开展检查 2025年1月7日')).toBeNull();
  });

  it('finds title, signature and date, skipping web debris above the title', () => {
    const doc = documentFromLines(['政府信息公开', '', '某县2024年法治政府建设年度报告', '正文。', '某县人民政府', '2025年1月7日']);
    expect(doc).toMatchObject({ title: '某县2024年法治政府建设年度报告', signature: '某县人民政府', date: '2025-01-07' });
    expect(doc.paragraphs.map((p) => p.role)).toEqual(['body', 'body', 'title', 'body', 'signature', 'date']);
    const bracketed = documentFromLines(['某县2024年法治政府建设年度报告', '（2025年1月7日）', '正文。']);
    expect(bracketed.date).toBe('2025-01-07');
  });

  it('infers the kind from the title and the year from the title or the date', () => {
    expect(inferKind('某县人民政府关于2024年法治政府建设情况的报告', CHECK_DATA)).toBe('fazhi-annual');
    expect(inferKind('丹江口市2018年依法行政工作报告', CHECK_DATA)).toBe('yifa-report');
    expect(inferKind('聊城市2024年法治政府建设工作计划', CHECK_DATA)).toBe('work-plan');
    expect(inferKind('解读《聊城市2024年法治政府建设工作计划》', CHECK_DATA)).toBe('other');
    expect(inferYear('某县2024年法治政府建设年度报告', '2025-01-07')).toBe(2024);
    expect(inferYear('法治政府建设年度报告', '2025-01-07')).toBe(2024);
    expect(inferYear('法治政府建设年度报告', '2024-12-20')).toBe(2024);
  });
});

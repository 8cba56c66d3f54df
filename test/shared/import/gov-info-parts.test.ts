import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PartRole } from '../../../shared/import/import-schema';
import { roleOfHeading, roleOfTemplatePart, templatePartOfRole } from '../../../shared/import/map-parts';

/** The six parts of a 政府信息公开工作年度报告, read by what their headings say. */
const PARTS: Array<[string, PartRole, string]> = [
  ['总体情况', 'overview', 'overview'],
  ['主动公开政府信息情况', 'active', 'active'],
  ['收到和处理政府信息公开申请情况', 'requests', 'requests'],
  ['政府信息公开行政复议、行政诉讼情况', 'appeals', 'appeals'],
  ['存在的主要问题及改进情况', 'shortcomings', 'problems'],
  ['其他需要报告的事项', 'other', 'other'],
];
const PART_IDS = PARTS.map((p) => p[2]);

describe('parts of a 政府信息公开工作年度报告', () => {
  it.each(PARTS)('「%s」 → %s → part %s of gov-info-annual', (heading, role, partId) => {
    expect(roleOfHeading(heading, true)).toBe(role);
    expect(templatePartOfRole('gov-info-annual', PART_IDS, role)).toBe(partId);
    expect(roleOfTemplatePart('gov-info-annual', partId)).toBe(role);
  });

  it('small variations keep the role: a number as written, without 情况, a year, a trailing colon', () => {
    const numbers = fc.constantFrom('', '一、', '二、', '（一）', '(三)', '3.', '第四部分 ');
    fc.assert(
      fc.property(
        fc.constantFrom(...PARTS),
        numbers,
        fc.boolean(),
        fc.constantFrom('', '2025年', '本年度'),
        fc.constantFrom('', '：', '。'),
        ([heading, role], number, drop, year, end) => {
          const text = `${number}${year}${drop ? heading.replace(/情况$/u, '') : heading}${end}`;
          expect(roleOfHeading(text, true)).toBe(role);
        },
      ),
    );
  });

  it('a heading of neither kind is no gov-info part, and a 法治政府 report is read as before', () => {
    expect(roleOfHeading('加强政务公开平台建设', true)).toBeNull();
    expect(roleOfHeading('2025年推进法治政府建设的主要举措和成效', true)).toBeNull();
    expect(roleOfHeading('2025年推进法治政府建设的主要举措和成效')).toBe('measures');
    expect(roleOfHeading('主动公开政府信息情况')).not.toBe('active');
  });
});

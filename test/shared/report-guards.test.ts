import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReportNoteSchema, sameAgency } from '../../shared/report-guards';

// Issue 10, point 6: which agency names count as the same agency when looking for duplicates.

describe('sameAgency', () => {
  it('ignores spaces (half- and full-width) and full-width letters, nothing else', () => {
    expect(sameAgency('东湖县人民政府', '东湖县 人民政府')).toBe(true);
    expect(sameAgency('东湖县人民政府', '东湖县\u3000人民政府 ')).toBe(true);
    expect(sameAgency('ＸＸ市司法局', 'XX市司法局')).toBe(true);
    expect(sameAgency('东湖县人民政府', '东湖区人民政府')).toBe(false);
    expect(sameAgency('东湖县人民政府', '东湖县人民政府办公室')).toBe(false);
  });

  it('is symmetric, and inserting whitespace anywhere never changes the answer', () => {
    const name = fc.string({ unit: fc.constantFrom('东', '湖', '县', '司', '法', '局', 'A', '1'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(name, name, fc.nat(), fc.constantFrom(' ', '\u3000', '\t'), (a, b, at, space) => {
        expect(sameAgency(a, b)).toBe(sameAgency(b, a));
        const i = at % (a.length + 1);
        expect(sameAgency(a.slice(0, i) + space + a.slice(i), b)).toBe(sameAgency(a, b));
        expect(sameAgency(a, a)).toBe(true);
      }),
    );
  });
});

describe('ReportNoteSchema', () => {
  it('trims and refuses more than 50 characters with a Chinese message', () => {
    expect(ReportNoteSchema.parse('  按新模板重写 ')).toBe('按新模板重写');
    const long = ReportNoteSchema.safeParse('备'.repeat(51));
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe('备注不能超过 50 个字');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckParagraph } from '../../../shared/checks/types';
import { fieldFindings } from '../../../shared/fields/field-findings';
import { DataFieldSchema } from '../../../shared/fields/field-schema';

const FIELDS = [
  DataFieldSchema.parse({
    id: 'leader-appearance-rate',
    label: '行政机关负责人出庭应诉率',
    unit: '%',
    type: 'percent',
    terms: [['出庭应诉率']],
  }),
  DataFieldSchema.parse({
    id: 'normative-reviewed',
    label: '规范性文件合法性审核件数',
    unit: '件',
    type: 'count',
    terms: [['审核', '规范性文件']],
  }),
  DataFieldSchema.parse({ id: 'normative-filed', label: '规范性文件备案件数', unit: '件', type: 'count', terms: [['备案', '规范性文件']] }),
];
const p = (text: string, index = 0, sectionId = 's1'): CheckParagraph => ({ sectionId, index, text, role: 'body' });

describe('prose against data fields', () => {
  it('「出庭应诉率100%」 while the field says 95%: an error at the number', () => {
    const text = '全年行政机关负责人出庭应诉率达到100%，较上年明显提高。';
    const [f, ...rest] = fieldFindings([p(text)], FIELDS, { 'leader-appearance-rate': 95 });
    expect(rest).toEqual([]);
    expect(f!.rule).toBe('figures.field-mismatch');
    expect(text.slice(f!.start, f!.start + f!.length)).toBe('100%');
    expect(f!.message).toContain('数据中填的是 95%');
    expect(fieldFindings([p(text)], FIELDS, { 'leader-appearance-rate': 100 })).toEqual([]);
  });

  it('two statements of one quantity that disagree, with no field value: reported at the later one', () => {
    const paras = [p('全年共审核规范性文件12件，备案规范性文件10件。', 0), p('在审核的15件规范性文件中，提出修改意见6条。', 2, 's2')];
    const found = fieldFindings(paras, FIELDS, {});
    expect(found.map((f) => [f.rule, f.sectionId, f.excerpt])).toEqual([['figures.prose-mismatch', 's2', '15件']]);
    expect(found[0]!.message).toContain('前文（“12件”）写的是 12件');
  });

  it('the same number twice, or another quantity in the next clause, is fine', () => {
    expect(fieldFindings([p('审核规范性文件12件，备案规范性文件3件。'), p('12件规范性文件均经合法性审核。', 1)], FIELDS, {})).toEqual([]);
  });

  it('never throws, stays inside the paragraph', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'审核备案规范性文件出庭应诉率0123456789件%，。') as fc.Arbitrary<string>, maxLength: 60 }),
        (text) => {
          for (const f of fieldFindings([p(text)], FIELDS, { 'normative-reviewed': 3 }))
            expect(text.slice(f.start, f.start + f.length)).toBe(f.excerpt);
        },
      ),
    );
  });
});

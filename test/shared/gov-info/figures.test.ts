import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckParagraph } from '../../../shared/checks/types';
import { figuresFindings } from '../../../shared/gov-info/figures';
import { cellKey } from '../../../shared/gov-info/tables';
import { consistentValues } from './fixture';

const para = (text: string, index = 0): CheckParagraph => ({ sectionId: 'sec-overview', index, text, role: 'body' });

describe('prose checked against the tables (figures.)', () => {
  it('agreeing prose has no finding', () => {
    const text =
      '2024年，本机关共收到政府信息公开申请46件，上年结转2件。其中予以公开24件，部分公开6件，结转下年度继续办理5件。全年发生政府信息公开行政复议3件，行政诉讼1件。';
    expect(figuresFindings([para(text)], consistentValues())).toEqual([]);
  });

  it('a 予以公开 count that differs from the table is an error at the sentence, naming the cell', () => {
    const text = '本年度共办理申请48件，其中予以公开26件。';
    const [f, ...rest] = figuresFindings([para(text, 3)], consistentValues());
    expect(rest).toEqual([]);
    expect(f!.rule).toBe('figures.table-mismatch');
    expect(f!.paragraph).toBe(3);
    expect(text.slice(f!.start, f!.start + f!.length)).toBe('予以公开26件');
    expect(f!.message).toContain('表格中予以公开为 24 件');
    expect(f!.cells).toEqual([cellKey('t3', 'open', 'total')]);
  });

  it('「予以公开及部分公开」 is compared with the two rows together, not with 予以公开 alone', () => {
    expect(figuresFindings([para('予以公开及部分公开30件。')], consistentValues())).toEqual([]);
    const [f] = figuresFindings([para('予以公开及部分公开32件。')], consistentValues());
    expect(f!.message).toContain('为 30 件');
  });

  it('新收 and 行政复议 totals are read too', () => {
    const found = figuresFindings([para('共收到政府信息公开申请50件。被申请行政复议4件。')], consistentValues());
    expect(found.map((f) => f.excerpt)).toEqual(['收到政府信息公开申请50件', '行政复议4件']);
  });

  it('「均予以维持」 while 表四 shows a case corrected', () => {
    const [f] = figuresFindings([para('因政府信息公开被申请行政复议3件，均予以维持。')], consistentValues());
    expect(f!.rule).toBe('figures.upheld-mismatch');
    expect(f!.message).toContain('结果纠正 1 件');
    expect(f!.cells).toEqual([cellKey('t4', 'cases', 'review-corrected')]);
  });

  it('an empty table cell is unknown: nothing is compared', () => {
    const v = consistentValues();
    delete v[cellKey('t3', 'open', 'total')];
    expect(figuresFindings([para('其中予以公开99件。')], v)).toEqual([]);
  });

  it('a stated total whose listed parts add up to more', () => {
    const [f] = figuresFindings([para('全年共审核规范性文件12件，其中合法7件、需修改4件、不合法3件。')], {});
    expect(f!.rule).toBe('figures.parts-exceed');
    expect(f!.message).toContain('合计 14件');
    expect(figuresFindings([para('全年共审核规范性文件12件，其中合法7件、需修改4件。')], {})).toEqual([]);
  });

  it('never throws and stays inside the paragraph on any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'共其中予以公开部分件0123456789，、。维持均复议诉讼') as fc.Arbitrary<string>,
          maxLength: 80,
        }),
        (text) => {
          for (const f of figuresFindings([para(text)], consistentValues())) {
            expect(f.start + f.length).toBeLessThanOrEqual(text.length);
            expect(text.slice(f.start, f.start + f.length)).toBe(f.excerpt);
          }
        },
      ),
    );
  });
});

describe('复议 outcomes in the prose', () => {
  it('维持 / 纠正 / 尚未审结 of 行政复议 against 表四, a sentence about 诉讼 left alone', () => {
    const v = consistentValues(); // 复议: 维持 2, 纠正 1, 尚未审结 0
    expect(figuresFindings([para('发生政府信息公开行政复议3件，其中维持2件、纠正1件。')], v)).toEqual([]);
    const found = figuresFindings([para('发生政府信息公开行政复议3件，其中维持1件、纠错1件，尚未审结1件。')], v);
    expect(found.map((f) => f.excerpt)).toEqual(['维持1件', '尚未审结1件']);
    expect(found[0]!.cells).toEqual([cellKey('t4', 'cases', 'review-upheld')]);
    expect(figuresFindings([para('行政诉讼1件，维持5件。')], v)).toEqual([]);
  });
});

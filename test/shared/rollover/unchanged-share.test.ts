import { describe, expect, it } from 'vitest';
import { unchangedShare } from '../../../shared/rollover/unchanged-share';

const LAST = '全县共办理行政处罚案件318件，同比下降4.5%。组织执法人员培训3期，培训240人次。';

describe('share of last year’s text', () => {
  it('is 1 for copied text and 0 for new or empty text', () => {
    expect(unchangedShare(LAST, LAST)).toBe(1);
    expect(unchangedShare(LAST, '本年度深化改革，提升群众满意度。')).toBe(0);
    expect(unchangedShare(LAST, '')).toBe(0);
  });

  it('counts only the changed figure as new when a figure is updated', () => {
    const next = LAST.replace('318', '296');
    expect(unchangedShare(LAST, next)).toBeCloseTo((next.length - 3) / next.length, 5);
  });

  it('counts a copied sentence inside new text', () => {
    const next = `本年度深化改革，提升群众满意度。${LAST}`;
    expect(unchangedShare(LAST, next)).toBeCloseTo(LAST.length / next.length, 5);
  });
});

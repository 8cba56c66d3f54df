import { describe, expect, it } from 'vitest';
import { buildOutline, chineseNumeral, headingNumber, partProgress, sectionsInReadingOrder } from '../../shared/outline';
import type { SectionSummary } from '../../shared/report-schema';

function section(id: string, kind: SectionSummary['kind'], position: number, parentId: string | null = null): SectionSummary {
  return {
    id,
    reportId: 'r',
    parentId,
    kind,
    partId: null,
    heading: id,
    position,
    required: false,
    markedComplete: false,
    charCount: 0,
    state: 'empty',
    revision: 0,
    updatedAt: '',
  };
}

describe('heading numbers', () => {
  it('writes Chinese numerals as official documents do', () => {
    expect([1, 5, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '五', '十', '十一', '十九', '二十', '二十一', '九十九']);
  });

  it('uses the mark of each level: 一、 （一） 1. （1）', () => {
    expect(headingNumber(1, 3)).toBe('三、');
    expect(headingNumber(2, 12)).toBe('（十二）');
    expect(headingNumber(3, 2)).toBe('2.');
    expect(headingNumber(4, 4)).toBe('（4）');
  });
});

describe('outline', () => {
  it('numbers parts and subsections from their position, so a move renumbers everything', () => {
    const sections = [
      section('b', 'part', 1),
      section('open', 'opening', 0),
      section('a', 'part', 0),
      section('a2', 'subsection', 1, 'a'),
      section('a1', 'subsection', 0, 'a'),
      section('b1', 'subsection', 0, 'b'),
    ];
    const order = sectionsInReadingOrder(sections).map((e) => `${e.number}${e.section.id}`);
    expect(order).toEqual(['open', '一、a', '（一）a1', '（二）a2', '二、b', '（一）b1']);

    const moved = sections.map((s) => (s.id === 'a' ? { ...s, position: 2 } : s));
    expect(buildOutline(moved).parts.map((p) => `${p.number}${p.section.id}`)).toEqual(['一、b', '二、a']);
  });
});

describe('part progress in the outline', () => {
  it('counts a part written in its subsections, and is complete only when marked and not empty', () => {
    const part = { ...section('p', 'part', 0), charCount: 0 };
    const subs = [
      { ...section('s1', 'subsection', 0, 'p'), charCount: 120 },
      { ...section('s2', 'subsection', 1, 'p'), charCount: 30 },
    ];
    const [node] = buildOutline([part, ...subs]).parts;
    expect(partProgress(node!)).toEqual({ charCount: 150, state: 'in-progress' });
    const [marked] = buildOutline([{ ...part, markedComplete: true }, ...subs]).parts;
    expect(partProgress(marked!).state).toBe('complete');
    const [empty] = buildOutline([{ ...part, markedComplete: true }]).parts;
    expect(partProgress(empty!)).toEqual({ charCount: 0, state: 'empty' });
  });
});

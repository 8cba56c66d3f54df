import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, checkParagraph } from '../../../shared/checks/engine';
import { ctx, para } from './check-helpers';

const find = (rule: string, text: string) => checkParagraph(para(text), ctx()).filter((f) => f.rule === rule);
const fixed = (text: string) => applyFixes(text, checkParagraph(para(text), ctx()));

/** Whether every bracket, quote and 书名号 closes with its own kind and width. */
function balanced(text: string): boolean {
  const pairs: Record<string, string> = { '（': '）', '(': ')', '《': '》', '“': '”', '【': '】', '〔': '〕' };
  const closers = new Set(Object.values(pairs));
  const stack: string[] = [];
  for (const ch of text) {
    if (ch in pairs) stack.push(pairs[ch]!);
    else if (closers.has(ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0;
}

describe('punct.ellipsis', () => {
  it('「...」「。。。」「…」 become 「……」 in Chinese text', () => {
    expect(find('punct.ellipsis', '开展学习、培训、考核...等工作').map((f) => [f.start, f.fix])).toEqual([[10, '……']]);
    expect(find('punct.ellipsis', '包括行政许可、行政处罚。。。').map((f) => f.fix)).toEqual(['……']);
    expect(find('punct.ellipsis', '包括许可、处罚…等').map((f) => f.fix)).toEqual(['……']);
    expect(fixed('开展学习、培训......等工作')).toBe('开展学习、培训……等工作');
    // 。。。 is the ellipsis rule's, not also a doubled full stop.
    expect(find('punct.repeated', '包括许可、处罚。。。')).toEqual([]);
  });
  it('leaves 「……」, numbers and Latin text alone', () => {
    expect(find('punct.ellipsis', '包括许可、处罚……等')).toEqual([]);
    expect(find('punct.ellipsis', 'see section 1...3 of ISO')).toEqual([]);
    expect(find('punct.ellipsis', '版本号为1.2.3')).toEqual([]);
  });
  it('「！！」「!!」「？？」 become one mark', () => {
    expect(find('punct.ellipsis', '成效显著！！').map((f) => f.fix)).toEqual(['！']);
    expect(find('punct.ellipsis', '成效显著!!').map((f) => f.fix)).toEqual(['！']);
    expect(find('punct.ellipsis', '为什么？？').map((f) => f.fix)).toEqual(['？']);
    expect(find('punct.ellipsis', '成效显著！')).toEqual([]);
    expect(find('punct.ellipsis', 'Hello!! World')).toEqual([]);
    // The single 「!」 fixes inside 「!!」 are not offered beside it: fixing all gives one 「！」.
    expect(checkParagraph(para('成效显著!!'), ctx()).map((f) => [f.rule, f.fix])).toEqual([['punct.ellipsis', '！']]);
    expect(fixed('成效显著!!')).toBe('成效显著！');
  });
});

describe('punct.brackets', () => {
  it('a mixed pair 「（来源…1,024)」 gets its half-width side fixed', () => {
    const f = find('punct.brackets', '访问量达到12万次（来源：统计平台，1,024)');
    expect(f.map((x) => [x.start, x.fix, x.severity])).toEqual([[23, '）', 'error']]);
    expect(balanced(fixed('访问量达到12万次（来源：统计平台，1,024)'))).toBe(true);
  });
  it('unbalanced brackets, quotes and 书名号 are reported without a fix', () => {
    expect(find('punct.brackets', '认真落实《法治政府建设实施纲要（2021—2025年）').map((f) => [f.start, f.fix])).toEqual([[4, null]]);
    expect(find('punct.brackets', '开展“八五”普法”宣传').map((f) => [f.start, f.fix])).toEqual([[8, null]]);
    expect(find('punct.brackets', '依据《条例（试行》执行').map((f) => f.message)).toEqual(['“（”与“》”不配对，应为“）”。']);
    expect(find('punct.brackets', '（一）加强学习）')).toHaveLength(1);
  });
  it('leaves sound text, list markers, apostrophes and multi-paragraph quotations alone', () => {
    expect(find('punct.brackets', '认真落实《法治政府建设实施纲要（2021—2025年）》（以下简称《纲要》）。')).toEqual([]);
    expect(find('punct.brackets', '1)加强学习。')).toEqual([]);
    expect(find('punct.brackets', 'the city’s plan')).toEqual([]);
    expect(find('punct.brackets', '“要坚持依法治国、依法执政、依法行政共同推进，')).toEqual([]);
  });
  it('property: after all fixes a balanced text stays balanced', () => {
    const piece = fc.constantFrom('（', '）', '(', ')', '《', '》', '“', '”', '法', '治', '1', ',', ' ', 'a', '。');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (chars) => {
        // A balanced text written with any mix of widths: the check's fixes keep it balanced.
        const text = chars.join('');
        const sameWidth = text.replace(/\(/g, '（').replace(/\)/g, '）');
        if (!balanced(sameWidth)) return;
        expect(balanced(fixed(text).replace(/\(/g, '（').replace(/\)/g, '）'))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('property: a mixed-width pair in Chinese text is always repaired', () => {
    fc.assert(
      fc.property(fc.constantFrom('（', '('), fc.constantFrom('）', ')'), fc.string({ maxLength: 8 }), (open, close, inner) => {
        const clean = inner.replace(/[()（）《》“”‘’【】〔〕〈〉"'\t]/g, '');
        const after = fixed(`依据${open}${clean}${close}执行`);
        expect(balanced(after)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('words.traditional', () => {
  it('a run of traditional characters is one finding with the simplified fix', () => {
    const f = find('words.traditional', '依法推進政府資訊公開工作');
    expect(f.map((x) => [x.excerpt.slice(0, 0), x.start, x.length, x.fix])).toEqual([
      ['', 3, 1, '进'],
      ['', 6, 4, '资讯公开'],
    ]);
    expect(fixed('依法推進政府資訊公開工作')).toBe('依法推进政府资讯公开工作');
  });
  it('simplified text and characters still in use (著, 於 as a surname) are not reported', () => {
    expect(find('words.traditional', '依法推进政府信息公开工作，著力提升质量，於文同志主持')).toEqual([]);
  });
});

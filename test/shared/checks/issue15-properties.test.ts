import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, checkParagraph, runChecks } from '../../../shared/checks/engine';
import { documentFromLines } from '../../../shared/checks/plain-text';
import { RULE_BY_ID } from '../../../shared/checks/registry';
import type { CheckParagraph } from '../../../shared/checks/types';
import { quotedRanges } from '../../../shared/checks/zones';
import { ctx, para } from './check-helpers';

/** The rules of issue 15: property tests over text made of the characters they look at. */
const RULES = [
  'punct.brackets',
  'punct.ellipsis',
  'words.traditional',
  'words.typo',
  'words.near-miss',
  'words.collocation',
  'formulas.whole',
  'formulas.four-qinzi',
  'citations.documents',
  'numbers.range-lost-dash',
  'numbers.short-year',
];

const PIECES = [
  '（',
  '）',
  '(',
  ')',
  '《',
  '》',
  '“',
  '”',
  '〔',
  '〕',
  '…',
  '.',
  '。',
  '！',
  '!',
  '？',
  '，',
  '、',
  '\t',
  ' ',
  '1',
  '2',
  '0',
  '23',
  '2024',
  '2025',
  '年',
  '月',
  '日',
  '较',
  '截至',
  '—',
  '-',
  '法治',
  '政府',
  '建设',
  '实施纲要',
  '规划',
  '贯彻落',
  '时',
  '实',
  '依法行',
  '证',
  '政',
  '常效',
  '长效',
  '机制',
  '重要工作亲自部署',
  '重大问题亲自',
  '过问',
  '过目',
  '重点环节亲自协调',
  '重要任务亲自督办',
  '政治意识',
  '大局意识',
  '核心意识',
  '看齐',
  '加强',
  '力度',
  '提高',
  '意识',
  '國',
  '發',
  '開',
  '法治中国建设规划（2021—2025年）',
  '中办发〔2012〕14号',
  '国务院令第711号',
  '根据',
  '一、',
  '（一）',
  '1.',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('issue 15 rules: properties', () => {
  it('every hit lies inside its paragraph, and a fix is a string (never a half-applied bracket)', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const f of checkParagraph(para(t), ctx())) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.start + f.length).toBeLessThanOrEqual(t.length);
          if (f.fix !== null) expect(typeof f.fix).toBe('string');
          expect(f.flagged).toBe(t.slice(f.start, f.start + f.length));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('the rules of this issue run on any text, each on its own, without throwing', () => {
    const rules = RULES.map((id) => RULE_BY_ID.get(id)!);
    expect(rules.every(Boolean)).toBe(true);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (t) => {
        const p: CheckParagraph = para(t);
        const doc = documentFromLines(t.split('\n'));
        for (const rule of rules) {
          if (rule.scope === 'paragraph') rule.check(p, ctx());
          else rule.check(doc, ctx());
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('applying all fixes twice changes nothing the second time for the typo and punctuation rules', () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = applyFixes(
          t,
          checkParagraph(para(t), ctx()).filter((f) => RULES.includes(f.rule) && f.rule !== 'punct.brackets'),
        );
        const again = checkParagraph(para(once), ctx()).filter(
          (f) => ['words.typo', 'words.traditional', 'punct.ellipsis'].includes(f.rule) && f.fix !== null,
        );
        // A fix never produces a new finding of the same kind at the place it wrote.
        for (const f of again) expect(once.slice(f.start, f.start + f.length)).not.toBe(f.fix);
      }),
      { numRuns: 800 },
    );
  });

  it('quotedRanges: ranges are ordered, disjoint, open and close with their marks', () => {
    fc.assert(
      fc.property(text, (t) => {
        let last = -1;
        for (const [a, b] of quotedRanges(t)) {
          expect(a).toBeGreaterThan(last - 1);
          expect(b).toBeGreaterThan(a);
          expect('《“「『').toContain(t[a]);
          expect('》”」』').toContain(t[b - 1]);
          last = b;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('whole documents of such text check without throwing, with years and tables', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (lines) => {
        const doc = documentFromLines(['某县2024年法治政府建设年度报告', ...lines, '某县人民政府', '2025年1月10日']);
        runChecks(doc, ctx());
      }),
      { numRuns: 300 },
    );
  });
});

// Issue 11.2: every regex that sees user text runs in linear time. Long runs of one kind of
// character (the shapes that make a backtracking pattern rescan the rest of the line from every
// position) go through normalisation, the import analysis and every check rule. The bound is
// generous on purpose — 4 s for 200,000 characters, where the linear code needs well under 0.5 s
// and the quadratic patterns this replaced needed 3–15 s already at 40,000 characters (minutes at
// 200,000); `npm run bench` prints the real figures (checks.bench.ts: slowest rule on hostile input).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks/engine';
import { documentFromLines } from '../../../shared/checks/plain-text';
import { DOCUMENT_RULES, PARAGRAPH_RULES } from '../../../shared/checks/registry';
import { analyzeImport, blocksFromText } from '../../../shared/import/analyze';
import { normalizeParagraph } from '../../../shared/import/normalize-text';
import { ctx } from '../checks/check-helpers';
import { HOSTILE_RUNS, SIZE } from './hostile-runs';

const BOUND_MS = 4000;
const context = ctx({ user: { leaders: [{ name: '张三', title: '局长' }], sensitiveTerms: [{ term: '内部', note: '' }] } });

/** Milliseconds per stage for one text; the stages are what a user's text meets on its way in. */
function stages(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const time = (name: string, fn: () => unknown) => {
    const t = performance.now();
    fn();
    out[name] = performance.now() - t;
  };
  time('normalizeParagraph', () => normalizeParagraph(text));
  time('import', () => analyzeImport(blocksFromText(text), { templateParts: () => null }));
  const doc = documentFromLines([text]);
  for (const rule of PARAGRAPH_RULES) time(rule.id, () => rule.check(doc.paragraphs[0]!, context));
  for (const rule of DOCUMENT_RULES) time(rule.id, () => rule.check(doc, context));
  time('runChecks', () => runChecks(doc, context));
  return out;
}

const slow = (times: Record<string, number>) => Object.entries(times).filter(([, ms]) => ms > BOUND_MS);

describe('linear time on hostile text (200,000 characters)', () => {
  it.each(Object.keys(HOSTILE_RUNS))('the known worst shape “%s” stays within the bound', (name) => {
    const text = HOSTILE_RUNS[name]!(SIZE);
    expect(text.length).toBeGreaterThanOrEqual(SIZE - 20);
    expect(slow(stages(text))).toEqual([]);
  });

  it('normalisation keeps every letter and digit of a long e-mail-like run', () => {
    const text = `联系${'a.'.repeat(50_000)}@x${'1'.repeat(100_000)}`;
    const out = normalizeParagraph(text);
    expect(out.replace(/[^a-z0-9]/g, '').length).toBe(text.replace(/[^a-z0-9]/g, '').length);
  });

  it('e-mail addresses and URLs are still protected after the bounds were added', () => {
    expect(normalizeParagraph('请发邮件至 wang.li+nb@example.gov.cn,谢谢')).toBe('请发邮件至 wang.li+nb@example.gov.cn，谢谢');
    const findings = runChecks(documentFromLines(['联系邮箱：li.ming@gov.cn,电话12345。']), context);
    expect(findings.filter((f) => f.rule === 'punct.halfwidth').map((f) => f.excerpt.includes('cn,'))).toEqual([true]);
  });

  const alphabet = {
    ascii: 'abcxyzABC',
    digits: '0123456789',
    punctuation: ',.;:!?()"\'-_@/%+[]{}<>=~ ',
    mixed: 'a1.,@-中文，。（）“”年月日个项是约 第全市这',
  };
  for (const [kind, chars] of Object.entries(alphabet)) {
    it(`property: repeated ${kind} patterns stretched to 200,000 characters stay within the bound`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 12 }), (unit) => {
          const piece = unit.join('');
          const text = piece.repeat(Math.ceil(SIZE / piece.length)).slice(0, SIZE);
          expect(slow(stages(text))).toEqual([]);
        }),
        { numRuns: 4, seed: 11 },
      );
    });
  }
});

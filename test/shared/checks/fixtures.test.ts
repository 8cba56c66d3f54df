import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInjection, type Injection } from '../../../shared/checks/injection';
import { ALL_RULES } from '../../../shared/checks/registry';
import { checkText, errorsOf, EXAMPLES, FIXTURES, normaliseExtracted } from './check-helpers';

const SPECS = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.startsWith('injected-') && f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')) as { base: string; injections: Injection[] });
const textOf = (base: string) => fs.readFileSync(path.join(FIXTURES, base), 'utf8');

describe('whole reports with injected mistakes', () => {
  it('there are at least two clean reports and 70 injected mistakes', () => {
    expect(SPECS.length).toBeGreaterThanOrEqual(2);
    expect(SPECS.reduce((n, s) => n + s.injections.length, 0)).toBeGreaterThanOrEqual(70);
  });

  it.each(SPECS.map((s) => [s.base, s] as const))('%s: no error-level finding on the clean text', (_, spec) => {
    expect(errorsOf(checkText(textOf(spec.base)))).toEqual([]);
  });

  it('the clean local-government report has no finding at all', () => {
    expect(checkText(textOf('clean-fazhi-2024.txt'))).toEqual([]);
  });

  it.each(SPECS.map((s) => [s.base, s] as const))('%s: every injected mistake is found at its line with its rule', (_, spec) => {
    const lines = textOf(spec.base).split('\n');
    const missed = spec.injections.filter((inj) => {
      const findings = checkText(applyInjection(lines, inj).join('\n'));
      return !findings.some((f) => f.rule === inj.rule && f.paragraph + 1 === (inj.at ?? inj.line));
    });
    expect(missed.map((m) => `${m.rule}:${m.line}`)).toEqual([]);
  });

  it('covers every rule that works on plain text', () => {
    const injected = new Set(SPECS.flatMap((s) => s.injections.map((i) => i.rule)));
    // rollover.stale-year needs a report made by 沿用上年 (tested in test/shared/rollover/stale-years.test.ts).
    const userListRules = ['words.sensitive', 'consistency.leaders', 'rollover.stale-year'];
    const missing = ALL_RULES.map((r) => r.id).filter((id) => !injected.has(id) && !userListRules.includes(id));
    expect(missing).toEqual([]);
  });
});

describe('published examples (ASCII punctuation restored to full-width as in the originals)', () => {
  it('the 2018 report has exactly one error, the real one: 法制政府 for 法治政府', () => {
    const text = normaliseExtracted(fs.readFileSync(path.join(EXAMPLES, 'danjiangkou-2018-yifa-xingzheng-report.txt'), 'utf8'));
    const findings = checkText(text);
    const errors = errorsOf(findings);
    expect(errors.map((e) => [e.rule, e.paragraph + 1, e.excerpt.includes('法制政府')])).toEqual([['words.confusable', 19, true]]);
    // The report dated December 2018 cites 十九届一中、二中全会 although the 三中 met in February 2018.
    expect(findings.some((f) => f.rule === 'formulas.plenary-session' && f.message.includes('十九届三中全会'))).toBe(true);
  });

  it('the press briefing (not a report) has no error', () => {
    const text = normaliseExtracted(fs.readFileSync(path.join(EXAMPLES, 'liaocheng-2024-plan-briefing.txt'), 'utf8'));
    expect(errorsOf(checkText(text))).toEqual([]);
  });

  it('as extracted, the half-width commas are found and fixed', () => {
    const raw = fs.readFileSync(path.join(EXAMPLES, 'danjiangkou-2018-yifa-xingzheng-report.txt'), 'utf8');
    const commas = checkText(raw).filter((f) => f.rule === 'punct.halfwidth' && f.message.includes('半角“,”'));
    expect(commas.length).toBeGreaterThan(50);
    expect(commas.every((f) => f.fix === '，')).toBe(true);
  });
});

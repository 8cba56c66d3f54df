import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInjection, type Injection } from '../../../shared/checks/injection';
import { checkText, errorsOf, EXAMPLES, FIXTURES, normaliseExtracted } from './check-helpers';

const spec = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'injected-fazhi-2024.json'), 'utf8')) as {
  base: string;
  injections: Injection[];
};
const clean = fs.readFileSync(path.join(FIXTURES, spec.base), 'utf8');

describe('whole reports', () => {
  it('finds nothing at all in the clean report', () => {
    expect(checkText(clean)).toEqual([]);
  });

  it('finds at least 95% of the injected mistakes, each at its line and with its rule', () => {
    const lines = clean.split('\n');
    const missed = spec.injections.filter((inj) => {
      const findings = checkText(applyInjection(lines, inj).join('\n'));
      return !findings.some((f) => f.rule === inj.rule && f.paragraph + 1 === (inj.at ?? inj.line));
    });
    expect(spec.injections.length).toBeGreaterThanOrEqual(50);
    expect(missed.map((m) => `${m.rule}:${m.line}`)).toEqual([]);
  });

  it('covers every rule of the engine with at least one injected mistake', () => {
    const injected = new Set(spec.injections.map((i) => i.rule));
    for (const rule of ['punct.halfwidth', 'punct.repeated', 'punct.doc-number', 'numbering.mark', 'numbering.sequence', 'numbering.shi']) {
      expect(injected).toContain(rule);
    }
    expect(injected.size).toBeGreaterThanOrEqual(21);
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPlace, parsePlace, secretIn, withoutSecret, type Place } from '../../../renderer/lib/hash-route';

describe('hash routes', () => {
  it('names report, section and panels, and reads them back', () => {
    const place: Place = {
      screen: 'workspace',
      reportId: 'rep_1',
      selection: { kind: 'section', id: 'sec-9' },
      panels: ['checks', 'versions'],
    };
    expect(formatPlace(place)).toBe('#r=rep_1&s=sec-9&p=versions,checks');
    expect(parsePlace('#r=rep_1&s=sec-9&p=versions,checks')).toEqual({ ...place, panels: ['versions', 'checks'] });
    expect(parsePlace('#r=rep_1&s=closing')).toEqual({
      screen: 'workspace',
      reportId: 'rep_1',
      selection: { kind: 'closing' },
      panels: [],
    });
    expect(parsePlace('#v=templates')).toEqual({ screen: 'templates' });
    expect(formatPlace({ screen: 'library' })).toBe('');
  });

  it('keeps the place when the secret is taken out, and finds the secret anywhere in the fragment', () => {
    expect(withoutSecret('#k=abc_DEF-1&r=rep&s=sec')).toBe('#r=rep&s=sec');
    expect(withoutSecret('#r=rep&k=abc&s=sec')).toBe('#r=rep&s=sec');
    expect(withoutSecret('#k=abc')).toBe('');
    expect(secretIn('#r=rep&k=abc')).toBe('abc');
    expect(secretIn('#k=xyz&r=rep')).toBe('xyz');
    expect(secretIn('#r=rep')).toBeNull();
  });

  it('reads any typed or damaged fragment as some place, never throwing, and never keeps a secret', () => {
    fc.assert(
      fc.property(fc.string(), (hash) => {
        const place = parsePlace(hash);
        const again = formatPlace(place);
        expect(parsePlace(again)).toEqual(place);
        expect(again).not.toMatch(/k=/);
        expect(secretIn(withoutSecret(hash))).toBeNull();
      }),
    );
  });

  it('formats every place so that it parses back to the same place', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    const selection = fc.oneof(
      fc.constant(null),
      fc.constant({ kind: 'title' as const }),
      fc.constant({ kind: 'closing' as const }),
      id.map((x) => ({ kind: 'section' as const, id: x })),
    );
    const panels = fc.subarray(['versions', 'public-export', 'checks'] as const);
    fc.assert(
      fc.property(id, selection, panels, (reportId, sel, ps) => {
        const place: Place = { screen: 'workspace', reportId, selection: sel, panels: [...ps] };
        expect(parsePlace(formatPlace(place))).toEqual(place);
      }),
    );
  });
});

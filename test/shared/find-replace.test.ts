import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIND_OPTIONS, findInState, findInText, replaceInState, replaceInString, textBlocks } from '../../shared/find-replace';
import { RichTextStateSchema, toPlainText, type RichTextState } from '../../shared/rich-text';
import { enforcementTable, stateWithTable } from '../support/table-fixture';

const opts = DEFAULT_FIND_OPTIONS;
const t = (text: string, format = 0) => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
const doc = (...paragraphs: unknown[][]): RichTextState =>
  RichTextStateSchema.parse({
    root: { type: 'root', version: 1, children: paragraphs.map((children) => ({ type: 'paragraph', version: 1, children })) },
  });

const paragraphTexts = (state: RichTextState) =>
  (state.root.children ?? []).map((p) => (p.children ?? []).map((r) => (r as { text?: string }).text ?? '').join(''));

describe('find and replace over the editor JSON', () => {
  it('years only: 「2025年」 but not 「2025年度计划」 nor 「12025年」; off, every occurrence', () => {
    const text = '2025年完成，2025年度计划，12025年，2025年底';
    expect(findInText(text, '2025年', { ...opts, yearsOnly: true }).map((m) => m.start)).toEqual([0, 24]);
    expect(findInText(text, '2025年', opts)).toHaveLength(4);
  });

  it('full-width and half-width letters, digits and punctuation are equal when asked', () => {
    expect(findInText('共办理１２件（含ＡＢ类）', '12件(含AB', opts)).toEqual([{ start: 3, end: 10 }]);
    expect(findInText('共办理１２件', '12件', { ...opts, widthInsensitive: false })).toEqual([]);
  });

  it('a hit across a bold run and a plain run is replaced in the first run; the rest keeps its format', () => {
    const state = doc([t('推进'), t('2024', 1), t('年工作'), t('。')]);
    const { state: next, count } = replaceInState(state, '2024年', '2025年', opts);
    expect(count).toBe(1);
    const runs = (next.root.children![0]!.children ?? []) as Array<{ text: string; format: number }>;
    expect(runs.map((r) => [r.text, r.format])).toEqual([
      ['推进', 0],
      ['2025年', 1],
      ['工作', 0],
      ['。', 0],
    ]);
  });

  it('finds in table cells (row by row) and replaces only the chosen hit', () => {
    const state = RichTextStateSchema.parse(stateWithTable('行政许可与行政处罚。', enforcementTable()));
    const hits = findInState(state, '行政', opts);
    expect(hits.map((h) => `${h.before}[${h.match}]${h.after}`.slice(0, 12))).toContain('[行政]许可与行政处罚。');
    expect(hits.length).toBe(2 + 1 + 4);
    const { state: next, count } = replaceInState(state, '行政', '执法', opts, new Set([3]));
    expect(count).toBe(1);
    expect(toPlainText(next)).toContain('类别\t执法许可\t行政处罚');
    // The table model (spans, widths) is untouched.
    expect(JSON.stringify(next).replace('执法许可', '行政许可')).toBe(JSON.stringify(state));
  });

  it('property: replace all leaves no hit (when the replacement cannot form one) and equals a string replace of each block', () => {
    const chars = fc.constantFrom('年', '2', '0', '5', '度', '计', '划', '，', 'Ａ', 'A', ' ');
    const str = fc.array(chars, { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.array(str, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
        str,
        fc.boolean(),
        (paras, query, yearsOnly) => {
          fc.pre(query.trim() !== '');
          const o = { ...opts, yearsOnly };
          const state = doc(...paras.map((runs) => runs.map((r, i) => t(r, i % 2))));
          const { state: next, count } = replaceInState(state, query, '〔X〕', o);
          const expected = textBlocks(state).map((b) => replaceInString(b.text, query, '〔X〕', o));
          expect(count).toBe(expected.reduce((a, b) => a + b.count, 0));
          expect(paragraphTexts(next)).toEqual(expected.map((e) => e.text));
          expect(findInState(next, query, o).length).toBe(0);
        },
      ),
    );
  });
});

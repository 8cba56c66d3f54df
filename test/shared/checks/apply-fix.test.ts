import { describe, expect, it } from 'vitest';
import { applyFixesToState } from '../../../shared/checks/apply-fix';
import { checkParagraph } from '../../../shared/checks/engine';
import { sectionParagraphs } from '../../../shared/checks/report-document';
import { stateFromParagraphs, toPlainText, type RichTextState } from '../../../shared/rich-text';
import { ctx } from './check-helpers';

const findingsOf = (state: RichTextState) => sectionParagraphs('s1', state).flatMap((p) => checkParagraph(p, ctx()));

describe('applyFixesToState', () => {
  it('fixes every fixable finding of a section and leaves the rest of the text as it was', () => {
    const state = stateFromParagraphs(['2024年,全县推进法制政府建设。。', '今年来成效明显。']);
    const { state: fixed, applied } = applyFixesToState(state, findingsOf(state));
    expect(applied).toBe(4);
    expect(toPlainText(fixed)).toBe('2024年，全县推进法治政府建设。\n今年以来成效明显。');
    expect(toPlainText(state)).toBe('2024年,全县推进法制政府建设。。\n今年来成效明显。');
  });

  it('finds the right text node in a paragraph with several runs and in list items', () => {
    const state: RichTextState = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: '第一段', format: 1 }, { type: 'linebreak' }, { type: 'text', text: '推进法制政府建设' }],
          },
          { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [{ type: 'text', text: '截止2024年底,完成。' }] }] },
        ],
      },
    };
    const { state: fixed, applied } = applyFixesToState(state, findingsOf(state));
    expect(applied).toBe(3);
    expect(toPlainText(fixed)).toBe('第一段\n推进法治政府建设\n截至2024年底，完成。');
  });
});

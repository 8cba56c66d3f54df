import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/services/core';
import { markAnchors } from '../../../../shared/review/mark-anchors';
import type { RichTextState } from '../../../../shared/rich-text';
import { saveAtCurrent } from '../../../helpers';
import { setup } from './review-scenario';

let opened: Core | undefined;
afterEach(() => opened?.close());

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const marked = (before: string, target: string, after: string, id: string): RichTextState =>
  ({
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [text(before), { type: 'mark', version: 1, ids: [id], children: [text(target)] }, text(after)],
        },
      ],
    },
  }) as RichTextState;

describe('comments made in the editor (mark nodes)', () => {
  it('markAnchors reads the marked text and its context from the current content', () => {
    expect(markAnchors(marked('今年我局共办理', '行政复议案件', '十三件。', 'c1')).get('c1')).toEqual({
      before: '今年我局共办理',
      target: '行政复议案件',
      after: '十三件。',
    });
  });

  it('the review copy puts the comment on its marked text after the text around it changed', async () => {
    const s = await setup();
    opened = s.core;
    const { id } = await s.core.invoke('review.addComment', {
      reportId: s.reportId,
      sectionId: s.a.id,
      anchor: { before: '今年我局共办理', target: '行政复议案件', after: '十二件，全部按' },
      text: '请补充数据来源。',
    });
    // Edited later, inside and around the marked text: the stored anchor no longer occurs anywhere.
    await saveAtCurrent(s.core, { id: s.a.id, content: marked('2024年全局共受理', '行政复议和诉讼案件', '十五件，已全部审结。', id) });
    const copy = await s.core.invoke('review.exportDocx', { reportId: s.reportId });
    expect(copy.written.comments).toBe(1);
    const back = await s.core.invoke('review.importPreview', { reportId: s.reportId, base64: copy.base64 });
    const comment = back.changes.find((c) => c.kind === 'comment')!;
    expect(comment).toMatchObject({ sectionId: s.a.id, text: '请补充数据来源。', replaced: '行政复议和诉讼案件' });
    expect(comment.context).toBe('2024年全局共受理【行政复议和诉讼案件】十五件，已全部审结。');
    const detail = await s.core.invoke('reports.get', { id: s.reportId });
    expect(detail.sections.find((x) => x.id === s.a.id)!.plainText).toBe('2024年全局共受理行政复议和诉讼案件十五件，已全部审结。');
  });
});

describe('提出修订 in the app', () => {
  it('records a suggestion with the author from the settings without changing the text; accepting writes it', async () => {
    const s = await setup();
    opened = s.core;
    await s.core.invoke('settings.update', { authorName: '赵科长' });
    const anchor = { before: '案件十二件，', target: '全部', after: '按期办结。' };
    const { id } = await s.core.invoke('review.addSuggestion', { reportId: s.reportId, sectionId: s.a.id, anchor, replacement: '均已' });
    const text = async () => (await s.core.invoke('reports.get', { id: s.reportId })).sections.find((x) => x.id === s.a.id)!.plainText;
    expect(await text()).toBe('今年我局共办理行政复议案件十二件，全部按期办结。');
    const { suggestions } = await s.core.invoke('review.state', { reportId: s.reportId });
    expect(suggestions).toEqual([
      expect.objectContaining({ id, kind: 'edit', author: '赵科长', source: 'app', status: 'open', replacement: '均已' }),
    ]);

    const copy = await s.core.invoke('review.exportDocx', { reportId: s.reportId });
    expect(copy.written.suggestions).toBe(1);
    const back = await s.core.invoke('review.importPreview', { reportId: s.reportId, base64: copy.base64 });
    expect(back.changes).toEqual([
      expect.objectContaining({ kind: 'edit', text: '均已', replaced: '全部', author: '赵科长', sectionId: s.a.id }),
    ]);

    await s.core.invoke('review.accept', { suggestionId: id });
    expect(await text()).toBe('今年我局共办理行政复议案件十二件，均已按期办结。');
  });

  it('a place that is not in the section, or not only once, is refused in Chinese', async () => {
    const s = await setup();
    opened = s.core;
    await expect(
      s.core.invoke('review.addSuggestion', {
        reportId: s.reportId,
        sectionId: s.a.id,
        anchor: { before: '', target: '件', after: '' },
        replacement: '宗',
      }),
    ).rejects.toThrow(/找不到或不止一处/);
    await expect(
      s.core.invoke('review.addSuggestion', {
        reportId: s.reportId,
        sectionId: s.a.id,
        anchor: { before: '', target: '', after: '' },
        replacement: '',
      }),
    ).rejects.toThrow(/修订内容不能为空/);
  });
});

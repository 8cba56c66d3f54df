import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/services/core';
import { reviewedDocx } from './reviewed-fixture';
import { edits, setup } from './review-scenario';

let opened: Core | undefined;
afterEach(() => opened?.close());

describe('suggestions and comments in a report package', () => {
  it('travel with the report; a second copy gets its own ids, its sections and its reply links', async () => {
    const s = await setup();
    opened = s.core;
    const core = s.core;
    const file = await reviewedDocx(s.exported, edits('word'), 'word');
    await core.invoke('review.importApply', { reportId: s.reportId, base64: file.toString('base64') });
    const original = await core.invoke('review.state', { reportId: s.reportId });
    const edit = original.suggestions.find((x) => x.sectionId === s.a.id && x.kind === 'edit')!;
    await core.invoke('review.accept', { suggestionId: edit.id });

    const pkg = await core.invoke('reports.exportPackage', { reportId: s.reportId });
    const copy = await core.invoke('reports.importPackage', { base64: pkg.base64, ifExists: 'keepBoth' });
    expect(copy.report.id).not.toBe(s.reportId);
    const copied = await core.invoke('review.state', { reportId: copy.report.id });
    const detail = await core.invoke('reports.get', { id: copy.report.id });
    const headings = new Map(detail.sections.map((x) => [x.id, x.heading]));

    expect(copied.suggestions.map((x) => [x.kind, x.replacement, x.status])).toEqual(
      original.suggestions.map((x) => [x.kind, x.replacement, x.id === edit.id ? 'accepted' : 'open']),
    );
    expect(copied.suggestions.every((x) => headings.has(x.sectionId))).toBe(true);
    expect(copied.suggestions.some((x) => original.suggestions.some((o) => o.id === x.id))).toBe(false);
    const reply = copied.comments.find((c) => c.parentId)!;
    expect(copied.comments.find((c) => c.id === reply.parentId)!.text).toBe('请核对办结率。');
    // The original keeps its own review.
    expect((await core.invoke('review.state', { reportId: s.reportId })).comments).toHaveLength(2);
  });
});

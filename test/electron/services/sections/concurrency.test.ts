import { afterEach, describe, expect, it } from 'vitest';
import { applyFixesToState } from '../../../../shared/checks/apply-fix';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import type { Snapshot } from '../../../../shared/versions-schema';
import { createTestCore, LOCAL_TEMPLATE } from '../../../helpers';

// Issue 10, point 1: every write of a section's text or heading names the revision it started from;
// a stale one is refused with CONFLICT, changes nothing, and says which revision is stored now.

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

async function setup() {
  const c = createTestCore();
  cleanups.push(() => c.close());
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '东湖县人民政府', year: 2024, reportDate: null });
  const measures = detail.sections.find((s) => s.partId === 'measures')!;
  const reportId = detail.report.id;
  const stored = async () => (await c.invoke('reports.get', { id: reportId })).sections.find((s) => s.id === measures.id)!;
  return { c, reportId, measures, stored };
}

describe('optimistic concurrency on section writes', () => {
  it('save: each write bumps the revision; a stale base is refused with CONFLICT and the current revision', async () => {
    const { c, measures, stored } = await setup();
    const first = await c.invoke('sections.save', {
      id: measures.id,
      content: stateFromParagraphs(['窗口甲写的第一稿。']),
      baseRevision: 0,
    });
    expect(first.revision).toBe(1);
    const second = await c.invoke('sections.save', {
      id: measures.id,
      content: stateFromParagraphs(['窗口甲写的第二稿。']),
      baseRevision: 1,
    });
    expect(second.revision).toBe(2);

    // Window B still shows revision 1.
    const stale = await c.call('sections.save', { id: measures.id, content: stateFromParagraphs(['窗口乙的旧稿。']), baseRevision: 1 });
    expect(stale).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('另一个窗口已修改此部分'), currentRevision: 2 },
    });
    expect((await stored()).plainText).toBe('窗口甲写的第二稿。');
    expect((await stored()).revision).toBe(2);
  });

  it('用我的版本覆盖: saving against the current revision with keepCurrentAsVersion keeps the other text as a version', async () => {
    const { c, reportId, measures, stored } = await setup();
    await c.invoke('sections.save', { id: measures.id, content: stateFromParagraphs(['窗口甲的内容。']), baseRevision: 0 });
    const conflict = await c.call('sections.save', { id: measures.id, content: stateFromParagraphs(['窗口乙的内容。']), baseRevision: 0 });
    expect(conflict.ok).toBe(false);
    const current = !conflict.ok ? conflict.error.currentRevision! : -1;
    const saved = await c.invoke('sections.save', {
      id: measures.id,
      content: stateFromParagraphs(['窗口乙的内容。']),
      baseRevision: current,
      keepCurrentAsVersion: true,
    });
    expect(saved.revision).toBe(current + 1);
    expect((await stored()).plainText).toBe('窗口乙的内容。');
    const [kept] = await c.invoke('versions.list', { reportId });
    expect(kept!.reason).toContain('被另一个窗口的内容覆盖前自动保留');
    const diffs = await c.invoke('versions.compare', { reportId, from: kept!.id, to: 'current' });
    expect(diffs.find((d) => d.sectionId === measures.id)).toMatchObject({ oldText: '窗口甲的内容。', newText: '窗口乙的内容。' });
  });

  it('rename: bumps the revision; a stale base is refused and the heading stays', async () => {
    const { c, measures, stored } = await setup();
    const renamed = await c.invoke('sections.rename', { id: measures.id, heading: '主要举措和成效', baseRevision: 0 });
    expect(renamed.revision).toBe(1);
    const stale = await c.call('sections.rename', { id: measures.id, heading: '另一个标题', baseRevision: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRevision: 1 } });
    expect((await stored()).heading).toBe('主要举措和成效');
    // A content save from a window that had not seen the rename is refused too.
    const save = await c.call('sections.save', { id: measures.id, content: stateFromParagraphs(['正文']), baseRevision: 0 });
    expect(save).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRevision: 1 } });
  });

  it('restore of one section: a stale base is refused and the text stays; a whole restore keeps revisions growing', async () => {
    const { c, reportId, measures, stored } = await setup();
    await c.invoke('sections.save', { id: measures.id, content: stateFromParagraphs(['送审稿的内容。']), baseRevision: 0 });
    const v = await c.invoke('versions.create', { reportId, name: '送审稿' });
    await c.invoke('sections.save', { id: measures.id, content: stateFromParagraphs(['后来改的内容。']), baseRevision: 1 });
    const stale = await c.call('versions.restore', { reportId, versionId: v.id, sectionId: measures.id, baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRevision: 2 } });
    expect((await stored()).plainText).toBe('后来改的内容。');
    expect((await c.invoke('versions.list', { reportId })).length).toBe(1);

    await c.invoke('versions.restore', { reportId, versionId: v.id, sectionId: measures.id, baseRevision: 2 });
    expect(await stored()).toMatchObject({ plainText: '送审稿的内容。', revision: 3 });
    await c.invoke('versions.restore', { reportId, versionId: v.id });
    expect((await stored()).revision).toBe(4);
    const save = await c.call('sections.save', { id: measures.id, content: stateFromParagraphs(['旧窗口']), baseRevision: 3 });
    expect(save).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRevision: 4 } });
  });

  it('fix-all: fixes computed from the text read before another window saved are refused; that window’s text stays', async () => {
    const { c, reportId, measures, stored } = await setup();
    await c.invoke('sections.save', { id: measures.id, content: stateFromParagraphs(['今年来，全县推进法制政府建设。']), baseRevision: 0 });
    // The check panel reads the report and computes the fixes (as 全部改正 does) ...
    const before = await stored();
    const { findings } = await c.invoke('checks.runReport', { reportId });
    const mine = findings.filter((f) => f.sectionId === measures.id && f.fix !== null && f.paragraph >= 0);
    expect(mine.length).toBeGreaterThan(0);
    const fixed = applyFixesToState(before.content, mine);
    // ... meanwhile the other window saves a new sentence.
    await c.invoke('sections.save', {
      id: measures.id,
      content: stateFromParagraphs(['今年来，全县推进法制政府建设。', '新增一句。']),
      baseRevision: before.revision,
    });
    const result = await c.call('sections.save', { id: measures.id, content: fixed.state, baseRevision: before.revision });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', currentRevision: before.revision + 1 } });
    expect((await stored()).plainText).toBe('今年来，全县推进法制政府建设。\n新增一句。');
  });

  it('two windows saving alternately 200 times: every acknowledged text is current or in a version', async () => {
    const { c, reportId, measures, stored } = await setup();
    const clients = [
      { name: '甲', base: 0 },
      { name: '乙', base: 0 },
    ];
    const acknowledged: string[] = [];
    for (let i = 0; i < 200; i++) {
      const client = clients[i % 2]!;
      const text = `窗口${client.name}第${i}次保存的内容。`;
      const content = stateFromParagraphs([text]);
      let result = await c.call('sections.save', { id: measures.id, content, baseRevision: client.base });
      if (!result.ok) {
        expect(result.error.code).toBe('CONFLICT');
        // The user chose 用我的版本覆盖: save against the revision now stored, keeping the other text.
        result = await c.call('sections.save', {
          id: measures.id,
          content,
          baseRevision: result.error.currentRevision,
          keepCurrentAsVersion: true,
        });
      }
      expect(result.ok).toBe(true);
      client.base = (result as { data: { revision: number } }).data.revision;
      acknowledged.push(text);
    }
    expect((await stored()).revision).toBe(200);
    const kept = new Set<string>([(await stored()).plainText]);
    const rows = c.db.prepare('SELECT snapshot_json FROM report_versions WHERE report_id = ?').all(reportId) as { snapshot_json: string }[];
    for (const row of rows) {
      const snapshot = JSON.parse(row.snapshot_json) as Snapshot;
      for (const s of snapshot.sections) if (s.id === measures.id) kept.add(s.plainText);
    }
    // Each acknowledged text except the last was overwritten by the other window: kept as a version first.
    expect(acknowledged.filter((t) => !kept.has(t))).toEqual([]);
  });
});

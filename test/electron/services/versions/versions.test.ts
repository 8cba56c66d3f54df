import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function setup() {
  const c = createTestCore();
  cores.push(c);
  await c.invoke('settings.update', { authorName: '张三' });
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  const opening = detail.sections.find((s) => s.kind === 'opening')!;
  const part1 = detail.sections.find((s) => s.partId === 'measures')!;
  const save = (id: string, text: string) => saveAtCurrent(c, { id, content: stateFromParagraphs([text]) });
  const textOf = async (id: string) =>
    (await c.invoke('reports.get', { id: detail.report.id })).sections.find((s) => s.id === id)?.plainText;
  return { c, reportId: detail.report.id, opening, part1, save, textOf };
}

/** Moves the report's last edit and its versions back in time, as if the user had paused. */
function age(c: ReturnType<typeof createTestCore>, reportId: string, minutes: number) {
  const shift = `-${minutes} minutes`;
  c.db.prepare(`UPDATE reports SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, ?) WHERE id = ?`).run(shift, reportId);
  c.db
    .prepare(`UPDATE report_versions SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, ?) WHERE report_id = ?`)
    .run(shift, reportId);
}

describe('versions', () => {
  it('a named version keeps the whole report with time, author and reason', async () => {
    const { c, reportId, opening, save } = await setup();
    await save(opening.id, '一年来，我局坚持依法行政。');
    const v = await c.invoke('versions.create', { reportId, name: '送审稿', reason: '报局务会审议' });
    expect(v).toMatchObject({ number: 1, kind: 'named', name: '送审稿', author: '张三', reason: '报局务会审议', status: 'draft' });
    const list = await c.invoke('versions.list', { reportId });
    expect(list.map((x) => x.name)).toEqual(['送审稿']);
  });

  it('takes an automatic version after an editing pause, at most one per few minutes, none while typing', async () => {
    const { c, reportId, opening, save } = await setup();
    await save(opening.id, '第一稿');
    await save(opening.id, '第一稿，继续写');
    expect(await c.invoke('versions.list', { reportId })).toHaveLength(0);
    age(c, reportId, 3);
    await save(opening.id, '第二稿');
    const list = await c.invoke('versions.list', { reportId });
    expect(list).toHaveLength(1);
    expect(list[0]!.kind).toBe('auto');
    // The automatic version holds the text reached at the pause, not the edit that ended it.
    const diff = await c.invoke('versions.compare', { reportId, from: list[0]!.id, to: 'current' });
    expect(diff.find((d) => d.sectionId === opening.id)).toMatchObject({ change: 'changed', oldText: '第一稿，继续写', newText: '第二稿' });
    age(c, reportId, 3);
    await save(opening.id, '第三稿');
    // Less than five minutes since the last version: no new one.
    expect(await c.invoke('versions.list', { reportId })).toHaveLength(1);
  });

  it('compares character by character: Chinese insertions and deletions are marked exactly', async () => {
    const { c, reportId, part1, save } = await setup();
    await save(part1.id, '全年办理行政复议案件12件。');
    const v = await c.invoke('versions.create', { reportId, name: '送审稿' });
    await save(part1.id, '全年共办理行政复议案件15件。');
    const diff = await c.invoke('versions.compare', { reportId, from: v.id, to: 'current' });
    const part = diff.find((d) => d.sectionId === part1.id)!;
    expect(part.change).toBe('changed');
    expect(part.parts.filter((p) => p.type === 'insert').map((p) => p.text)).toEqual(['共', '5']);
    expect(part.parts.filter((p) => p.type === 'delete').map((p) => p.text)).toEqual(['2']);
    expect(diff.filter((d) => d.change === 'same').length).toBeGreaterThan(3);
  });

  it('restores one section or the whole version, keeping the current state as a version first', async () => {
    const { c, reportId, opening, part1, save, textOf } = await setup();
    await save(opening.id, '旧导语');
    await save(part1.id, '旧举措');
    const v = await c.invoke('versions.create', { reportId, name: '送审稿' });
    await save(opening.id, '新导语');
    await save(part1.id, '新举措');
    const added = await c.invoke('sections.add', { reportId, parentId: null, heading: '对上级的意见建议' });

    const backup = await c.invoke('versions.restore', { reportId, versionId: v.id, sectionId: part1.id });
    expect(backup.kind).toBe('restore');
    expect(await textOf(part1.id)).toBe('旧举措');
    expect(await textOf(opening.id)).toBe('新导语');

    await c.invoke('versions.restore', { reportId, versionId: v.id });
    expect(await textOf(opening.id)).toBe('旧导语');
    expect(await textOf(added.id)).toBeUndefined();
    // The state before the restore can be brought back: nothing is lost.
    await c.invoke('versions.restore', { reportId, versionId: backup.id });
    expect(await textOf(opening.id)).toBe('新导语');
    expect(await textOf(added.id)).toBe('');
  });

  it('status moves 起草 → 审核 → 定稿; 定稿 is read-only; going back needs a reason and is recorded', async () => {
    const { c, reportId, opening, save } = await setup();
    await c.invoke('versions.setStatus', { reportId, status: 'review' });
    const final = await c.invoke('versions.setStatus', { reportId, status: 'final', reason: '领导已签批' });
    expect(final.report.status).toBe('final');
    expect(final.version).toMatchObject({ kind: 'status', name: '定稿', status: 'final' });
    await expect(save(opening.id, '改一个字')).rejects.toThrow(/已定稿/);
    const list = await c.invoke('versions.list', { reportId });
    await expect(c.invoke('versions.restore', { reportId, versionId: list[0]!.id })).rejects.toThrow(/已定稿/);
    await expect(c.invoke('versions.setStatus', { reportId, status: 'draft' })).rejects.toThrow(
      '重新打开已定稿的报告（改为“起草”）时请填写理由',
    );
    const reopened = await c.invoke('versions.setStatus', { reportId, status: 'draft', reason: '领导要求补充数据' });
    expect(reopened.version).toMatchObject({ kind: 'reopen', author: '张三' });
    expect(reopened.version.reason).toBe('定稿 → 起草：领导要求补充数据');
    await save(opening.id, '改一个字');
  });

  it('a status change through the report info (reports.update) is recorded too', async () => {
    const { c, reportId } = await setup();
    await c.invoke('reports.update', { id: reportId, status: 'final', reason: '领导已签批' });
    await c.invoke('reports.update', { id: reportId, status: 'draft', reason: '补充数据' });
    await c.invoke('reports.update', { id: reportId, title: '新标题' });
    const list = await c.invoke('versions.list', { reportId });
    expect(list.map((v) => v.kind)).toEqual(['reopen', 'status']);
    expect(list[0]!.reason).toBe('定稿 → 起草：补充数据');
    // The check still had errors open when it became 定稿: the reason says so.
    expect(list[1]!.reason).toMatch(/^起草 → 定稿：领导已签批（定稿时仍有 \d+ 条错误级问题未处理；\d+ 个部分未标记已完成）$/);
  });

  it('each export leaves a version; a 公开 export needs the whole checklist, which is kept with the version', async () => {
    const { c, reportId } = await setup();
    await c.invoke('export.docx', { reportId });
    await c.invoke('export.docx', { reportId });
    expect((await c.invoke('versions.list', { reportId })).map((v) => v.kind)).toEqual(['export']);
    const partial = { secrecyReviewed: true, disclosureDecided: false, leaderSignedOff: false };
    await expect(c.invoke('versions.recordExport', { reportId, checklist: partial })).rejects.toThrow(
      '公开属性认定、主要负责人签批尚未确认',
    );
    const full = { secrecyReviewed: true, disclosureDecided: true, leaderSignedOff: true, signedOffBy: '李局长' };
    const v = await c.invoke('versions.recordExport', { reportId, checklist: full });
    expect(v.checklist).toEqual(full);
    expect((await c.invoke('versions.list', { reportId }))[0]!.checklist?.signedOffBy).toBe('李局长');
  });
});

describe('export of a 定稿 report', () => {
  it('stamps the version in the Word file properties; a draft export carries no stamp', async () => {
    const { c, reportId } = await setup();
    const coreXml = async () => {
      const file = await c.invoke('export.docx', { reportId });
      return (await JSZip.loadAsync(Buffer.from(file.base64, 'base64'))).file('docProps/core.xml')!.async('string');
    };
    expect(await coreXml()).not.toContain('定稿');
    await c.invoke('versions.setStatus', { reportId, status: 'final', reason: '领导已签批' });
    const xml = await coreXml();
    const exported = (await c.invoke('versions.list', { reportId }))[0]!;
    expect(exported).toMatchObject({ kind: 'export', status: 'final' });
    expect(xml).toContain(`<cp:keywords>定稿 第 ${exported.number} 版</cp:keywords>`);
    expect(xml).toContain(`<cp:revision>${exported.number}</cp:revision>`);
  });
});

describe('deadlines and settings', () => {
  it('shows a report due soon, then overdue, and drops it once 定稿 and published', async () => {
    const { c, reportId } = await setup();
    expect(await c.invoke('deadlines.list', { today: '2025-01-10' })).toEqual([]);
    const soon = await c.invoke('deadlines.list', { today: '2025-02-20' });
    expect(soon).toMatchObject([{ reportId, what: 'due', date: '2025-03-01', daysLeft: 9, state: 'soon' }]);
    const late = await c.invoke('deadlines.list', { today: '2025-03-25' });
    expect(late.map((d) => [d.what, d.state, d.daysLeft])).toEqual([
      ['due', 'overdue', -24],
      ['publish', 'soon', 6],
    ]);
    await c.invoke('settings.update', { deadlines: { 'fazhi-annual': { due: '03-31', publish: '03-31' } } });
    expect((await c.invoke('deadlines.list', { today: '2025-03-25' })).map((d) => d.state)).toEqual(['soon', 'soon']);
    await c.invoke('versions.setStatus', { reportId, status: 'final', reason: '领导已签批' });
    const checklist = { secrecyReviewed: true, disclosureDecided: true, leaderSignedOff: true };
    await c.invoke('versions.recordExport', { reportId, checklist });
    expect(await c.invoke('deadlines.list', { today: '2025-03-25' })).toEqual([]);
  });

  it('refuses bad settings with a Chinese message and keeps the old ones', async () => {
    const { c } = await setup();
    await expect(c.invoke('settings.update', { backupDir: 'relative/folder' })).rejects.toThrow('完整路径');
    await expect(c.invoke('settings.update', { deadlines: { 'gov-info': { due: '13-01', publish: null } } })).rejects.toThrow('MM-DD');
    const s = await c.invoke('settings.get', {});
    expect(s.authorName).toBe('张三');
    expect(s.deadlines['gov-info']).toEqual({ due: '01-31', publish: '01-31' });
  });
});

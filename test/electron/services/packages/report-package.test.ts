import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});
const core = () => {
  const c = createTestCore();
  cores.push(c);
  return c;
};

async function reportWithHistory() {
  const c = core();
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  const opening = detail.sections.find((s) => s.kind === 'opening')!;
  await saveAtCurrent(c, { id: opening.id, content: stateFromParagraphs(['送审时的导语']) });
  await c.invoke('versions.create', { reportId: detail.report.id, name: '送审稿' });
  await saveAtCurrent(c, { id: opening.id, content: stateFromParagraphs(['最终的导语']) });
  const file = await c.invoke('reports.exportPackage', { reportId: detail.report.id });
  return { c, reportId: detail.report.id, openingId: opening.id, file };
}

describe('report packages', () => {
  it('moves a report with its versions to another database, where the old version can be compared', async () => {
    const { reportId, openingId, file } = await reportWithHistory();
    expect(file.fileName).toBe('市司法局关于2024年法治政府建设情况的报告.nianbao');
    const other = core();
    const imported = await other.invoke('reports.importPackage', { base64: file.base64 });
    expect(imported).toMatchObject({ replaced: false, versions: 1 });
    expect(imported.report.id).toBe(reportId);
    const versions = await other.invoke('versions.list', { reportId });
    expect(versions.map((v) => [v.kind, v.name])).toEqual([
      ['import', null],
      ['named', '送审稿'],
    ]);
    const diff = await other.invoke('versions.compare', { reportId, from: versions[1]!.id, to: 'current' });
    expect(diff.find((d) => d.sectionId === openingId)).toMatchObject({ oldText: '送审时的导语', newText: '最终的导语' });
    expect((await other.invoke('search.query', { query: '最终的导语' })).hits).toHaveLength(1);
  });

  it('writes format 1 without attachments (older apps read it) and 2 with one, which moves with its text', async () => {
    const { c, reportId, file } = await reportWithHistory();
    const envelope = (base64: string) => JSON.parse(zlib.gunzipSync(Buffer.from(base64, 'base64')).toString('utf8'));
    expect(envelope(file.base64).formatVersion).toBe(1);
    const a = await c.invoke('sections.addAttachment', { reportId, heading: '行政执法数据统计表' });
    await saveAtCurrent(c, { id: a.id, content: stateFromParagraphs(['行政处罚案件1203件。']) });
    const withAttachment = await c.invoke('reports.exportPackage', { reportId });
    expect(envelope(withAttachment.base64).formatVersion).toBe(2);
    const other = core();
    await other.invoke('reports.importPackage', { base64: withAttachment.base64 });
    const moved = (await other.invoke('reports.get', { id: reportId })).sections.filter((s) => s.kind === 'attachment');
    expect(moved.map((s) => [s.heading, s.plainText])).toEqual([['行政执法数据统计表', '行政处罚案件1203件。']]);
  });

  it('asks when the report is already there; keeping both makes a copy, replacing overwrites', async () => {
    const { c, reportId, openingId, file } = await reportWithHistory();
    await saveAtCurrent(c, { id: openingId, content: stateFromParagraphs(['本机后来改的导语']) });
    await expect(c.invoke('reports.importPackage', { base64: file.base64 })).rejects.toThrow('本机已有这份报告');
    const both = await c.invoke('reports.importPackage', { base64: file.base64, ifExists: 'keepBoth' });
    expect(both.report.id).not.toBe(reportId);
    expect(both.report.title).toContain('（导入副本）');
    const copy = await c.invoke('reports.get', { id: both.report.id });
    expect(copy.sections.find((s) => s.kind === 'opening')!.plainText).toBe('最终的导语');
    // The copy's old version still compares against the copy's own sections.
    const copyVersions = await c.invoke('versions.list', { reportId: both.report.id });
    const diff = await c.invoke('versions.compare', { reportId: both.report.id, from: copyVersions[1]!.id, to: 'current' });
    expect(diff.filter((d) => d.change === 'changed').map((d) => d.oldText)).toEqual(['送审时的导语']);
    expect((await c.invoke('reports.get', { id: reportId })).sections.find((s) => s.id === openingId)!.plainText).toBe('本机后来改的导语');

    const replaced = await c.invoke('reports.importPackage', { base64: file.base64, ifExists: 'replace' });
    expect(replaced.replaced).toBe(true);
    expect((await c.invoke('reports.get', { id: reportId })).sections.find((s) => s.id === openingId)!.plainText).toBe('最终的导语');
    expect((await c.invoke('reports.list', {})).length).toBe(2);
  });

  it('refuses a foreign file and a damaged package with different clear messages, changing nothing', async () => {
    const { file } = await reportWithHistory();
    const other = core();
    const foreign = Buffer.from('PK\u0003\u0004 这是一个 Word 文件').toString('base64');
    await expect(other.invoke('reports.importPackage', { base64: foreign })).rejects.toThrow('不是年报的报告包');
    const truncated = Buffer.from(file.base64, 'base64').subarray(0, 200).toString('base64');
    await expect(other.invoke('reports.importPackage', { base64: truncated })).rejects.toThrow('报告包已损坏');
    const json = JSON.parse(zlib.gunzipSync(Buffer.from(file.base64, 'base64')).toString('utf8'));
    json.body.sections[0].plainText = '被篡改的文字';
    const tampered = zlib.gzipSync(JSON.stringify(json)).toString('base64');
    await expect(other.invoke('reports.importPackage', { base64: tampered })).rejects.toThrow('报告包已损坏');
    const otherFormat = zlib.gzipSync(JSON.stringify({ ...json, format: 'something-else' })).toString('base64');
    await expect(other.invoke('reports.importPackage', { base64: otherFormat })).rejects.toThrow('不是年报的报告包');
    expect(await other.invoke('reports.list', {})).toEqual([]);
  });
});

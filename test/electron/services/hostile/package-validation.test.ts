// Issue 11.1: a report package the app would not write itself is refused before anything is
// committed, and a damaged row already in the database is skipped by reports.list, not fatal.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, revisionOf } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});
const core = (dbPath?: string) => {
  const c = createTestCore(dbPath);
  cores.push(c);
  return c;
};

/** A package of a real report, its body edited and the checksum recomputed (as an attacker would). */
async function tampered(edit: (body: { report: Record<string, unknown> }) => void): Promise<string> {
  const c = core();
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  await c.invoke('sections.save', {
    id: detail.sections[0]!.id,
    content: stateFromParagraphs(['导语正文']),
    baseRevision: revisionOf(c, detail.sections[0]!.id),
  });
  const file = await c.invoke('reports.exportPackage', { reportId: detail.report.id });
  const envelope = JSON.parse(zlib.gunzipSync(Buffer.from(file.base64, 'base64')).toString('utf8'));
  edit(envelope.body);
  envelope.checksum = createHash('sha256').update(JSON.stringify(envelope.body)).digest('hex');
  return zlib.gzipSync(JSON.stringify(envelope)).toString('base64');
}

describe('report packages are validated with the app’s own schemas before commit', () => {
  it.each([
    ['year 3000', (b: { report: Record<string, unknown> }) => (b.report.year = 3000), /字段 report\.year：年度不能晚于 2200 年/],
    [
      'a slashed date',
      (b: { report: Record<string, unknown> }) => (b.report.reportDate = '2025/01/07'),
      /字段 report\.reportDate：日期格式应为 YYYY-MM-DD/,
    ],
    ['a path as id', (b: { report: Record<string, unknown> }) => (b.report.id = '../../x'), /字段 report\.id：编号格式不正确/],
  ])('%s is refused with a Chinese message naming the field, and the library still lists', async (_name, edit, message) => {
    const base64 = await tampered(edit);
    const target = core();
    await target.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '县政府', year: 2023, reportDate: null });
    await expect(target.invoke('reports.importPackage', { base64 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(message),
    });
    const list = await target.invoke('reports.list', {});
    expect(list.map((r) => r.agency)).toEqual(['县政府']);
    expect(await target.invoke('reports.damaged', {})).toEqual([]);
  });
});

describe('section content in a package is checked like a save', () => {
  it('content nested 2,000 deep is refused, naming the field', async () => {
    let node: Record<string, unknown> = { type: 'text', text: '深', version: 1 };
    for (let i = 0; i < 2000; i += 1) node = { type: 'paragraph', version: 1, children: [node] };
    const base64 = await tampered((b) => {
      (b as unknown as { sections: Array<{ contentJson: string }> }).sections[0]!.contentJson = JSON.stringify({
        root: { type: 'root', version: 1, children: [node] },
      });
    });
    const target = core();
    await expect(target.invoke('reports.importPackage', { base64 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('字段 sections.0.contentJson：内容嵌套层级过深'),
    });
    expect(await target.invoke('reports.list', {})).toEqual([]);
  });
});

describe('what is written is read back before the commit', () => {
  it('a section whose content cannot be read rolls the whole import back', async () => {
    const base64 = await tampered((b) => {
      (b as unknown as { sections: Array<{ contentJson: string }> }).sections[0]!.contentJson = '{"root":';
    });
    const target = core();
    await expect(target.invoke('reports.importPackage', { base64 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('无法导入。本机数据未做任何改动。'),
    });
    expect(await target.invoke('reports.list', {})).toEqual([]);
    expect(await target.invoke('reports.damaged', {})).toEqual([]);
  });
});

describe('one damaged row never breaks the library', () => {
  it('reports.list skips a row the app cannot read and names it, even after a restart', async () => {
    const c = core();
    const good = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
    const bad = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '县政府', year: 2024, reportDate: null });
    const dbPath = c.dbPath;
    c.close();
    cores.splice(cores.indexOf(c), 1);
    // What an older version let in: a year out of range and a date the schema refuses.
    const raw = new Database(dbPath);
    raw.prepare("UPDATE reports SET year = 3000, report_date = '2025/01/07' WHERE id = ?").run(bad.report.id);
    raw.close();

    const again = core(dbPath);
    const list = await again.invoke('reports.list', {});
    expect(list.map((r) => r.id)).toEqual([good.report.id]);
    expect(await again.invoke('reports.damaged', {})).toEqual([
      { id: bad.report.id, title: bad.report.title, message: `报告“${bad.report.title}”已损坏，已跳过。` },
    ]);
  });
});

describe('one damaged template never breaks the template library', () => {
  it('templates.list skips a stored template that no longer parses', async () => {
    const c = core();
    const copy = await c.invoke('templates.copy', { id: LOCAL_TEMPLATE, name: '本局模板' });
    const before = await c.invoke('templates.list', {});
    c.db.prepare('UPDATE user_templates SET body = \'{"schemaVersion": 1,\' WHERE id = ?').run(copy.id);
    const after = await c.invoke('templates.list', {});
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id).filter((id) => id !== copy.id));
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import type { SearchHit } from '../../../../shared/search-schema';
import { createTestCore, DEPARTMENT_TEMPLATE, LOCAL_TEMPLATE, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

async function archive() {
  const c = createTestCore();
  cores.push(c);
  const write = async (templateId: string, agency: string, year: number, part: string, paragraphs: string[]) => {
    const d = await c.invoke('reports.create', { templateId, agency, year, reportDate: null });
    const section = d.sections.find((s) => s.partId === part)!;
    await saveAtCurrent(c, { id: section.id, content: stateFromParagraphs(paragraphs) });
    return { reportId: d.report.id, sectionId: section.id };
  };
  const a = await write(LOCAL_TEMPLATE, '甲市人民政府', 2023, 'measures', [
    '全面推行行政执法公示制度。',
    '全年办理行政复议案件12件，纠错率8%。',
  ]);
  const b = await write(LOCAL_TEMPLATE, '甲市人民政府', 2024, 'shortcomings', ['行政复议规范化建设仍有差距。']);
  const d = await write(DEPARTMENT_TEMPLATE, '乙县司法局', 2024, 'measures', ['推进法治政府建设示范创建。']);
  return { c, a, b, d };
}

const marked = (hit: SearchHit) => hit.snippet.filter((p) => p.hit).map((p) => p.text);

describe('search', () => {
  it('finds Chinese text through the trigram index, newest year first, with the match marked', async () => {
    const { c, a, b } = await archive();
    const result = await c.invoke('search.query', { query: '行政复议' });
    expect(result.mode).toBe('index');
    expect(result.hits.map((h) => h.sectionId)).toEqual([b.sectionId, a.sectionId]);
    expect(marked(result.hits[1]!)).toEqual(['行政复议']);
    expect(result.hits[1]!.paragraph).toBe('全年办理行政复议案件12件，纠错率8%。');
    expect(result.hits[1]!.snippet.map((p) => p.text).join('')).toContain('全年办理行政复议案件12件');
  });

  it('finds one- and two-character queries (shorter than a trigram) by scanning', async () => {
    const { c, a, d } = await archive();
    const two = await c.invoke('search.query', { query: '示范' });
    expect(two.mode).toBe('scan');
    expect(two.hits.map((h) => h.sectionId)).toEqual([d.sectionId]);
    const one = await c.invoke('search.query', { query: '%' });
    expect(one.hits.map((h) => h.sectionId)).toEqual([a.sectionId]);
    expect(marked(one.hits[0]!)).toEqual(['%']);
  });

  it('filters by year, report type, agency and part; all terms must match', async () => {
    const { c, a, b, d } = await archive();
    const ids = async (input: Record<string, unknown>) => (await c.invoke('search.query', input as never)).hits.map((h) => h.sectionId);
    expect(await ids({ query: '行政复议', year: 2023 })).toEqual([a.sectionId]);
    expect(await ids({ query: '行政复议', partId: 'shortcomings' })).toEqual([b.sectionId]);
    expect(await ids({ query: '建设', agency: '乙县', partId: 'measures' })).toEqual([d.sectionId]);
    expect(await ids({ query: '行政 执法公示' })).toEqual([a.sectionId]);
    expect(await ids({ query: '行政复议 示范' })).toEqual([]);
  });

  it('follows edits: new text is found, replaced and deleted text is not', async () => {
    const { c, a } = await archive();
    await saveAtCurrent(c, { id: a.sectionId, content: stateFromParagraphs(['优化营商环境。']) });
    expect((await c.invoke('search.query', { query: '执法公示' })).hits).toEqual([]);
    expect((await c.invoke('search.query', { query: '营商环境' })).hits.map((h) => h.sectionId)).toEqual([a.sectionId]);
    await c.invoke('reports.delete', { id: a.reportId });
    expect((await c.invoke('search.query', { query: '营商环境' })).hits).toEqual([]);
  });

  it('treats FTS syntax in the query as plain text and refuses an empty query in Chinese', async () => {
    const { c } = await archive();
    expect((await c.invoke('search.query', { query: '"复议 OR NEAR(' })).hits).toEqual([]);
    await expect(c.invoke('search.query', { query: '   ' })).rejects.toThrow('请输入要搜索的文字');
  });
});

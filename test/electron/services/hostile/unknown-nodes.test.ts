// Issue 11.5 at the API: an unknown node type is refused with a Chinese message; one already stored
// may be sent back unchanged (the editor keeps it) and is never dropped.
import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs, type RichTextState } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, revisionOf } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const chart = {
  type: 'nianbao-chart',
  version: 3,
  data: [1, 2, 3],
  children: [{ type: 'text', version: 1, text: '图1 案件数', format: 0 }],
};
const withChart = (...paragraphs: string[]): RichTextState => {
  const state = stateFromParagraphs(paragraphs);
  return { ...state, root: { ...state.root, children: [...(state.root.children ?? []), chart] } } as RichTextState;
};

async function setup() {
  const c = createTestCore();
  cores.push(c);
  const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: null });
  const id = detail.sections[0]!.id;
  const stored = async () =>
    JSON.parse((c.db.prepare('SELECT content_json FROM sections WHERE id = ?').get(id) as { content_json: string }).content_json);
  return { c, id, stored };
}

describe('unknown node types at sections.save', () => {
  it('a new unknown type is refused in Chinese and nothing is written', async () => {
    const { c, id, stored } = await setup();
    await c.invoke('sections.save', { id, content: stateFromParagraphs(['已保存的导语']), baseRevision: revisionOf(c, id) });
    const result = await c.call('sections.save', { id, content: withChart('新导语'), baseRevision: revisionOf(c, id) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^内容中有本程序不认识的元素类型“nianbao-chart”，未能保存。/) },
    });
    expect(JSON.stringify(await stored())).toContain('已保存的导语');
  });

  it('a stored unknown node sent back unchanged with new text is saved, and stays', async () => {
    const { c, id, stored } = await setup();
    // Stored by another version of the app (or a package): written directly.
    c.db.prepare('UPDATE sections SET content_json = ? WHERE id = ?').run(JSON.stringify(withChart('原导语')), id);
    await c.invoke('sections.save', { id, content: withChart('原导语', '新增的一段'), baseRevision: revisionOf(c, id) });
    const after = await stored();
    expect(after.root.children.at(-1)).toEqual(chart);
    expect(JSON.stringify(after)).toContain('新增的一段');
    const section = (await c.invoke('reports.get', { id: (await c.invoke('reports.list', {}))[0]!.id })).sections.find((s) => s.id === id)!;
    expect(section.plainText).toContain('图1 案件数');
  });
});

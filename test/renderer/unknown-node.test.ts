// Issue 11.5: a stored node of a type the editor does not know is kept: the editor loads it as a
// read-only stand-in and saves the original back unchanged, also after typing elsewhere.
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { toPlainText, type RichTextState } from '../../shared/rich-text';
import { unknownNodeProblem, unwrapUnknownNodes, wrapUnknownNodes } from '../../shared/rich-text-nodes';
import { UnknownNode } from '../../renderer/editor/nodes/unknown-node';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children,
});
const chart = { type: 'nianbao-chart', version: 3, chartKind: 'bar', data: [1, 2, 3], children: [text('图1 行政复议案件数')] };
const mention = { type: 'mention', version: 1, text: '@张三', userId: 42 };
const stored = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [paragraph(text('第一段。')), chart, paragraph(text('联系人 '), mention, text(' 负责。'))],
  },
} as unknown as RichTextState;

function editorWith(state: RichTextState) {
  const editor = createEditor({
    namespace: 'test',
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, TableNode, TableRowNode, TableCellNode, UnknownNode],
    onError: (e) => {
      throw e;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(wrapUnknownNodes(state))));
  return editor;
}

describe('unknown node types in stored content', () => {
  it('load and save back unchanged, block and inline, after the user types a new paragraph', () => {
    const editor = editorWith(stored);
    editor.update(
      () => {
        $getRoot().append($createParagraphNode().append($createTextNode('新输入的一段。')));
      },
      { discrete: true },
    );
    const saved = unwrapUnknownNodes(editor.getEditorState().toJSON() as unknown as RichTextState);
    const children = saved.root.children as unknown[];
    expect(children[1]).toEqual(chart);
    expect((children[2] as { children: unknown[] }).children[1]).toEqual(mention);
    expect(toPlainText(saved)).toContain('新输入的一段。');
    expect(toPlainText(saved)).toContain('图1 行政复议案件数');
    // What the editor sends back passes the API's check against what was stored.
    expect(unknownNodeProblem(saved, stored)).toBeNull();
  });

  it('the stand-in shows the kept text (its text content is the original’s)', () => {
    const editor = editorWith(stored);
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('图1 行政复议案件数');
  });

  it('a new or altered unknown node is refused with a Chinese message', () => {
    const altered = JSON.parse(JSON.stringify(stored)) as { root: { children: Array<{ data?: number[] }> } };
    altered.root.children[1]!.data = [9];
    expect(unknownNodeProblem(altered as unknown as RichTextState, stored)).toMatch(
      /^内容中有本程序不认识的元素类型“nianbao-chart”，未能保存。/,
    );
    expect(unknownNodeProblem(stored, null)).toMatch(/元素类型“nianbao-chart”/);
  });
});

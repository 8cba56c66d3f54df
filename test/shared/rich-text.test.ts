import { describe, expect, it } from 'vitest';
import { countChars, RichTextStateSchema, stateFromParagraphs, toBlocks, toPlainText } from '../../shared/rich-text';

const text = (t: string, format = 0) => ({ type: 'text', text: t, format, version: 1 });
const state = (children: unknown[]) => ({ root: { type: 'root', version: 1, children } });

describe('rich text (Lexical JSON)', () => {
  const doc = RichTextStateSchema.parse(
    state([
      { type: 'paragraph', children: [text('全面推进'), text('依法行政', 1), text('。')] },
      { type: 'heading', tag: 'h3', children: [text('健全工作机制')] },
      {
        type: 'list',
        listType: 'number',
        children: [
          { type: 'listitem', children: [text('第一项')] },
          {
            type: 'listitem',
            children: [text('第二项'), { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('细项')] }] }],
          },
        ],
      },
      { type: 'paragraph', children: [text('第一行'), { type: 'linebreak' }, text('第二行')] },
    ]),
  );

  it('extracts the plain text a reader would copy, one line per block', () => {
    expect(toPlainText(doc)).toBe('全面推进依法行政。\n健全工作机制\n第一项\n第二项\n细项\n第一行\n第二行');
  });

  it('keeps headings, list order, nesting and bold for the exporters', () => {
    const blocks = toBlocks(doc);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'list-item', 'list-item', 'list-item', 'paragraph']);
    const first = blocks[0]!;
    expect(first.kind === 'table' ? [] : first.runs.map((r) => r.bold)).toEqual([false, true, false]);
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 3 });
    expect(blocks[3]).toMatchObject({ kind: 'list-item', ordered: true, index: 2, depth: 0 });
    expect(blocks[4]).toMatchObject({ kind: 'list-item', ordered: false, index: 1, depth: 1 });
  });

  it('counts 字数 as every character that is not white space', () => {
    expect(countChars('一、 总体情况\n2024年，共 3 件。')).toBe(16);
    expect(countChars('   ')).toBe(0);
  });

  it('refuses content that is not an editor state', () => {
    expect(RichTextStateSchema.safeParse({ root: { type: 'paragraph' } }).success).toBe(false);
    expect(RichTextStateSchema.safeParse({ root: 'x' }).success).toBe(false);
    expect(RichTextStateSchema.safeParse({}).success).toBe(false);
  });

  it('refuses content nested deeper than any real document', () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 20; i += 1) node = { type: 'list', children: [node] };
    expect(RichTextStateSchema.safeParse(state([node])).success).toBe(false);
  });

  it('builds a state from plain paragraphs', () => {
    expect(toPlainText(stateFromParagraphs(['甲', '乙']))).toBe('甲\n乙');
    expect(toPlainText(stateFromParagraphs([]))).toBe('');
  });
});

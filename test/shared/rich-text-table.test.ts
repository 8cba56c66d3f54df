import { describe, expect, it } from 'vitest';
import { cellText, RichTextStateSchema, toBlocks, toPlainText } from '../../shared/rich-text';

const p = (t: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text: t, format: 0, version: 1 }] });
const cell = (...lines: string[]) => ({ type: 'tablecell', version: 1, headerState: 0, children: lines.map(p) });

describe('rich text tables (Lexical table JSON)', () => {
  const doc = RichTextStateSchema.parse({
    root: {
      type: 'root',
      version: 1,
      children: [
        p('前文。'),
        {
          type: 'table',
          version: 1,
          children: [
            { type: 'tablerow', version: 1, children: [cell('项目'), cell('数量')] },
            { type: 'tablerow', version: 1, children: [cell('行政复议', '（件）'), cell('12')] },
          ],
        },
      ],
    },
  });

  it('becomes one table block: rows of cells, a cell’s paragraphs joined by a line break', () => {
    const table = toBlocks(doc)[1];
    if (table?.kind !== 'table') throw new Error(`expected a table block, got ${table?.kind}`);
    expect(table.rows.map((r) => r.map(cellText))).toEqual([
      ['项目', '数量'],
      ['行政复议\n（件）', '12'],
    ]);
  });

  it('reads as tab-separated rows in the plain text', () => {
    expect(toPlainText(doc)).toBe('前文。\n项目\t数量\n行政复议\n（件）\t12');
  });
});

import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { tableBlock, TEXT_WIDTH } from '../../../../electron/services/export/docx-table';
import { tableHtml } from '../../../../electron/services/export/html-table';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { RichTextStateSchema, toBlocks, type TableBlock } from '../../../../shared/rich-text';
import { enforcementTable, stateWithTable } from '../../../support/table-fixture';

const block = toBlocks(RichTextStateSchema.parse(stateWithTable('前文。', enforcementTable()))).find(
  (b): b is TableBlock => b.kind === 'table',
)!;

async function tableXml(settings = defaultExportSettings()): Promise<string> {
  const doc = new Document({ sections: [{ children: tableBlock(block, settings) }] });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  return /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
}

const rowsOf = (xml: string) => xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string) => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];

describe('.docx tables: merges, widths, header rows, alignment, font size', () => {
  it('a merged header row is one cell with gridSpan 5 and the full width, repeated on each page', async () => {
    const xml = await tableXml();
    const rows = rowsOf(xml);
    expect(rows).toHaveLength(4);
    const [title] = cellsOf(rows[0]!);
    expect(cellsOf(rows[0]!)).toHaveLength(1);
    expect(title).toContain('<w:gridSpan w:val="5"/>');
    expect(title).toContain(`<w:tcW w:type="dxa" w:w="${TEXT_WIDTH}"/>`);
    expect(title).toContain('<w:jc w:val="center"/>');
    // Both header rows repeat; the body rows do not.
    expect(rows.map((r) => r.includes('<w:tblHeader/>'))).toEqual([true, true, false, false]);
  });

  it('grid widths follow the set column widths and add up to the text width; cells carry the same widths', async () => {
    const xml = await tableXml();
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(5);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(grid[0]! / grid[1]!).toBeCloseTo(150 / 110, 2);
    const secondRow = cellsOf(rowsOf(xml)[1]!).map((c) => Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c)![1]));
    expect(secondRow).toEqual(grid);
  });

  it('a cell merged down two rows: vMerge restart, then a continuation cell in the row below, centred vertically', async () => {
    const rows = rowsOf(await tableXml());
    const top = cellsOf(rows[2]!)[0]!;
    expect(top).toContain('<w:vMerge w:val="restart"/>');
    expect(top).toContain('<w:vAlign w:val="center"/>');
    const below = cellsOf(rows[3]!);
    expect(below).toHaveLength(5);
    expect(below[0]).toContain('<w:vMerge w:val="continue"/>');
    expect(below[1]).toContain('>98.5%<');
    // Figures aligned right as set in the editor; body text left by default.
    expect(cellsOf(rows[2]!)[1]).toContain('<w:jc w:val="right"/>');
    expect(below[1]).toContain('<w:jc w:val="left"/>');
  });

  it('仿宋 at 四号 (14 pt) by default, the chosen size otherwise', async () => {
    expect(defaultExportSettings().tableFontSize).toBe(14);
    const xml = await tableXml();
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('<w:sz w:val="28"/>');
    expect(await tableXml({ ...defaultExportSettings(), tableFontSize: 12 })).toContain('<w:sz w:val="24"/>');
  });

  it('HTML (web and print/PDF layout): same merges, widths and header rows', () => {
    const html = tableHtml(block, (runs) => runs.map((r) => r.text).join(''));
    expect(html).toContain('<thead><tr><th colspan="5">2025年行政执法数据统计</th></tr><tr><th>类别</th>');
    expect(html).toContain('<td rowspan="2" style="vertical-align:middle">办理件数</td>');
    expect(html).toContain('<td style="text-align:right">1,204</td>');
    expect(html.match(/<col style="width:[\d.]+%">/g)).toHaveLength(5);
    expect(html).toContain('<col style="width:25.42%">');
  });
});

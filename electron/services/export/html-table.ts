import type { TableBlock, TextRun } from '../../../shared/rich-text';
import { gridWidths, TEXT_WIDTH_PX } from '../../../shared/table-model';

/**
 * A table of the model (shared/table-model.ts) as HTML, for the web page and the print layout
 * (PDF): the same merges (colspan/rowspan), column widths (a <colgroup> in per cent of the text
 * width), header rows in <thead> (repeated on each printed page) and cell alignment as the .docx.
 */
export function tableHtml(block: TableBlock, inline: (runs: readonly TextRun[]) => string): string {
  const widths = gridWidths(block, TEXT_WIDTH_PX * 100, 100);
  const total = widths.reduce((a, b) => a + b, 0);
  const pct = (w: number) => `${((w / total) * 100).toFixed(2)}%`;
  const styles = [
    total < TEXT_WIDTH_PX * 100 ? `width:${((total / (TEXT_WIDTH_PX * 100)) * 100).toFixed(2)}%;margin-left:auto;margin-right:auto` : '',
    // A table's own size (the 信息公开 tables) overrides the report's table font size.
    block.fontSize ? `font-size:${block.fontSize}pt;line-height:${block.fontSize * 1.5}pt` : '',
  ].filter(Boolean);
  const tableWidth = styles.length ? ` style="${styles.join(';')}"` : '';
  const cols = `<colgroup>${widths.map((w) => `<col style="width:${pct(w)}">`).join('')}</colgroup>`;
  const rowHtml = (r: number) => {
    const cells = block.rows[r]!.map((runs, i) => {
      const m = block.cells[r]![i]!;
      const tag = m.header ? 'th' : 'td';
      const attrs = [m.colSpan > 1 ? ` colspan="${m.colSpan}"` : '', m.rowSpan > 1 ? ` rowspan="${m.rowSpan}"` : ''];
      const style = [m.align ? `text-align:${m.align}` : '', m.vAlign !== 'top' ? `vertical-align:${m.vAlign}` : ''].filter(Boolean);
      return `<${tag}${attrs.join('')}${style.length ? ` style="${style.join(';')}"` : ''}>${inline(runs)}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  };
  const indexes = block.rows.map((_, r) => r);
  const head = indexes.slice(0, block.headerRows).map(rowHtml).join('');
  const body = indexes.slice(block.headerRows).map(rowHtml).join('');
  return `<table${tableWidth}>${cols}${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../electron/services/export/docx-document';
import { defaultExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { BLOCK, bodyLines, docxText, pdfBodyText } from './pdf-measure';
import { proseReport } from './prose-fixtures';
import { docxToPdfFile, pdfLines, type Page } from './render';

/**
 * The .docx as LibreOffice lays it out keeps every character of the report: no 「，」 dropped at a
 * line end, no mark hung past the 156 mm text block (see EAST_ASIAN_PPR in docx-styles.ts).
 */

const core = createTestCore();
afterAll(() => core.close());

/** Where two long texts part, with context. */
function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  return `character ${at} of ${expected.length}: rendered …${actual.slice(Math.max(0, at - 20), at + 20)}… / .docx …${expected.slice(Math.max(0, at - 20), at + 20)}…`;
}

async function render(name: string, chars: number) {
  const docx = await renderDocx(await proseReport(core, chars), defaultExportSettings());
  const pdf = docxToPdfFile(docx, name);
  return { docx, pdf, pages: pdfLines(pdf) };
}

function expectSameText(pages: Page[], expected: string) {
  expect(expected.length).toBeGreaterThan(1000);
  expect(firstDifference(pdfBodyText(pages), expected)).toBeNull();
}

/** Marks past the right edge of the text block (a hung 「，」 sits up to a full character outside). */
const outside = (pages: Page[]) =>
  pages.flatMap((p, i) =>
    bodyLines(p)
      .filter((l) => l.xMax > BLOCK.right + 1)
      .map((l) => `page ${i + 1}: ${l.text} (${(l.xMax - BLOCK.right).toFixed(1)} pt)`),
  );

for (const size of [20_000, 200_000]) {
  describe(`LibreOffice keeps every character of a ${size.toLocaleString('en')}-character report`, () => {
    let r: Awaited<ReturnType<typeof render>>;
    beforeAll(async () => {
      r = await render(`typography-${size / 1000}k`, size);
    }, 300_000);

    it('pdftotext of the render equals the report’s text, punctuation included', async () => {
      const expected = await docxText(r.docx);
      expect(expected.length).toBeGreaterThan(size);
      // Line-end commas are what LibreOffice used to drop: the text has many.
      expect(expected.match(/，/g)!.length).toBeGreaterThan(size / 40);
      expectSameText(r.pages, expected);
    });

    it('no mark outside the 156 mm text block', () => {
      expect(outside(r.pages)).toEqual([]);
    });
  });
}

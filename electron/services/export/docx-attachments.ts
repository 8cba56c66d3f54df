import { Paragraph, type Table } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import { attachmentLabel, attachmentListLines } from '../../../shared/outline';
import type { Section } from '../../../shared/report-schema';
import { toBlocks } from '../../../shared/rich-text';
import { convertBlocks } from './docx-blocks';
import { textRuns } from './docx-runs';
import { CHAR_TWIPS, INDENT_2_CHARS, offGrid, textRun } from './docx-layout';
import { splitTitle } from './title-lines';

/**
 * Attachments (附件) as GB/T 9704-2012 lays them out: the list (附件说明) one blank line after the
 * body, indented 2 characters, a wrapped name aligned under the first character of the names; each
 * attachment on a new page with 「附件1」 in 黑体 at the top left (line 1) and its title centred on line 3.
 */

/** 「附件：」 is 3 characters and 「1.」 about one: names start 5 (one attachment) or 6 characters in. */
export function attachmentListParagraphs(titles: readonly string[], settings: ExportSettings): Paragraph[] {
  if (titles.length === 0) return [];
  const lines = attachmentListLines(titles);
  const nameStart = INDENT_2_CHARS + (titles.length === 1 ? 3 : 4) * CHAR_TWIPS;
  return [
    new Paragraph({ children: [] }),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          indent: { left: nameStart, hanging: nameStart - (i === 0 ? INDENT_2_CHARS : INDENT_2_CHARS + 3 * CHAR_TWIPS) },
          children: textRuns('body', settings, line),
        }),
    ),
  ];
}

function attachmentPage(section: Section, label: string, settings: ExportSettings): Array<Paragraph | Table> {
  const title = splitTitle(section.heading).flatMap((line, i) => textRuns('title', settings, line, { break: i > 0 ? 1 : undefined }));
  return [
    new Paragraph({ pageBreakBefore: true, indent: { firstLine: 0 }, children: [textRun('heading1', settings, label)] }),
    new Paragraph({ children: [] }),
    offGrid(new Paragraph({ style: 'Title', children: title })),
    new Paragraph({ children: [] }),
    ...convertBlocks(toBlocks(section.content), { settings, counters: { 3: 0, 4: 0 } }),
  ];
}

export function attachmentPages(attachments: readonly Section[], settings: ExportSettings): Array<Paragraph | Table> {
  return attachments.flatMap((a, i) => attachmentPage(a, attachmentLabel(i, attachments.length), settings));
}

import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import { fontSlots, PAGE_NUMBER_PT, PT } from './docx-layout';

/** One character of the page number's size: the gap to the text block's edge. */
const ONE_CHAR = PAGE_NUMBER_PT * PT;

/** 「— N —」 in 宋体 四号: odd pages right, even pages left, one character in from the edge. */
function pageNumberFooter(side: 'odd' | 'even', settings: ExportSettings): Footer {
  const font = { ...fontSlots(settings.fonts.pageNumber, settings), hint: 'eastAsia' };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHAR, firstLine: 0 } : { left: ONE_CHAR, firstLine: 0 },
        // Its own exact 14 pt line: the body's 28.95 pt pitch would push the number 1.7 mm up (measured).
        spacing: { before: 0, after: 0, line: PAGE_NUMBER_PT * PT, lineRule: LineRuleType.EXACT },
        children: [
          new TextRun({
            font,
            size: PAGE_NUMBER_PT * 2,
            characterSpacing: 0,
            language: { value: 'en-US', eastAsia: 'zh-CN' },
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

export function pageNumberFooters(settings: ExportSettings) {
  if (!settings.pageNumbers) return undefined;
  return { default: pageNumberFooter('odd', settings), even: pageNumberFooter('even', settings) };
}

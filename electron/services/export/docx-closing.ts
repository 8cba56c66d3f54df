import { AlignmentType, Paragraph } from 'docx';
import { formatChineseDate } from '../../../shared/dates';
import type { ExportSettings } from '../../../shared/export-settings';
import type { Report } from '../../../shared/report-schema';
import { CHAR_TWIPS, INDENT_2_CHARS, PAGE, textRun } from './docx-layout';
import { bodyParagraph } from './docx-runs';
import { displayWidth } from './title-lines';

const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export type ClosingLayout = { signatureRight: number; date: { left: number } | { right: number } };

/**
 * Signature and date of an unsealed document (GB/T 9704-2012 7.3.5.2): the signature 2 characters
 * from the right; the date on the next line, its first character 2 characters right of the
 * signature's. The date is placed by its first character (a left indent), so digit widths do not
 * matter. A date longer than that sits 2 characters from the right and pushes the signature left.
 */
export function closingLayout(signature: string, date: string): ClosingLayout {
  const sig = Math.round(displayWidth(signature) * CHAR_TWIPS);
  const dat = Math.round(displayWidth(date) * CHAR_TWIPS);
  if (sig - INDENT_2_CHARS >= dat) {
    return { signatureRight: INDENT_2_CHARS, date: { left: TEXT_WIDTH - INDENT_2_CHARS - sig + INDENT_2_CHARS } };
  }
  return { signatureRight: 2 * INDENT_2_CHARS + dat - sig, date: { right: INDENT_2_CHARS } };
}

/** 「特此报告。」, then `beforeSignature` (the attachment list), then signature and date. */
export function closingParagraphs(report: Report, settings: ExportSettings, beforeSignature: Paragraph[] = []): Paragraph[] {
  const out: Paragraph[] = [];
  if (settings.closingPhrase) out.push(bodyParagraph([textRun('body', settings, '特此报告。')]));
  out.push(...beforeSignature);
  if (!settings.closing) return out;
  const date = report.reportDate ? formatChineseDate(report.reportDate) : '';
  const layout = closingLayout(report.agency, date);
  // The blank line, the signature and the date stay on one page (never a date alone on the last page).
  out.push(new Paragraph({ children: [], keepNext: true }));
  out.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      keepNext: Boolean(date),
      indent: { right: layout.signatureRight, firstLine: 0 },
      children: [textRun('body', settings, report.agency)],
    }),
  );
  if (!date) return out;
  const byLeft = 'left' in layout.date;
  out.push(
    new Paragraph({
      alignment: byLeft ? AlignmentType.LEFT : AlignmentType.RIGHT,
      indent: { ...layout.date, firstLine: 0 },
      children: [textRun('body', settings, date)],
    }),
  );
  return out;
}

import { Paragraph, type TextRun } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import type { TextRun as RichRun } from '../../../shared/rich-text';
import { INDENT_2_CHARS, textRun, type RunKind } from './docx-layout';

/** Editor runs → Word runs in the paragraph's fonts; a soft line break stays a line break. */
export function richRuns(rich: readonly RichRun[], kind: RunKind, settings: ExportSettings): TextRun[] {
  return rich.flatMap((r) =>
    r.text.split('\n').map((text, i) =>
      textRun(kind, settings, text, {
        break: i > 0 ? 1 : undefined,
        bold: r.bold || undefined,
        italics: r.italic || undefined,
        underline: r.underline ? {} : undefined,
      }),
    ),
  );
}

export function bodyParagraph(children: TextRun[]): Paragraph {
  return new Paragraph({ children, indent: { firstLine: INDENT_2_CHARS } });
}

/** A number the user typed at the start of a heading is dropped: the exporter numbers headings. */
const LEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])\s*/;

export function stripLeadingNumber(text: string): string {
  return text.replace(LEADING_NUMBER, '');
}

export function stripRunsNumber(runs: readonly RichRun[]): RichRun[] {
  const [first, ...rest] = runs;
  return first ? [{ ...first, text: stripLeadingNumber(first.text) }, ...rest] : [];
}

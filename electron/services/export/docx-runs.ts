import { Paragraph, type TextRun } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import type { TextRun as RichRun } from '../../../shared/rich-text';
import { type IRunOptions } from 'docx';
import { INDENT_2_CHARS, runFormat, textRun, type RunKind } from './docx-layout';

/**
 * Marks both scripts share: quotes, 间隔号, ellipsis, dash. Word gives them the Chinese font by
 * w:hint="eastAsia"; LibreOffice ignores the hint and gives a mark after a digit the Latin font
 * (a half-width ” in 「“3·15”」). In runs of their own with the Chinese font in every slot, both
 * (and the print CSS, where only ASCII takes the Latin font) set them full-width.
 */
const SHARED_MARKS = /([“”‘’·…—]+)/;

/** Text → runs of the kind's fonts, the shared marks in runs whose every font slot is the Chinese one. */
export function textRuns(kind: RunKind, settings: ExportSettings, text: string, extra: IRunOptions = {}): TextRun[] {
  const { eastAsia } = runFormat(kind, settings).font as { eastAsia: string };
  const chinese = { ascii: eastAsia, hAnsi: eastAsia, cs: eastAsia, eastAsia, hint: 'eastAsia' };
  const pieces = text.split(SHARED_MARKS).filter((t, i) => t !== '' || i === 0);
  return pieces.map((piece, i) => {
    const opts: IRunOptions = { ...extra, ...(i > 0 ? { break: undefined } : {}) };
    return textRun(kind, settings, piece, SHARED_MARKS.test(piece) ? { ...opts, font: chinese } : opts);
  });
}

/** Editor runs → Word runs in the paragraph's fonts; a soft line break stays a line break. */
export function richRuns(rich: readonly RichRun[], kind: RunKind, settings: ExportSettings): TextRun[] {
  return rich.flatMap((r) =>
    r.text.split('\n').flatMap((text, i) =>
      textRuns(kind, settings, text, {
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

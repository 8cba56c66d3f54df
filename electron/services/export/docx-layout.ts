import { LineRuleType, OnOffElement, type Paragraph, TextRun, type IRunOptions } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';

/** GB/T 9704-2012 page geometry and type sizes, in the units Word files use. */

const MM = 56.6929; // twips per millimetre
export const PT = 20; // twips per point
export const BODY_PT = 16; // 三号
export const TITLE_PT = 22; // 二号
export const PAGE_NUMBER_PT = 14; // 四号

export const PAGE = {
  width: 11906,
  height: 16838,
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
  /**
   * Footer bottom edge from the page edge: puts the dashes of 「— N —」 (the line GB/T 9704 7.5
   * measures, 「一字线上距版心下边缘7 mm」) 7 mm below the text block. Measured on the ink of the
   * LibreOffice render: 23 mm put the dashes 9.9 mm below.
   */
  footer: Math.round(25.9 * MM),
  header: Math.round(15 * MM),
};

/** Line-only grid: LibreOffice then lays out 22 lines; the character grid Word templates use gives 20 chars there. */
export const LINE_PITCH = 579;

/** LibreOffice snaps lines to the grid even with exact spacing: the grid follows the line-spacing setting. */
export function linePitch(settings: ExportSettings): number {
  return settings.lineSpacing === 28.95 ? LINE_PITCH : Math.round(settings.lineSpacing * PT);
}
/** Body runs condensed by 0.25 pt so that 28 characters of 16 pt fit the 156 mm line (measured). */
export const CONDENSE_TWIPS = -5;
/** One character of body text as laid out (16 pt − 0.25 pt). */
export const CHAR_TWIPS = BODY_PT * PT + CONDENSE_TWIPS;
export const INDENT_2_CHARS = 2 * CHAR_TWIPS;

export type FontSlots = { ascii: string; hAnsi: string; cs: string; eastAsia: string; hint?: string };

/** East Asian name in the eastAsia slot, the Latin/digit font in the others. */
export function fontSlots(eastAsia: string, settings: ExportSettings): FontSlots {
  const latin = settings.fonts.latin;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia };
}

export type RunKind = 'title' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'table';

export function runFormat(kind: RunKind, settings: ExportSettings): IRunOptions {
  const { fonts } = settings;
  const eastAsia = { title: fonts.title, heading1: fonts.heading1, heading2: fonts.heading2 }[kind as string] ?? fonts.body;
  const size = kind === 'title' ? TITLE_PT : kind === 'table' ? settings.tableFontSize : BODY_PT;
  const isHeading = kind.startsWith('heading');
  return {
    // hint eastAsia: “”‘’…… and other marks shared by both scripts take the Chinese font, not Times New Roman.
    font: { ...fontSlots(eastAsia, settings), hint: 'eastAsia' },
    size: size * 2,
    sizeComplexScript: size * 2,
    characterSpacing: kind === 'title' ? undefined : CONDENSE_TWIPS,
    bold: isHeading && settings.boldHeadings ? true : undefined,
    language: { value: 'en-US', eastAsia: 'zh-CN' },
  };
}

/** One text run with the fonts of its paragraph kind written explicitly (Word, WPS and LibreOffice agree then). */
export function textRun(kind: RunKind, settings: ExportSettings, text: string, extra: IRunOptions = {}): TextRun {
  return new TextRun({ ...runFormat(kind, settings), ...extra, text } as IRunOptions);
}

export function exactSpacing(settings: ExportSettings) {
  return { line: Math.round(settings.lineSpacing * PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

/** pPr children that must come after w:snapToGrid (ECMA-376 CT_PPr order). */
const AFTER_SNAP = new Set([
  'w:spacing',
  'w:ind',
  'w:contextualSpacing',
  'w:mirrorIndents',
  'w:suppressOverlap',
  'w:jc',
  'w:textDirection',
  'w:textAlignment',
  'w:textboxTightWrap',
  'w:outlineLvl',
  'w:divId',
  'w:cnfStyle',
  'w:rPr',
  'w:sectPr',
  'w:pPrChange',
]);

/**
 * Takes a paragraph off the line grid. A 22 pt title line is taller than one grid line, and
 * LibreOffice would give it two; off the grid it keeps the fixed line spacing. docx has no option
 * for the paragraph-level w:snapToGrid (LibreOffice ignores the run-level one), so it is inserted
 * in schema order.
 */
export function offGrid(paragraph: Paragraph): Paragraph {
  const pPr = (paragraph as unknown as { properties: { root: Array<{ rootKey?: string }> } }).properties;
  const at = pPr.root.findIndex((c) => AFTER_SNAP.has(c.rootKey ?? ''));
  const flag = new OnOffElement('w:snapToGrid', false) as unknown as { rootKey?: string };
  if (at < 0) pPr.root.push(flag);
  else pPr.root.splice(at, 0, flag);
  return paragraph;
}

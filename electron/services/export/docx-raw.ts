import { Paragraph, TextRun } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import type { TextRun as RichRun } from '../../../shared/rich-text';
import { INDENT_2_CHARS, runFormat, type RunKind } from './docx-layout';
import { LANG } from './docx-styles';

/**
 * Body paragraphs written as XML text. They are most of a report, and building them through
 * docx's object model took most of the export time (a 200,000-character report: ~1.5 s of
 * objects and garbage). Each one goes into the document as a placeholder paragraph that
 * packDocx replaces with its XML, written here exactly as docx would write it.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// As docx writes text: quotes escaped too; characters XML 1.0 does not allow dropped.
// eslint-disable-next-line no-control-regex
const escapeText = (s: string) => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
const escapeAttr = escapeText;

/** Marks both scripts share, in runs whose every font slot is the Chinese font (see docx-runs.ts). */
const SHARED_MARKS = /([“”‘’·…—]+)/;

interface Fonts {
  latin: string;
  chinese: string;
}

function fontsOf(kind: RunKind, settings: ExportSettings): { rest: string; fonts: Fonts } {
  const f = runFormat(kind, settings);
  const font = f.font as { ascii: string; eastAsia: string };
  const spacing = f.characterSpacing === undefined ? '' : `<w:spacing w:val="${f.characterSpacing}"/>`;
  return {
    fonts: { latin: escapeAttr(font.ascii), chinese: escapeAttr(font.eastAsia) },
    rest: `${spacing}<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>`,
  };
}

const rFonts = (ascii: string, eastAsia: string) =>
  `<w:rFonts w:ascii="${ascii}" w:cs="${ascii}" w:eastAsia="${eastAsia}" w:hAnsi="${ascii}" w:hint="eastAsia"/>`;
const LANG_XML = `<w:lang w:val="${LANG.value}" w:eastAsia="${LANG.eastAsia}"/>`;

/** Word runs of editor runs in the paragraph kind's fonts, as richRuns (docx-runs.ts) builds them. */
export function runsXml(rich: readonly RichRun[], kind: RunKind, settings: ExportSettings): string {
  const { rest, fonts } = fontsOf(kind, settings);
  let out = '';
  for (const r of rich) {
    const bold = r.bold ? '<w:b/><w:bCs/>' : '';
    const italic = r.italic ? '<w:i/><w:iCs/>' : '';
    const underline = r.underline ? '<w:u w:val="single"/>' : '';
    r.text.split('\n').forEach((line, i) => {
      const pieces = line.split(SHARED_MARKS).filter((t, j) => t !== '' || j === 0);
      pieces.forEach((piece, j) => {
        const font = SHARED_MARKS.test(piece) ? rFonts(fonts.chinese, fonts.chinese) : rFonts(fonts.latin, fonts.chinese);
        const br = i > 0 && j === 0 ? '<w:br/>' : '';
        out += `<w:r><w:rPr>${font}${bold}${italic}${rest}${underline}${LANG_XML}</w:rPr>${br}<w:t xml:space="preserve">${escapeText(piece)}</w:t></w:r>`;
      });
    });
  }
  return out;
}

/** A body paragraph (first line indented 2 characters) of these runs. */
export function bodyParagraphXml(runs: string): string {
  return `<w:p><w:pPr><w:ind w:firstLine="${INDENT_2_CHARS}"/></w:pPr>${runs}</w:p>`;
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /<w:p><w:r><w:t xml:space="preserve">\uE000(\d+)\uE001<\/w:t><\/w:r><\/w:p>/g;

/** The paragraphs of one export written as XML, and their placeholders in the document. */
export class RawParagraphs {
  private readonly xml: string[] = [];

  add(xml: string): Paragraph {
    this.xml.push(xml);
    return new Paragraph({ children: [new TextRun(`${OPEN}${this.xml.length - 1}${CLOSE}`)] });
  }

  fill(documentXml: string): string {
    return documentXml.replace(PLACEHOLDER, (_, i: string) => this.xml[Number(i)]!);
  }

  get size(): number {
    return this.xml.length;
  }
}

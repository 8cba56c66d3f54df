import type { ExportSettings } from '../../../shared/export-settings';
import { exactSpacing, INDENT_2_CHARS, runFormat, type RunKind } from './docx-layout';

/**
 * word/styles.xml written in full: the document defaults (East Asian typography as 公文 templates
 * set it), Normal, Title and Heading 1–4, and the character styles Word's own parts refer to.
 * Nothing else: no unused Heading 5/6, list or TOC styles, no reference to an undefined style.
 */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Line breaking of East Asian text, chosen deliberately (the print CSS does the same):
 * - kinsoku on: no 「，」 or 「。」 at a line start, no 「“」 at a line end;
 * - no hanging punctuation: a mark that does not fit moves to the next line with the character
 *   before it. LibreOffice's DOCX import reads w:overflowPunct inverted (writerfilter sets
 *   ParaIsHangingPunctuation = (val == 0), every version to date): with val="0", or with the element
 *   left out, it hangs marks 16 pt past the text block and drops some of them from its PDF. val="1"
 *   is what turns hanging off there. Word's default when the element is left out is the same "on",
 *   so for Word this changes nothing (Word hangs a mark that ends a full line into the margin, as in
 *   any document made with the Chinese Word defaults);
 * - autoSpaceDE/DN off: no automatic space between Chinese and Latin letters or digits (Word, WPS;
 *   LibreOffice 7.4 ignores these two elements and keeps its own spacing);
 * - no punctuation compression (settings.xml characterSpacingControl doNotCompress): every mark
 *   is one full character, so a line holds 28 characters whatever its punctuation.
 */
export const EAST_ASIAN_PPR =
  '<w:kinsoku/><w:overflowPunct w:val="1"/><w:topLinePunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';

/** w:lang of every run: Latin text en-US, East Asian text zh-CN. */
export const LANG = { value: 'en-US', eastAsia: 'zh-CN' } as const;

function spacingXml(settings: ExportSettings): string {
  const s = exactSpacing(settings);
  return `<w:spacing w:after="0" w:before="0" w:line="${s.line}" w:lineRule="exact"/>`;
}

/** rPr of a paragraph kind, in CT_RPr element order. */
export function runPropertiesXml(kind: RunKind, settings: ExportSettings, bold?: boolean): string {
  const f = runFormat(kind, settings);
  const font = f.font as { ascii: string; cs: string; eastAsia: string; hAnsi: string };
  const parts = [
    `<w:rFonts w:ascii="${esc(font.ascii)}" w:cs="${esc(font.cs)}" w:eastAsia="${esc(font.eastAsia)}" w:hAnsi="${esc(font.hAnsi)}" w:hint="eastAsia"/>`,
    bold === undefined ? '' : bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>',
    bold === undefined ? '' : '<w:i w:val="false"/>',
    bold === undefined ? '' : '<w:color w:val="000000"/>',
    f.characterSpacing === undefined ? '' : `<w:spacing w:val="${f.characterSpacing}"/>`,
    `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/>`,
    `<w:lang w:val="${LANG.value}" w:eastAsia="${LANG.eastAsia}"/>`,
  ];
  return `<w:rPr>${parts.join('')}</w:rPr>`;
}

function headingStyleXml(level: 1 | 2 | 3 | 4, settings: ExportSettings): string {
  const kind = `heading${level}` as RunKind;
  return (
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/>${spacingXml(settings)}<w:ind w:firstLine="${INDENT_2_CHARS}"/><w:jc w:val="both"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `${runPropertiesXml(kind, settings, settings.boldHeadings)}</w:style>`
  );
}

export function stylesXml(settings: ExportSettings): string {
  const body = runPropertiesXml('body', settings);
  const title = runPropertiesXml('title', settings, false);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NS}">` +
    // No widow control: official documents fill every page to its 22 lines.
    `<w:docDefaults><w:rPrDefault>${body}</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="false"/>${EAST_ASIAN_PPR}${spacingXml(settings)}<w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="false"/>${EAST_ASIAN_PPR}${spacingXml(settings)}<w:jc w:val="both"/></w:pPr>${body}</w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:keepNext/>${spacingXml(settings)}<w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>${title}</w:style>` +
    ([1, 2, 3, 4] as const).map((l) => headingStyleXml(l, settings)).join('') +
    // Referred to by the footnote and endnote separators docx writes.
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `</w:styles>`
  );
}

import type { ExportSettings } from '../../../shared/export-settings';
import type { ReportDetail } from '../../../shared/report-schema';
import { escapeHtml, reportBodyHtml } from './html';
import { splitTitle } from './title-lines';

/**
 * The report as one print-layout HTML page for Chromium's print-to-PDF (Electron window, headless
 * Chromium/Edge): the web export's body (same headings, paragraphs, tables, closing, in the same
 * order) under CSS for GB/T 9704-2012: A4, margins 37/35/28/26 mm, 22 lines × 28 characters, the
 * fonts per level and 「— N —」 page numbers in CSS page-margin boxes. No scripts, nothing remote:
 * fonts are the reader's installed ones, named as on Windows, UOS/Kylin and Debian.
 */

/**
 * East Asian line breaking as the .docx sets it (docx-styles.ts EAST_ASIAN_PPR, settings.xml):
 * every punctuation mark a full character, also at a line start and next to another mark
 * (Chromium otherwise trims 「（」 at a line start and the first of 「）》」); no automatic space
 * between Chinese and digits or Latin letters; no hanging punctuation (Chromium has none);
 * kinsoku by the strict rules.
 */
const EAST_ASIAN_CSS = 'text-spacing-trim:space-all;text-autospace:no-autospace;line-break:strict;word-break:normal';

/**
 * The line as the .docx has it: 11906 − 1587 − 1474 = 8845 twips (442.25 pt), less 0.15 pt:
 * Chromium rounds the page's content box to whole pixels (590 px = 442.5 pt) and sets a line
 * about 0.1 pt narrower than Word and LibreOffice, who round each glyph to whole twips; without
 * this it fits lines they break.
 */
const TEXT_WIDTH_PT = 8845 / 20 - 0.15;

/** Body text is condensed by 0.25 pt, as in the .docx: 28 × 15.75 pt = 441 pt fits the 156 mm (442.2 pt) line, 29 do not. */
export const CONDENSE_PT = 0.25;
const CHAR_PT = 16 - CONDENSE_PT;
const INDENT = `${2 * CHAR_PT}pt`;
/**
 * Top of the page-number box below the text block. GB/T 9704 7.5 puts the dashes of 「— N —」 7 mm
 * below the text block; the dash sits 2.7 mm below the top of a 14 pt line box (measured on the
 * ink of Chromium's PDF: a 7 mm box top put the dashes 9.7 mm below).
 */
export const PAGE_NUMBER_BOX_TOP_MM = 4.3;

const quote = (name: string) => `"${name.replace(/["\\<>]/g, '')}"`;

/** Official name first (the setting), then the same face as other systems name it, then free look-alikes. */
const FALLBACKS = {
  title: [
    '方正小标宋简体',
    '方正小标宋_GBK',
    'FZXiaoBiaoSong-B05S',
    'FZXiaoBiaoSong-B05',
    '小标宋',
    'NianbaoTitle',
    '华文中宋',
    'STZhongsong',
  ],
  body: [
    '仿宋_GB2312',
    '仿宋',
    'FangSong',
    'FangSong_GB2312',
    '方正仿宋_GBK',
    '华文仿宋',
    'STFangsong',
    'Noto Serif CJK SC',
    'Source Han Serif SC',
  ],
  heading1: ['黑体', 'SimHei', '方正黑体_GBK', '华文黑体', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei'],
  heading2: ['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312', '方正楷体_GBK', '华文楷体', 'STKaiti', 'AR PL UKai CN', 'AR PL UKai'],
  pageNumber: ['宋体', 'SimSun', 'NSimSun', '方正书宋_GBK', '华文宋体', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC'],
} as const;
const GENERIC = { title: 'serif', body: 'serif', heading1: 'sans-serif', heading2: 'serif', pageNumber: 'serif' } as const;

type FontRole = keyof typeof FALLBACKS;
type ExportFonts = ExportSettings['fonts'];

/** Digits and Latin letters in the Latin font (NianbaoLatin covers ASCII only, so CJK punctuation stays full-width). */
function fontFamily(role: FontRole, fonts: ExportFonts): string {
  const names = [fonts[role], ...FALLBACKS[role].filter((n) => n !== fonts[role])];
  return ['NianbaoLatin', ...names.map(quote), GENERIC[role]].join(',');
}

/**
 * Local faces only: the Latin font limited to ASCII, and the bold Noto/Source Han Serif that
 * stands in for 小标宋 where it is missing (a bold weight on 小标宋 itself would be faked bold).
 */
function fontFaces(fonts: ExportFonts): string {
  const latin = [fonts.latin, 'Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif'];
  const local = (names: readonly string[]) => [...new Set(names)].map((n) => `local(${quote(n)})`).join(',');
  return `@font-face{font-family:NianbaoLatin;src:${local(latin)};unicode-range:U+0020-007E}
@font-face{font-family:NianbaoTitle;src:${local(['Noto Serif CJK SC Bold', 'NotoSerifCJKsc-Bold', 'Source Han Serif SC Bold', 'SourceHanSerifSC-Bold'])}}`;
}

/** 「— N —」 宋体 14 pt, odd pages right and even pages left, one character in from the text block. */
function pageNumberCss(settings: ExportSettings): string {
  if (!settings.pageNumbers) return '';
  const box = `content:"— " counter(page) " —";font-family:${fontFamily('pageNumber', settings.fonts)};font-size:14pt;line-height:14pt;letter-spacing:0;vertical-align:top;padding-top:${PAGE_NUMBER_BOX_TOP_MM}mm`;
  return `@page :right{@bottom-right{${box};text-align:right;padding-right:14pt}}
@page :left{@bottom-left{${box};text-align:left;padding-left:14pt}}`;
}

export function printCss(settings: ExportSettings): string {
  const { fonts, lineSpacing } = settings;
  const pitch = `${lineSpacing}pt`;
  const weight = settings.boldHeadings ? 'bold' : 'normal';
  const table = `${settings.tableFontSize}pt`;
  return `${fontFaces(fonts)}
@page{size:A4;margin:37mm 26mm 35mm 28mm}
${pageNumberCss(settings)}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;width:${TEXT_WIDTH_PT}pt;color:#000;font-family:${fontFamily('body', fonts)};font-size:16pt;line-height:${pitch};letter-spacing:-${CONDENSE_PT}pt;text-align:justify;orphans:1;widows:1;font-kerning:none;${EAST_ASIAN_CSS}}
h1{margin:0 0 ${pitch};font-family:${fontFamily('title', fonts)};font-size:22pt;font-weight:normal;letter-spacing:0;text-align:center;line-height:${pitch}}
h2,h3,h4,h5{margin:0;font-size:16pt;line-height:${pitch};text-indent:${INDENT};font-weight:${weight};break-after:avoid}
h2{font-family:${fontFamily('heading1', fonts)}}h3{font-family:${fontFamily('heading2', fonts)}}
.run-in .h4{font-weight:${weight}}
p{margin:0;text-indent:${INDENT}}
.pg{margin-left:${CONDENSE_PT}pt}.nb{white-space:nowrap}
table{width:100%;border-collapse:collapse;table-layout:fixed;font-size:${table};line-height:${settings.tableFontSize * 1.5}pt;letter-spacing:0}
th,td{border:0.75pt solid #000;padding:0 0.3em;text-align:left;vertical-align:top;font-weight:normal}th{text-align:center}
tr{break-inside:avoid}
.closing{width:fit-content;margin:${pitch} ${INDENT} 0 auto;break-inside:avoid}
.closing p{text-indent:0;text-align:left;white-space:nowrap}.closing .date{padding-left:${INDENT}}
${attachmentCss(settings)}`;
}

/**
 * Attachments (附件), in the web export's markup: the list one blank line after the body, 2
 * characters in, later lines under the names; each attachment on a new page, 「附件1」 in 黑体 on
 * line 1 and its title in the title font centred on line 3, then a blank line (GB/T 9704 7.3.4, 8).
 */
function attachmentCss(settings: ExportSettings): string {
  const pitch = `${settings.lineSpacing}pt`;
  // Hanging indents as in the .docx: names start 6 characters in (5 for a lone attachment), so a
  // wrapped name lines up under the first character of the names.
  return `p.attachment-list{padding-left:${6 * CHAR_PT}pt;text-indent:-${4 * CHAR_PT}pt}:not(.attachment-list)+p.attachment-list{margin-top:${pitch}}
p.attachment-list+p.attachment-list{text-indent:-${CHAR_PT}pt}p.attachment-list.single{padding-left:${5 * CHAR_PT}pt;text-indent:-${3 * CHAR_PT}pt}
section.attachment{break-before:page}p.attachment-label{text-indent:0;font-family:${fontFamily('heading1', settings.fonts)}}
h2.attachment-title{margin:${pitch} 0;font-family:${fontFamily('title', settings.fonts)};font-size:22pt;font-weight:normal;letter-spacing:0;text-align:center;text-indent:0}`;
}

/**
 * Break opportunities around Chinese quotation marks. Chromium breaks lines by UAX #14, which
 * forbids a break on either side of “”‘’ (class QU); Word, WPS and LibreOffice break Chinese text
 * before an opening and after a closing quotation mark (kinsoku keeps “ off a line end and ” off a
 * line start). Without these, 「围绕“3·27”」 moves to the next line whole and the pages drift.
 */
export function quoteBreaks(html: string): string {
  return html.replace(/([“‘])/g, '<wbr>$1').replace(/([”’])/g, '$1<wbr>');
}

/** Runs the .docx writes with fonts of their own: Latin letters and digits (Times New Roman), and the shared marks (docx-runs.ts). */
const PORTION = /([“”‘’·…—]+|[!-;=?-~]+)/;

/**
 * Word processors condense text by the character spacing of each run except after a run's last
 * character (measured on LibreOffice: every change between Chinese text, figures and the marks
 * that have runs of their own takes 0.25 pt more than Chromium's letter-spacing gives it). An
 * empty box 0.25 pt wide at each such change gives Chromium's lines the same width, so they break
 * where the .docx's lines break.
 */
export function portionGaps(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 1 || part === '') return part;
      const pieces = part.split(PORTION).filter((p) => p !== '');
      return pieces.map((p, j) => (j < pieces.length - 1 ? `${p}<span class="pg"></span>` : p)).join('');
    })
    .join('');
}

/**
 * No line break between a closing mark and the figure or Latin word after it (「，2023年」
 * 「）2」): LibreOffice keeps them together (measured: it breaks after 「；」 before a figure, not
 * after 「，。、）》」); Chromium would break there.
 */
export function closingMarkJoins(html: string): string {
  return html.replace(/([，。、）》〕】」』])(<span class="pg"><\/span>)([0-9A-Za-z])/g, '<span class="nb">$1$2$3</span>');
}

/** `stamp`: a 定稿 export names its version in the PDF's title (the .docx keeps it in its properties). */
export function renderPrintHtml(detail: ReportDetail, settings: ExportSettings, stamp?: { label?: string }): string {
  const { report } = detail;
  const title = splitTitle(report.title).map(escapeHtml).join('<br>');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src 'none'">
<title>${escapeHtml(stamp?.label ? `${report.title}（${stamp.label}）` : report.title)}</title>
<style>${printCss(settings)}</style>
</head>
<body>
<h1>${title}</h1>
${quoteBreaks(closingMarkJoins(portionGaps(reportBodyHtml(detail, settings).join('\n'))))}
</body>
</html>
`;
}

import { type Document, Packer } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import { fontTableXml } from './docx-fonts';
import type { RawParagraphs } from './docx-raw';
import { stylesXml } from './docx-styles';
import { zipFiles } from './zip-writer';

/**
 * Packs the document docx built, with the parts we write ourselves put in place of docx's: styles,
 * the font table, the settings (no punctuation compression, zh-CN theme language), an empty
 * numbering part (heading numbers are literal text) and the page-number footers with a cached
 * result. The parts are replaced before zipping, so the document is compressed once.
 */

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

type Compiler = { compile(file: Document, prettify?: unknown, overrides?: unknown[]): Map<string, string | Uint8Array> };
const compiler = (Packer as unknown as { compiler: Compiler }).compiler;

export function settingsXml(settings: ExportSettings): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="${W_NS}">` +
    `<w:defaultTabStop w:val="420"/>${settings.pageNumbers ? '<w:evenAndOddHeaders/>' : ''}` +
    // Every punctuation mark one full character wide, as in the print CSS (text-spacing-trim: space-all).
    `<w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`
  );
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W_NS}"/>`;

/**
 * A PAGE field with a cached result: previewers that do not compute fields (file managers, mail,
 * WPS's quick view) show 「— 1 —」 instead of 「—  —」. Word and LibreOffice recompute it per page.
 */
export function withCachedPageNumber(footer: string, cached: number): string {
  return footer.replace(
    /(<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>)/,
    (run: string, _all: string, rPr: string | undefined) => `${run}<w:r>${rPr ?? ''}<w:t>${cached}</w:t></w:r>`,
  );
}

export function packDocx(doc: Document, settings: ExportSettings, raw?: RawParagraphs): Buffer {
  const files = compiler.compile(doc);
  const document = files.get('word/document.xml');
  if (raw && raw.size > 0 && typeof document === 'string') files.set('word/document.xml', raw.fill(document));
  files.set('word/styles.xml', stylesXml(settings));
  files.set('word/fontTable.xml', fontTableXml(settings));
  files.set('word/settings.xml', settingsXml(settings));
  files.set('word/numbering.xml', NUMBERING);
  for (const [path, data] of files) {
    // The odd pages' footer is right-aligned and caches 1, the even pages' caches 2.
    if (/^word\/footer\d+\.xml$/.test(path) && typeof data === 'string') {
      files.set(path, withCachedPageNumber(data, data.includes('<w:jc w:val="right"/>') ? 1 : 2));
    }
  }
  // The font table refers to no embedded fonts.
  files.delete('word/_rels/fontTable.xml.rels');
  // Node's native DEFLATE at its fastest level: a 200,000-character report packs in a few tens of ms.
  return zipFiles([...files].map(([path, data]) => [path, typeof data === 'string' ? Buffer.from(data, 'utf8') : data]));
}

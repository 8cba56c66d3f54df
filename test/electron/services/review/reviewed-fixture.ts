import JSZip from 'jszip';

/**
 * Builds a reviewed .docx the way Word or WPS saves one: starting from Nianbao's own export, chosen
 * paragraphs are rewritten with hand-built WordprocessingML (w:ins / w:del / w:moveFrom / w:moveTo,
 * comment ranges), comments.xml and commentsExtended.xml are added, docProps/core.xml names the
 * last editor. The WPS dialect adds WPS's own namespace, attributes and elements, local-time dates
 * and no w14 paraIds on body paragraphs, as WPS writes them.
 */

export type Dialect = 'word' | 'wps';

export interface FixtureComment {
  id: number;
  author: string;
  date: string;
  text: string;
  /** The id of the comment this one replies to. */
  replyTo?: number;
  done?: boolean;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WPS_NS = 'http://www.wps.cn/officeDocument/2013/wpsCustomData';
const paraId = (id: number) => (0x20000000 + id).toString(16).toUpperCase();

export const run = (text: string) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
export const ins = (id: number, author: string, date: string, text: string) =>
  `<w:ins w:id="${id}" w:author="${author}" w:date="${date}">${run(text)}</w:ins>`;
export const del = (id: number, author: string, date: string, text: string) =>
  `<w:del w:id="${id}" w:author="${author}" w:date="${date}"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
export const commentStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
export const commentEnd = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/** Replaces the first paragraph (or table-cell paragraph) containing `find` with new runs. */
function replaceParagraph(xml: string, find: string, inner: string, dialect: Dialect): string {
  const at = xml.indexOf(find);
  if (at < 0) throw new Error(`fixture: no paragraph with ${find}`);
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  const old = xml.slice(start, end);
  const pPr = /<w:pPr>.*?<\/w:pPr>/.exec(old)?.[0] ?? '';
  const open = dialect === 'wps' ? '<w:p w:rsidR="00A1B2C3" wpsCustomData:paraId="7">' : `<w:p w14:paraId="${paraId(at % 1000)}">`;
  const extra = dialect === 'wps' ? '<wpsCustomData:docMark wpsCustomData:v="1"/>' : '';
  return xml.slice(0, start) + open + pPr + extra + inner + '</w:p>' + xml.slice(end);
}

/** Inserts a whole new paragraph after the one containing `find`. */
function insertParagraphAfter(xml: string, find: string, inner: string): string {
  const at = xml.indexOf(find);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return `${xml.slice(0, end)}<w:p>${inner}</w:p>${xml.slice(end)}`;
}

function commentsXml(comments: FixtureComment[], dialect: Dialect): string {
  const body = comments
    .map((c) => {
      const p = dialect === 'wps' ? '<w:p>' : `<w:p w14:paraId="${paraId(c.id)}">`;
      const lastP = `<w:p w14:paraId="${paraId(c.id)}">`;
      return `<w:comment w:id="${c.id}" w:author="${c.author}" w:date="${c.date}" w:initials="${c.author.slice(0, 1)}">${dialect === 'wps' ? lastP : p}${run(c.text)}</w:p></w:comment>`;
    })
    .join('');
  const wps = dialect === 'wps' ? ` xmlns:wpsCustomData="${WPS_NS}"` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"${wps}>${body}</w:comments>`;
}

function extendedXml(comments: FixtureComment[], dialect: Dialect): string {
  // WPS writes the same part with a prefix of its own choosing; only the namespace matters.
  const pre = dialect === 'wps' ? 'x15' : 'w15';
  const items = comments
    .map((c) => {
      const parent = c.replyTo === undefined ? '' : ` ${pre}:paraIdParent="${paraId(c.replyTo)}"`;
      return `<${pre}:commentEx ${pre}:paraId="${paraId(c.id)}"${parent} ${pre}:done="${c.done ? 1 : 0}"/>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${pre}:commentsEx xmlns:${pre}="http://schemas.microsoft.com/office/word/2012/wordml">${items}</${pre}:commentsEx>`;
}

export interface ReviewEdits {
  paragraphs: Array<{ find: string; inner: string }>;
  newParagraphs?: Array<{ after: string; inner: string }>;
  comments: FixtureComment[];
  lastModifiedBy: string;
}

export async function reviewedDocx(exported: Buffer, edits: ReviewEdits, dialect: Dialect): Promise<Buffer> {
  const zip = await JSZip.loadAsync(exported);
  let xml = await zip.file('word/document.xml')!.async('string');
  if (!xml.includes('xmlns:w14='))
    xml = xml.replace('<w:document ', '<w:document xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ');
  if (dialect === 'wps') xml = xml.replace('<w:document ', `<w:document xmlns:wpsCustomData="${WPS_NS}" `);
  for (const e of edits.paragraphs) xml = replaceParagraph(xml, e.find, e.inner, dialect);
  for (const e of edits.newParagraphs ?? []) xml = insertParagraphAfter(xml, e.after, e.inner);
  zip.file('word/document.xml', xml);
  zip.file('word/comments.xml', commentsXml(edits.comments, dialect));
  zip.file('word/commentsExtended.xml', extendedXml(edits.comments, dialect));
  let rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  rels = rels.replace(
    '</Relationships>',
    '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>' +
      '<Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
  );
  zip.file('word/_rels/document.xml.rels', rels);
  let core = await zip.file('docProps/core.xml')!.async('string');
  core = core
    .replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/, '')
    .replace('</cp:coreProperties>', `<cp:lastModifiedBy>${edits.lastModifiedBy}</cp:lastModifiedBy></cp:coreProperties>`);
  zip.file('docProps/core.xml', core);
  return zip.generateAsync({ type: 'nodebuffer' });
}

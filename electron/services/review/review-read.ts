import JSZip from 'jszip';
import { AppError } from '../app-error';
import { assertSafeZip } from '../import/zip-guard';
import { SOURCE_PROPERTY } from './export-source';
import { attr, attrIn, descendants, elementChildren, isW, NS, parseXml, wChildren } from './ooxml';
import { bodyUnits, readParagraph, type BodyUnit } from './paragraph-read';

/**
 * Opens a reviewed .docx (untrusted input): size limit, the zip-bomb guard, then each part through
 * the XML parser. Returns the body's paragraphs as read with their revisions, the comments with their
 * reply links, the export's custom properties and who saved the file last.
 */

export const MAX_REVIEW_FILE_BYTES = 50 * 1024 * 1024;
const MAX_PART_CHARS = 80 * 1024 * 1024;

export interface FileComment {
  id: string;
  author: string;
  date: string;
  text: string;
  paraId: string;
  parentParaId: string;
  done: boolean;
}

export interface ReviewedFile {
  properties: Record<string, string>;
  lastModifiedBy: string;
  modified: string;
  units: BodyUnit[];
  comments: FileComment[];
}

const NOT_DOCX = '这个文件不是有效的 Word（.docx）文件，可能已损坏或只是改了扩展名。请在 Word 或 WPS 中打开后另存为 .docx 再导入。';

async function part(zip: JSZip, name: string): Promise<string | null> {
  const file = zip.file(name);
  if (!file) return null;
  const text = await file.async('string');
  if (text.length > MAX_PART_CHARS) throw new AppError('TOO_LARGE', '审阅稿的内容异常庞大，已拒绝导入。');
  return text;
}

function customProperties(xml: string | null): Record<string, string> {
  if (!xml) return {};
  const out: Record<string, string> = {};
  for (const p of elementChildren(parseXml(xml).documentElement)) {
    if (p.localName !== 'property' || p.namespaceURI !== NS.custom) continue;
    const name = p.getAttribute('name');
    if (name) out[name] = (elementChildren(p)[0]?.textContent ?? '').trim();
  }
  return out;
}

function coreProperty(xml: string | null, local: string): string {
  if (!xml) return '';
  return descendants(parseXml(xml).documentElement, (e) => e.localName === local)[0]?.textContent?.trim() ?? '';
}

function readComments(commentsXml: string | null, extendedXml: string | null): FileComment[] {
  if (!commentsXml) return [];
  const extended = new Map<string, { parent: string; done: boolean }>();
  if (extendedXml) {
    for (const ex of descendants(parseXml(extendedXml).documentElement, (e) => e.localName === 'commentEx')) {
      const any = [NS.w15, ...(ex.namespaceURI ? [ex.namespaceURI] : [])];
      extended.set(attrIn(ex, any, 'paraId'), { parent: attrIn(ex, any, 'paraIdParent'), done: attrIn(ex, any, 'done') === '1' });
    }
  }
  return wChildren(parseXml(commentsXml).documentElement, 'comment').map((c) => {
    const ps = descendants(c, (e) => isW(e, 'p'));
    const paraId = ps.length ? attrIn(ps[ps.length - 1]!, [NS.w14], 'paraId') : '';
    const ex = extended.get(paraId);
    return {
      id: attr(c, 'id'),
      author: attr(c, 'author'),
      date: attr(c, 'date'),
      text: ps
        .map((p) => readParagraph(p).original)
        .join('\n')
        .trim(),
      paraId,
      parentParaId: ex?.parent ?? '',
      done: ex?.done ?? false,
    };
  });
}

export async function readReviewedFile(buf: Buffer): Promise<ReviewedFile> {
  if (buf.length > MAX_REVIEW_FILE_BYTES) throw new AppError('TOO_LARGE', '审阅稿超过 50 MB，已拒绝导入。请删除其中的大图片后再试。');
  assertSafeZip(buf);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    throw new AppError('INVALID_INPUT', NOT_DOCX);
  }
  const documentXml = await part(zip, 'word/document.xml');
  if (!documentXml) throw new AppError('INVALID_INPUT', NOT_DOCX);
  const body = elementChildren(parseXml(documentXml).documentElement).find((e) => isW(e, 'body'));
  if (!body) throw new AppError('INVALID_INPUT', NOT_DOCX);
  const coreXml = await part(zip, 'docProps/core.xml');
  return {
    properties: customProperties(await part(zip, 'docProps/custom.xml')),
    lastModifiedBy: coreProperty(coreXml, 'lastModifiedBy'),
    modified: coreProperty(coreXml, 'modified'),
    units: bodyUnits(body),
    comments: readComments(await part(zip, 'word/comments.xml'), await part(zip, 'word/commentsExtended.xml')),
  };
}

export function sourceOf(file: ReviewedFile): { reportId: string; versionId: string } | null {
  const reportId = file.properties[SOURCE_PROPERTY.reportId];
  const versionId = file.properties[SOURCE_PROPERTY.versionId];
  return reportId && versionId ? { reportId, versionId } : null;
}

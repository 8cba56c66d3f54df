import type JSZip from 'jszip';
import type { ReviewComment } from '../../../shared/review/review-schema';
import { createW, elementChildren, NS, parseXml, serializeXml } from './ooxml';
import { toWordDate } from './review-docx-write';

/**
 * Writes word/comments.xml (one w:comment per comment and reply, each with a w14:paraId) and
 * word/commentsExtended.xml (w15:commentEx linking a reply to its comment by paraIdParent and marking
 * resolved threads done), with their relationships and content types.
 */

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_EXTENDED = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';
const TYPE_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const TYPE_EXTENDED = 'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml';

const paraId = (n: number) => (0x10000000 + n).toString(16).toUpperCase();

function commentsXml(comments: readonly ReviewComment[], ids: Map<string, string>): string {
  const doc = parseXml(`<w:comments xmlns:w="${NS.w}" xmlns:w14="${NS.w14}"/>`);
  for (const [i, c] of comments.entries()) {
    const el = createW(doc, 'comment', {
      id: ids.get(c.id)!,
      author: c.author || '审阅人',
      date: toWordDate(c.date),
      initials: (c.author || '审').slice(0, 1),
    });
    const lines = c.text.split('\n');
    lines.forEach((line, j) => {
      const p = createW(doc, 'p');
      // Word links replies through the paraId of the comment's last paragraph.
      if (j === lines.length - 1) p.setAttributeNS(NS.w14, 'w14:paraId', paraId(i));
      const r = createW(doc, 'r');
      const t = createW(doc, 't');
      t.setAttribute('xml:space', 'preserve');
      t.appendChild(doc.createTextNode(line));
      r.appendChild(t);
      p.appendChild(r);
      el.appendChild(p);
    });
    doc.documentElement.appendChild(el);
  }
  return serializeXml(doc);
}

function extendedXml(comments: readonly ReviewComment[]): string {
  const doc = parseXml(`<w15:commentsEx xmlns:w15="${NS.w15}"/>`);
  const index = new Map(comments.map((c, i) => [c.id, i]));
  for (const [i, c] of comments.entries()) {
    const ex = doc.createElementNS(NS.w15, 'w15:commentEx');
    ex.setAttributeNS(NS.w15, 'w15:paraId', paraId(i));
    const parent = c.parentId ? index.get(c.parentId) : undefined;
    if (parent !== undefined) ex.setAttributeNS(NS.w15, 'w15:paraIdParent', paraId(parent));
    ex.setAttributeNS(NS.w15, 'w15:done', c.resolved ? '1' : '0');
    doc.documentElement.appendChild(ex);
  }
  return serializeXml(doc);
}

async function ensureRelationship(zip: JSZip, type: string, target: string): Promise<void> {
  const path = 'word/_rels/document.xml.rels';
  const doc = parseXml(await zip.file(path)!.async('string'));
  const rels = elementChildren(doc.documentElement);
  if (rels.some((r) => r.getAttribute('Type') === type)) return;
  const rel = doc.createElementNS(NS.rels, 'Relationship');
  rel.setAttribute('Id', `rIdNianbao${rels.length + 1}`);
  rel.setAttribute('Type', type);
  rel.setAttribute('Target', target);
  doc.documentElement.appendChild(rel);
  zip.file(path, serializeXml(doc));
}

async function ensureOverride(zip: JSZip, part: string, type: string): Promise<void> {
  const doc = parseXml(await zip.file('[Content_Types].xml')!.async('string'));
  if (elementChildren(doc.documentElement).some((o) => o.getAttribute('PartName') === part)) return;
  const o = doc.createElementNS(NS.types, 'Override');
  o.setAttribute('PartName', part);
  o.setAttribute('ContentType', type);
  doc.documentElement.appendChild(o);
  zip.file('[Content_Types].xml', serializeXml(doc));
}

export async function writeCommentParts(zip: JSZip, comments: readonly ReviewComment[], ids: Map<string, string>): Promise<void> {
  zip.file('word/comments.xml', commentsXml(comments, ids));
  zip.file('word/commentsExtended.xml', extendedXml(comments));
  await ensureRelationship(zip, REL_COMMENTS, 'comments.xml');
  await ensureRelationship(zip, REL_EXTENDED, 'commentsExtended.xml');
  await ensureOverride(zip, '/word/comments.xml', TYPE_COMMENTS);
  await ensureOverride(zip, '/word/commentsExtended.xml', TYPE_EXTENDED);
}

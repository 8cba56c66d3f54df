import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { AppError } from '../app-error';

/**
 * Namespace-aware helpers over a real XML DOM (@xmldom/xmldom). Elements are matched by namespace
 * URI and local name, never by prefix: WPS and Word write the same WordprocessingML with different
 * prefixes and extra namespaces of their own.
 */

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  wStrict: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
  custom: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  vt: 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
} as const;

const BAD_XML = '审阅稿中的 XML 内容已损坏，无法读取。请在 Word 或 WPS 中打开后重新保存为 .docx 再导入。';

export function parseXml(xml: string): Document {
  // A .docx never carries a DTD; refusing one rules out entity expansion tricks.
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || xml.includes('<!ENTITY')) throw new AppError('INVALID_INPUT', BAD_XML);
  let failed = false;
  const doc = new DOMParser({
    errorHandler: { warning: () => undefined, error: () => void (failed = true), fatalError: () => void (failed = true) },
  }).parseFromString(xml, 'text/xml');
  if (failed || !doc.documentElement) throw new AppError('INVALID_INPUT', BAD_XML);
  return doc;
}

export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

export function isW(node: Node | null | undefined, local?: string): boolean {
  if (!node || node.nodeType !== 1) return false;
  const el = node as Element;
  return (el.namespaceURI === NS.w || el.namespaceURI === NS.wStrict) && (local === undefined || el.localName === local);
}

export function elementChildren(el: Node): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

export function wChildren(el: Node, local: string): Element[] {
  return elementChildren(el).filter((c) => isW(c, local));
}

export function wChild(el: Node, local: string): Element | undefined {
  return elementChildren(el).find((c) => isW(c, local));
}

/** An attribute by local name, whatever its prefix (w:author, or an unprefixed one some writers use). */
export function attr(el: Element, local: string): string {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if ((a.localName ?? a.name) === local && (a.namespaceURI === NS.w || a.namespaceURI === NS.wStrict || !a.namespaceURI)) return a.value;
  }
  return '';
}

/** An attribute by namespace family and local name (w14:paraId, w15:paraIdParent …). */
export function attrIn(el: Element, namespaces: readonly string[], local: string): string {
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === local && a.namespaceURI && namespaces.includes(a.namespaceURI)) return a.value;
  }
  return '';
}

export function descendants(el: Node, match: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of elementChildren(el)) {
    if (match(c)) out.push(c);
    descendants(c, match, out);
  }
  return out;
}

export function createW(doc: Document, local: string, attrs: Record<string, string> = {}): Element {
  const el = doc.createElementNS(NS.w, `w:${local}`);
  for (const [k, v] of Object.entries(attrs)) el.setAttributeNS(NS.w, `w:${k}`, v);
  return el;
}

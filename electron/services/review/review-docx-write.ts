import JSZip from 'jszip';
import type { Anchor, ReviewComment, Suggestion } from '../../../shared/review/review-schema';
import { locateAnchor } from '../../../shared/review/text-anchor';
import { createW, elementChildren, isW, NS, parseXml, serializeXml, wChild } from './ooxml';
import { bodyUnits, readParagraph, type BodyUnit } from './paragraph-read';
import { spanOf, type SectionSpan } from './section-spans';
import { writeCommentParts } from './review-docx-comments';

/**
 * 「带修订和批注导出」: the clean export with the open suggestions written as native Word revisions
 * (w:del / w:ins with author and date) and the comments as Word comments with their replies, so
 * Word and WPS show them and can accept them. Each is placed in its section's paragraph by its
 * anchor; one that cannot be placed (its text changed since) is returned in `skipped`.
 */

export interface ReviewCopy {
  buffer: Buffer;
  skipped: string[];
  written: { suggestions: number; comments: number };
}

interface Place {
  unit: BodyUnit;
  start: number;
  end: number;
}

function placeOf(units: BodyUnit[], spans: readonly SectionSpan[], sectionId: string, anchor: Anchor): Place | null {
  const mine = units.filter((u) => spanOf(spans, u.top)?.sectionId === sectionId);
  // The exact context first, in any of the section's paragraphs; the looser match only without one.
  for (const mode of ['strict', 'loose'] as const) {
    for (const unit of mine) {
      const at = locateAnchor(readParagraph(unit.p).original, anchor, mode);
      if (at !== null) return { unit, start: at, end: at + anchor.target.length };
    }
  }
  return null;
}

/** The run's text elements split at `offset` (in the run's own text): the run ends there afterwards. */
function splitRun(run: Element, offset: number): Element {
  const right = run.cloneNode(false) as Element;
  const rPr = wChild(run, 'rPr');
  if (rPr) right.appendChild(rPr.cloneNode(true));
  let seen = 0;
  for (const el of elementChildren(run)) {
    if (isW(el, 'rPr')) continue;
    const text = isW(el, 't') || isW(el, 'delText') ? (el.textContent ?? '') : isW(el, 'br') || isW(el, 'tab') ? ' ' : '';
    if (seen >= offset) right.appendChild(el);
    else if (seen + text.length > offset && (isW(el, 't') || isW(el, 'delText'))) {
      const tail = el.cloneNode(false) as Element;
      tail.setAttribute('xml:space', 'preserve');
      tail.appendChild(el.ownerDocument!.createTextNode(text.slice(offset - seen)));
      el.textContent = text.slice(0, offset - seen);
      el.setAttribute('xml:space', 'preserve');
      right.appendChild(tail);
    }
    seen += text.length;
  }
  run.parentNode!.insertBefore(right, run.nextSibling);
  return right;
}

/** Makes a run boundary at `at`; returns the first run starting there (or null at the end). */
function boundary(p: Element, at: number): Element | null {
  for (const ref of readParagraph(p).runs) {
    if (ref.start === at && ref.end > ref.start) return ref.run;
    if (ref.start < at && at < ref.end) return splitRun(ref.run, at - ref.start);
  }
  return null;
}

/** The node directly under the paragraph that holds the run (the run, or its w:del wrapper). */
function topOf(p: Element, node: Node): Node {
  let n = node;
  while (n.parentNode && n.parentNode !== p) n = n.parentNode;
  return n;
}

function runsIn(p: Element, start: number, end: number): Element[] {
  boundary(p, start);
  boundary(p, end);
  return readParagraph(p)
    .runs.filter((r) => r.start >= start && r.end <= end && r.end > r.start)
    .map((r) => r.run);
}

let nextId = 9000;
const revisionAttrs = (author: string, date: string) => ({ id: String(nextId++), author: author || '审阅人', date: toWordDate(date) });

/** Word wants an ISO date-time without fractions. */
export function toWordDate(date: string): string {
  const d = new Date(date);
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString().replace(/\.\d+Z$/, 'Z') : d.toISOString().replace(/\.\d+Z$/, 'Z');
}

function writeSuggestion(doc: Document, place: Place, s: Suggestion): void {
  const p = place.unit.p;
  const deleted = place.end > place.start ? runsIn(p, place.start, place.end) : [];
  let anchorNode: Node | null;
  if (deleted.length > 0) {
    const del = createW(doc, 'del', revisionAttrs(s.author, s.date));
    p.insertBefore(del, deleted[0]!);
    for (const run of deleted) {
      for (const t of elementChildren(run).filter((e) => isW(e, 't'))) {
        const dt = createW(doc, 'delText');
        dt.setAttribute('xml:space', 'preserve');
        dt.appendChild(doc.createTextNode(t.textContent ?? ''));
        run.replaceChild(dt, t);
      }
      del.appendChild(run);
    }
    anchorNode = del.nextSibling;
  } else {
    const at = boundary(p, place.start);
    anchorNode = at ? topOf(p, at) : null;
  }
  if (!s.replacement) return;
  const ins = createW(doc, 'ins', revisionAttrs(s.author, s.date));
  const run = createW(doc, 'r');
  const model = deleted[0] ?? readParagraph(p).runs.find((r) => r.end >= place.start)?.run;
  const rPr = model && wChild(model, 'rPr');
  if (rPr) run.appendChild(rPr.cloneNode(true));
  const t = createW(doc, 't');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(s.replacement));
  run.appendChild(t);
  ins.appendChild(run);
  p.insertBefore(ins, anchorNode);
}

function markComment(doc: Document, place: Place, id: string): void {
  const p = place.unit.p;
  const runs = place.end > place.start ? runsIn(p, place.start, place.end) : [];
  const first = runs[0] ?? boundary(p, place.start);
  const start = createW(doc, 'commentRangeStart', { id });
  const end = createW(doc, 'commentRangeEnd', { id });
  p.insertBefore(start, first ? topOf(p, first) : null);
  const last = runs[runs.length - 1];
  p.insertBefore(end, last ? topOf(p, last).nextSibling : start.nextSibling);
  const ref = createW(doc, 'r');
  ref.appendChild(createW(doc, 'commentReference', { id }));
  p.insertBefore(ref, end.nextSibling);
}

export async function writeReviewCopy(
  clean: Buffer,
  spans: readonly SectionSpan[],
  suggestions: readonly Suggestion[],
  comments: readonly ReviewComment[],
): Promise<ReviewCopy> {
  const zip = await JSZip.loadAsync(clean);
  const doc = parseXml(await zip.file('word/document.xml')!.async('string'));
  const body = elementChildren(doc.documentElement).find((e) => isW(e, 'body'))!;
  const units = bodyUnits(body);
  const skipped: string[] = [];
  let writtenSuggestions = 0;
  for (const s of suggestions.filter((x) => x.status === 'open' && x.kind !== 'format')) {
    const place = placeOf(units, spans, s.sectionId, s.anchor);
    if (!place) skipped.push(`修订「${s.anchor.target || s.replacement}」（${s.heading}）：原文已变，未能写入`);
    else {
      writeSuggestion(doc, place, s);
      writtenSuggestions += 1;
    }
  }
  const open = comments.filter((c) => !c.resolved || c.parentId);
  const placed: ReviewComment[] = [];
  const ids = new Map<string, string>();
  for (const c of open) {
    const root = c.parentId ? comments.find((x) => x.id === c.parentId) : c;
    if (!root || root.resolved) continue;
    const place = placeOf(units, spans, root.sectionId, root.anchor);
    if (!place) {
      skipped.push(`批注「${c.text.slice(0, 20)}」：所批注的文字已变，未能写入`);
      continue;
    }
    ids.set(c.id, String(ids.size));
    markComment(doc, place, ids.get(c.id)!);
    placed.push(c);
  }
  zip.file('word/document.xml', serializeXml(doc));
  if (placed.length > 0) await writeCommentParts(zip, placed, ids);
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { buffer, skipped, written: { suggestions: writtenSuggestions, comments: placed.length } };
}

export { NS };

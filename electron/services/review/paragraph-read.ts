import { attr, elementChildren, isW, wChild } from './ooxml';

/**
 * Reads one w:p the way a reviewer's edits must be read: text in its original state (what the file
 * said before the tracked changes: deletions and moved-away text included, insertions left out), and
 * every tracked change with its place in that original text. Hyperlinks, simple and complex fields,
 * smart tags, content controls and custom XML are entered, so a change inside them is never lost.
 */

export type RevisionState = 'normal' | 'ins' | 'del' | 'moveFrom' | 'moveTo';
export type Container = 'hyperlink' | 'field' | null;

export interface TrackedChange {
  kind: 'ins' | 'del' | 'moveFrom' | 'moveTo' | 'format';
  text: string;
  /** Offset in the paragraph's original text. */
  at: number;
  author: string;
  date: string;
  container: Container;
}

export interface RunRef {
  run: Element;
  start: number;
  end: number;
  state: RevisionState;
}

export interface ParagraphRead {
  original: string;
  changes: TrackedChange[];
  /** Comment range marks (w:commentRangeStart/End) at their original offsets. */
  commentMarks: Array<{ id: string; edge: 'start' | 'end' | 'ref'; at: number }>;
  /** Runs in the original text (inserted runs are not listed). */
  runs: RunRef[];
}

interface Ctx {
  state: RevisionState;
  author: string;
  date: string;
  container: Container;
}

const REVISION_ELEMENTS: Record<string, RevisionState> = { ins: 'ins', del: 'del', moveFrom: 'moveFrom', moveTo: 'moveTo' };
const TRANSPARENT = new Set(['smartTag', 'customXml', 'sdt', 'sdtContent', 'bdo', 'dir', 'fldSimple', 'hyperlink']);

export function readParagraph(p: Element): ParagraphRead {
  const out: ParagraphRead = { original: '', changes: [], commentMarks: [], runs: [] };
  const field = { depth: 0, inResult: false };
  const add = (ctx: Ctx, text: string, kind: TrackedChange['kind'] | null) => {
    if (!text) return;
    if (kind) {
      const last = out.changes[out.changes.length - 1];
      const at = out.original.length;
      // Adjacent runs of one revision (Word splits them at every formatting change) are one change.
      if (
        last &&
        last.kind === kind &&
        last.author === ctx.author &&
        last.date === ctx.date &&
        (kind === 'ins' || kind === 'moveTo' ? last.at === at : last.at + last.text.length === at)
      ) {
        last.text += text;
      } else out.changes.push({ kind, text, at, author: ctx.author, date: ctx.date, container: ctx.container });
    }
    if (ctx.state !== 'ins' && ctx.state !== 'moveTo') out.original += text;
  };
  const readRun = (run: Element, ctx: Ctx) => {
    const start = out.original.length;
    const rPr = wChild(run, 'rPr');
    const formatChange = rPr && wChild(rPr, 'rPrChange');
    const c: Ctx = { ...ctx, container: ctx.container ?? (field.inResult ? 'field' : null) };
    let text = '';
    for (const el of elementChildren(run)) {
      if (!isW(el)) continue;
      const name = el.localName;
      if (name === 't' || name === 'delText') text += el.textContent ?? '';
      else if (name === 'commentReference')
        out.commentMarks.push({ id: attr(el, 'id'), edge: 'ref', at: out.original.length + text.length });
      else if (name === 'tab') text += '\t';
      else if (name === 'br' || name === 'cr') text += '\n';
      else if (name === 'fldChar') {
        const type = attr(el, 'fldCharType');
        if (type === 'begin') field.depth += 1;
        else if (type === 'separate') field.inResult = true;
        else if (type === 'end') {
          field.depth = Math.max(0, field.depth - 1);
          field.inResult = field.depth > 0 && field.inResult;
        }
      }
    }
    const kind = ctx.state === 'normal' ? null : ctx.state;
    add(c, text, kind);
    if (formatChange && ctx.state === 'normal' && text) {
      out.changes.push({
        kind: 'format',
        text,
        at: start,
        author: attr(formatChange, 'author'),
        date: attr(formatChange, 'date'),
        container: c.container,
      });
    }
    if (ctx.state !== 'ins' && ctx.state !== 'moveTo') out.runs.push({ run, start, end: out.original.length, state: ctx.state });
  };
  const walk = (node: Element, ctx: Ctx) => {
    for (const el of elementChildren(node)) {
      if (!isW(el)) continue;
      const name = el.localName;
      if (name === 'r') readRun(el, ctx);
      else if (REVISION_ELEMENTS[name])
        walk(el, { ...ctx, state: REVISION_ELEMENTS[name]!, author: attr(el, 'author'), date: attr(el, 'date') });
      else if (name === 'commentRangeStart' || name === 'commentRangeEnd') {
        out.commentMarks.push({ id: attr(el, 'id'), edge: name === 'commentRangeStart' ? 'start' : 'end', at: out.original.length });
      } else if (TRANSPARENT.has(name)) {
        const container: Container = name === 'hyperlink' ? 'hyperlink' : name === 'fldSimple' ? 'field' : ctx.container;
        walk(el, { ...ctx, container });
      } else if (name === 'pPr') {
        const change = wChild(el, 'pPrChange');
        if (change)
          out.changes.push({
            kind: 'format',
            text: '',
            at: 0,
            author: attr(change, 'author'),
            date: attr(change, 'date'),
            container: null,
          });
      }
    }
  };
  walk(p, { state: 'normal', author: '', date: '', container: null });
  return out;
}

/** The top-level blocks of a body in order: each w:p, and each w:tbl with its cell paragraphs. */
export interface BodyUnit {
  /** Index of the top-level block (w:p or w:tbl) in the body. */
  top: number;
  inTable: boolean;
  p: Element;
  read: ParagraphRead;
}

function tableParagraphs(tbl: Element, out: Element[]): void {
  for (const el of elementChildren(tbl)) {
    if (isW(el, 'p')) out.push(el);
    else if (isW(el, 'tbl') || isW(el, 'tr') || isW(el, 'tc') || isW(el, 'sdt') || isW(el, 'sdtContent')) tableParagraphs(el, out);
  }
}

export function bodyUnits(body: Element): BodyUnit[] {
  const units: BodyUnit[] = [];
  let top = 0;
  const visit = (el: Element) => {
    if (isW(el, 'p')) units.push({ top: top++, inTable: false, p: el, read: readParagraph(el) });
    else if (isW(el, 'tbl')) {
      const ps: Element[] = [];
      tableParagraphs(el, ps);
      for (const p of ps) units.push({ top, inTable: true, p, read: readParagraph(p) });
      top += 1;
    } else if (isW(el, 'sdt')) {
      const content = wChild(el, 'sdtContent');
      if (content) elementChildren(content).forEach(visit);
    }
  };
  elementChildren(body).forEach(visit);
  return units;
}

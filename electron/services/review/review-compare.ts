import { diffArrays, diffChars } from 'diff';
import type { ReviewChange } from '../../../shared/review/review-schema';
import { anchorAt, contextText } from '../../../shared/review/text-anchor';
import { AppError } from '../app-error';
import type { BodyUnit, TrackedChange } from './paragraph-read';
import type { ReviewedFile } from './review-read';
import { spanOf, type SectionSpan } from './section-spans';

/**
 * Compares a reviewed file with the exported version it came from: paragraphs are aligned by their
 * original text (what the file said before its tracked changes), then every tracked change, every
 * comment and every untracked edit (character-level diff of a paragraph that no longer matches) is
 * placed in its section. Changes that cannot be written into a section say so (`applicable: false`).
 */

interface Where {
  sectionId: string | null;
  heading: string;
  applicable: boolean;
  note: string;
}

const TOO_FAR = '审阅稿的文字与导出时的版本相差过大（超过一半的段落对不上），无法逐处对照。可以改用普通导入（导入往年报告）。';

function whereOf(spans: readonly SectionSpan[], base: BodyUnit | undefined): Where {
  const span = base ? spanOf(spans, base.top) : undefined;
  if (!base || !span)
    return { sectionId: null, heading: '（标题、落款或附件）', applicable: false, note: '不属于正文的某一部分，请手动处理' };
  if (span.headingTop === base.top)
    return { sectionId: span.sectionId, heading: span.heading, applicable: false, note: '这是部分标题，请在大纲中改名' };
  if (base.inTable)
    return { sectionId: span.sectionId, heading: span.heading, applicable: false, note: '表格内的修改不自动写入，请手动处理' };
  return { sectionId: span.sectionId, heading: span.heading, applicable: true, note: '' };
}

function change(
  where: Where,
  fields: Omit<ReviewChange, 'sectionId' | 'heading' | 'applicable' | 'note' | 'context' | 'replyTo' | 'resolved' | 'newParagraph'>,
  note = '',
): ReviewChange {
  return {
    ...fields,
    sectionId: where.sectionId,
    heading: where.heading,
    applicable: where.applicable && !note,
    note: note || where.note,
    context: contextText(fields.anchor, fields.kind === 'delete' ? '' : fields.text),
    replyTo: null,
    resolved: false,
    newParagraph: false,
  };
}

function trackedChanges(where: Where, original: string, tracked: TrackedChange[]): ReviewChange[] {
  const out: ReviewChange[] = [];
  for (let i = 0; i < tracked.length; i++) {
    const t = tracked[i]!;
    const next = tracked[i + 1];
    const note = t.container === 'field' ? '域（自动编号、目录等）中的修改不自动写入' : '';
    const linkNote = t.container === 'hyperlink' ? '链接中的文字可写入，链接地址不保留' : '';
    const base = { author: t.author, date: t.date, tracked: true };
    if (t.kind === 'format') {
      out.push(
        change(
          where,
          { ...base, kind: 'format', text: t.text, replaced: '', anchor: anchorAt(original, t.at, t.at + t.text.length) },
          '仅格式修改，不写入',
        ),
      );
    } else if (t.kind === 'del' && next?.kind === 'ins' && next.at === t.at + t.text.length && next.author === t.author) {
      // Word writes a replacement as a deletion followed by an insertion: one edit to accept.
      out.push(
        change(
          where,
          { ...base, kind: 'edit', text: next.text, replaced: t.text, anchor: anchorAt(original, t.at, t.at + t.text.length) },
          note,
        ),
      );
      i += 1;
    } else if (t.kind === 'del' || t.kind === 'moveFrom') {
      const kind = t.kind === 'del' ? 'delete' : 'move';
      out.push(
        change(where, { ...base, kind, text: t.text, replaced: t.text, anchor: anchorAt(original, t.at, t.at + t.text.length) }, note),
      );
    } else {
      const kind = t.kind === 'ins' ? 'insert' : 'move';
      const c = change(where, { ...base, kind, text: t.text, replaced: '', anchor: anchorAt(original, t.at, t.at) }, note);
      out.push(linkNote && !note ? { ...c, note: linkNote } : c);
    }
  }
  return out;
}

function untrackedEdits(where: Where, base: string, now: string, author: string, date: string): ReviewChange[] {
  const out: ReviewChange[] = [];
  let at = 0;
  const parts = diffChars(base, now);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!p.added && !p.removed) {
      at += p.value.length;
      continue;
    }
    const removed = p.removed ? p.value : '';
    const added = p.added ? p.value : parts[i + 1]?.added ? parts[++i]!.value : '';
    const kind = removed && added ? 'edit' : removed ? 'delete' : 'insert';
    const text = added || removed;
    out.push(
      change(where, { kind, text, replaced: removed, author, date, tracked: false, anchor: anchorAt(base, at, at + removed.length) }),
    );
    at += removed.length;
  }
  return out;
}

export function compareWithBase(baseUnits: BodyUnit[], spans: readonly SectionSpan[], file: ReviewedFile): ReviewChange[] {
  const rev = file.units;
  // A paragraph whose whole text was inserted with tracking has no original text: it aligns with nothing.
  const diff = diffArrays(
    baseUnits.map((u) => u.read.original),
    rev.map((u) => u.read.original),
  );
  const pairs: Array<{ base?: BodyUnit; rev?: BodyUnit; prev?: BodyUnit }> = [];
  let bi = 0;
  let ri = 0;
  let equal = 0;
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k]!;
    const n = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let j = 0; j < n; j++) pairs.push({ base: baseUnits[bi++], rev: rev[ri++] });
      equal += n;
    } else if (part.removed && diff[k + 1]?.added) {
      const m = diff[k + 1]!.count ?? diff[k + 1]!.value.length;
      for (let j = 0; j < Math.max(n, m); j++)
        pairs.push({ base: j < n ? baseUnits[bi++] : undefined, rev: j < m ? rev[ri++] : undefined, prev: baseUnits[bi - 1] });
      k += 1;
    } else if (part.removed) for (let j = 0; j < n; j++) pairs.push({ base: baseUnits[bi++] });
    else for (let j = 0; j < n; j++) pairs.push({ rev: rev[ri++], prev: baseUnits[bi - 1] });
  }
  const textUnits = baseUnits.filter((u) => u.read.original.trim()).length;
  if (textUnits > 0 && equal < baseUnits.length / 2) throw new AppError('INVALID_INPUT', TOO_FAR);

  const author = file.lastModifiedBy;
  const date = file.modified;
  const changes: ReviewChange[] = [];
  const commentPlace = new Map<string, { where: Where; original: string; start: number; end: number; spans: boolean }>();
  for (const { base, rev: r, prev } of pairs) {
    if (base && !r) {
      const where = whereOf(spans, base);
      const text = base.read.original;
      if (text)
        changes.push(
          change(where, { kind: 'delete', text, replaced: text, author, date, tracked: false, anchor: anchorAt(text, 0, text.length) }),
        );
      continue;
    }
    if (!r) continue;
    const where = whereOf(spans, base ?? prev);
    if (!base) {
      // A new paragraph: inserted after the end of the paragraph before it, as a paragraph break and its text.
      const before = prev?.read.original ?? '';
      const anchor = anchorAt(before, before.length, before.length);
      const newText =
        r.read.changes
          .filter((c) => c.kind === 'ins' || c.kind === 'moveTo')
          .map((c) => c.text)
          .join('') + r.read.original;
      const tracked = r.read.changes.find((c) => c.kind === 'ins' || c.kind === 'moveTo');
      if (newText.trim()) {
        changes.push({
          ...change(where, {
            kind: tracked?.kind === 'moveTo' ? 'move' : 'insert',
            text: newText,
            replaced: '',
            author: tracked?.author ?? author,
            date: tracked?.date ?? date,
            tracked: !!tracked,
            anchor,
          }),
          context: `${anchor.before}【¶${newText}】`,
          newParagraph: true,
        });
      }
    } else {
      changes.push(...trackedChanges(where, r.read.original, r.read.changes));
      if (base.read.original !== r.read.original) changes.push(...untrackedEdits(where, base.read.original, r.read.original, author, date));
    }
    for (const mark of r.read.commentMarks) {
      const known = commentPlace.get(mark.id);
      if (mark.edge === 'start' || (mark.edge === 'ref' && !known)) {
        commentPlace.set(mark.id, { where, original: r.read.original, start: mark.at, end: mark.at, spans: false });
      } else if (mark.edge === 'end' && known) {
        if (known.original === r.read.original && known.where.sectionId === where.sectionId) known.end = mark.at;
        else {
          known.end = known.original.length;
          known.spans = true;
        }
      }
    }
  }
  // A reply's replyTo is an index into the whole list.
  const comments = commentChanges(file, commentPlace).map((c) => (c.replyTo === null ? c : { ...c, replyTo: c.replyTo + changes.length }));
  return [...changes, ...comments];
}

function commentChanges(
  file: ReviewedFile,
  places: Map<string, { where: Where; original: string; start: number; end: number; spans: boolean }>,
): ReviewChange[] {
  const out: ReviewChange[] = [];
  const indexByPara = new Map<string, number>();
  const unplaced: Where = { sectionId: null, heading: '（未找到批注位置）', applicable: false, note: '批注在文件中没有位置标记' };
  for (const c of file.comments) {
    const parent = c.parentParaId ? file.comments.find((x) => x.paraId === c.parentParaId) : undefined;
    const place = places.get(parent?.id ?? c.id);
    const where = place ? { ...place.where, applicable: place.where.sectionId !== null, note: '' } : unplaced;
    const anchor = place ? anchorAt(place.original, place.start, place.end) : { before: '', target: '', after: '' };
    const note = place?.spans ? '批注跨越多段，只定位到第一段' : where.note;
    const entry: ReviewChange = {
      ...change(
        { ...where, note: '' },
        { kind: 'comment', text: c.text, replaced: anchor.target, author: c.author, date: c.date, tracked: true, anchor },
      ),
      applicable: where.applicable,
      note,
      replyTo: parent ? (indexByPara.get(parent.paraId) ?? null) : null,
      resolved: c.done,
    };
    if (c.paraId) indexByPara.set(c.paraId, out.length);
    out.push(entry);
  }
  return out;
}

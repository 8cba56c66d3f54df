import { createHash } from 'node:crypto';
import { SnapshotSchema, type Snapshot, type SnapshotSection } from '../../../shared/versions-schema';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportAccess } from '../reports/report-access';

interface SnapshotSectionRow {
  id: string;
  parent_id: string | null;
  kind: SnapshotSection['kind'];
  part_id: string | null;
  heading: string;
  position: number;
  required: number;
  marked_complete: number;
  content_json: string;
  plain_text: string;
}

/** The whole report as it is now: what a version keeps. */
export function takeSnapshot(db: Db, access: ReportAccess, reportId: string): Snapshot {
  const r = access.row(reportId);
  const rows = db
    .prepare(
      'SELECT id, parent_id, kind, part_id, heading, position, required, marked_complete, content_json, plain_text FROM sections WHERE report_id = ?',
    )
    .all(reportId) as SnapshotSectionRow[];
  const sections = rows.map((s) => ({
    id: s.id,
    parentId: s.parent_id,
    kind: s.kind,
    partId: s.part_id,
    heading: s.heading,
    position: s.position,
    required: s.required === 1,
    markedComplete: s.marked_complete === 1,
    contentJson: s.content_json,
    plainText: s.plain_text,
  }));
  return { title: r.title, agency: r.agency, year: r.year, reportDate: r.report_date, status: r.status, sections: outlineOrder(sections) };
}

/** Opening first, then each part followed by its subsections, then the attachments: the order a reader sees. */
export function outlineOrder<T extends Pick<SnapshotSection, 'id' | 'parentId' | 'kind' | 'position'>>(sections: T[]): T[] {
  const byPosition = (a: T, b: T) => a.position - b.position;
  const opening = sections.filter((s) => s.kind === 'opening');
  const parts = sections.filter((s) => s.kind === 'part').sort(byPosition);
  const out = [...opening];
  for (const part of parts) out.push(part, ...sections.filter((s) => s.parentId === part.id).sort(byPosition));
  out.push(...sections.filter((s) => s.kind === 'attachment').sort(byPosition));
  // Orphans cannot happen with foreign keys on, but a snapshot must never lose text.
  for (const s of sections) if (!out.includes(s)) out.push(s);
  return out;
}

/** Identifies the text and structure (not the status or time) to skip identical automatic versions. */
export function contentHash(snapshot: Snapshot): string {
  const { status: _status, ...rest } = snapshot;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

export function parseSnapshot(json: string): Snapshot {
  const parsed = SnapshotSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new AppError('INTERNAL', '该版本的数据已损坏，无法读取。');
  return parsed.data;
}

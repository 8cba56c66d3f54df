import { randomUUID } from 'node:crypto';
import { sectionState } from '../../../shared/outline';
import type { Section, SectionKind, SectionSummary } from '../../../shared/report-schema';
import { countChars, MAX_SECTION_JSON_CHARS, RichTextStateSchema, toPlainText, type RichTextState } from '../../../shared/rich-text';
import { fillPattern, type Template } from '../../../shared/template-schema';
import type { Db } from '../../db/connection';
import { assertKnownNodes } from './known-nodes';
import { AppError, notFound, sectionConflict } from '../app-error';
import type { ReportAccess } from '../reports/report-access';

interface SectionRow {
  id: string;
  report_id: string;
  parent_id: string | null;
  kind: SectionKind;
  part_id: string | null;
  heading: string;
  position: number;
  required: number;
  marked_complete: number;
  content_json: string;
  plain_text: string;
  char_count: number;
  revision: number;
  updated_at: string;
}

const SUMMARY_COLUMNS =
  'id, report_id, parent_id, kind, part_id, heading, position, required, marked_complete, char_count, revision, updated_at';

export interface SaveOptions {
  /** The revision the client's text started from; omitted only by the core's own writes (import, rollover). */
  baseRevision?: number;
  /** Runs inside the write's transaction after the checks passed, before the text changes. */
  beforeWrite?: () => void;
}

function toSummary(r: Omit<SectionRow, 'content_json' | 'plain_text'>): SectionSummary {
  return {
    id: r.id,
    reportId: r.report_id,
    parentId: r.parent_id,
    kind: r.kind,
    partId: r.part_id,
    heading: r.heading,
    position: r.position,
    required: r.required === 1,
    markedComplete: r.marked_complete === 1,
    charCount: r.char_count,
    state: sectionState(r.char_count, r.marked_complete === 1),
    revision: r.revision,
    updatedAt: r.updated_at,
  };
}

function toSection(r: SectionRow): Section {
  const parsed = RichTextStateSchema.safeParse(JSON.parse(r.content_json));
  if (!parsed.success) throw new AppError('INTERNAL', `“${r.heading}”的内容在数据库中已损坏，无法读取。`);
  return { ...toSummary(r), content: parsed.data, plainText: r.plain_text };
}

export function createSectionService(db: Db, reports: ReportAccess) {
  const row = (id: string): SectionRow => {
    const r = db.prepare('SELECT * FROM sections WHERE id = ?').get(id) as SectionRow | undefined;
    if (!r) throw notFound('该部分');
    return r;
  };
  const summary = (id: string) => toSummary(row(id));

  const siblings = (reportId: string, parentId: string | null, kind: SectionKind): SectionRow[] =>
    db
      .prepare(`SELECT * FROM sections WHERE report_id = ? AND kind = ? AND parent_id IS ? ORDER BY position`)
      .all(reportId, kind, parentId) as SectionRow[];

  const insert = db.prepare(
    `INSERT INTO sections (id, report_id, parent_id, kind, part_id, heading, position, required, content_json, updated_at)
     VALUES (@id, @reportId, @parentId, @kind, @partId, @heading, @position, @required, @content, @now)`,
  );

  /** Adds an empty section after the last of its siblings (same report, parent and kind). */
  const append = (reportId: string, parentId: string | null, kind: SectionKind, heading: string, partId: string | null) => {
    const id = randomUUID();
    db.transaction(() => {
      const last = siblings(reportId, parentId, kind).at(-1);
      insert.run({
        id,
        reportId,
        parentId,
        kind,
        partId,
        heading,
        position: last ? last.position + 1 : 0,
        required: 0,
        content: JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [] } }),
        now: new Date().toISOString(),
      });
      reports.touch(reportId);
    })();
    return summary(id);
  };

  /**
   * Every write of a section goes through here: a 定稿 report refuses it, and a write that names the
   * revision it started from (`baseRevision`) is refused with CONFLICT when another window moved on.
   */
  const mutate = <T>(sectionId: string, fn: (r: SectionRow) => T, baseRevision?: number): T => {
    const r = row(sectionId);
    reports.assertEditable(r.report_id);
    if (baseRevision !== undefined && r.revision !== baseRevision) throw sectionConflict(r.revision);
    const result = db.transaction(() => {
      const out = fn(r);
      reports.touch(r.report_id);
      return out;
    })();
    return result;
  };

  return {
    /** A 定稿 report refuses every change (issue 10); for writes that touch a report's sections indirectly. */
    assertEditable: (reportId: string) => reports.assertEditable(reportId),
    listFull(reportId: string): Section[] {
      const rows = db.prepare('SELECT * FROM sections WHERE report_id = ? ORDER BY kind, position').all(reportId) as SectionRow[];
      return rows.map(toSection);
    },
    createFromTemplate(reportId: string, template: Template, year: number, content: RichTextState): void {
      const base = { reportId, content: JSON.stringify(content), now: new Date().toISOString() };
      insert.run({ ...base, id: randomUUID(), parentId: null, kind: 'opening', partId: null, heading: '导语', position: 0, required: 1 });
      template.parts.forEach((part, i) => {
        const partSectionId = randomUUID();
        insert.run({
          ...base,
          id: partSectionId,
          parentId: null,
          kind: 'part',
          partId: part.id,
          heading: fillPattern(part.heading, { year }),
          position: i,
          required: part.required ? 1 : 0,
        });
        part.subsections
          .filter((s) => s.createByDefault)
          .forEach((sub, j) =>
            insert.run({
              ...base,
              id: randomUUID(),
              parentId: partSectionId,
              kind: 'subsection',
              partId: sub.id,
              heading: fillPattern(sub.heading, { year }),
              position: j,
              required: 0,
            }),
          );
      });
    },
    /**
     * Writes a section's content. Callers acting for a user pass `baseRevision`; `beforeWrite` runs in
     * the same transaction once the checks passed (the versions taken before the text changes).
     */
    save(id: string, content: RichTextState, options: SaveOptions = {}): SectionSummary {
      const json = JSON.stringify(content);
      if (json.length > MAX_SECTION_JSON_CHARS) {
        throw new AppError('TOO_LARGE', '这一部分的内容过大（超过约 400 万字符），未能保存。请把内容拆分到多个部分。');
      }
      const plain = toPlainText(content);
      assertKnownNodes(content, () => row(id).content_json);
      return mutate(
        id,
        () => {
          options.beforeWrite?.();
          db.prepare(
            `UPDATE sections SET content_json = ?, plain_text = ?, char_count = ?, revision = revision + 1, updated_at = ? WHERE id = ?`,
          ).run(json, plain, countChars(plain), new Date().toISOString(), id);
          return summary(id);
        },
        options.baseRevision,
      );
    },
    add(reportId: string, parentId: string | null, heading: string, partId: string | null): SectionSummary {
      reports.assertEditable(reportId);
      const template = reports.template(reportId);
      if (parentId === null) {
        if (!template.allowExtraParts) throw new AppError('FORBIDDEN', `模板“${template.name}”不允许添加新的部分。`);
      } else {
        const parent = row(parentId);
        if (parent.report_id !== reportId || parent.kind !== 'part') throw new AppError('INVALID_INPUT', '小节只能添加在一级部分之下。');
        const part = template.parts.find((p) => p.id === parent.part_id);
        if (part && !part.allowSubsections) throw new AppError('FORBIDDEN', `模板规定“${parent.heading}”不分小节。`);
      }
      return append(reportId, parentId, parentId === null ? 'part' : 'subsection', heading, partId);
    },
    addAttachment(reportId: string, heading: string): SectionSummary {
      reports.assertEditable(reportId);
      return append(reportId, null, 'attachment', heading, null);
    },
    /** The heading is part of the section's text: renaming bumps the revision like a save. */
    rename(id: string, heading: string, baseRevision?: number): SectionSummary {
      return mutate(
        id,
        (r) => {
          if (r.kind === 'opening') throw new AppError('FORBIDDEN', '导语没有标题，不能改名。');
          db.prepare('UPDATE sections SET heading = ?, revision = revision + 1, updated_at = ? WHERE id = ?').run(
            heading,
            new Date().toISOString(),
            id,
          );
          return summary(id);
        },
        baseRevision,
      );
    },
    move(id: string, direction: 'up' | 'down'): SectionSummary[] {
      return mutate(id, (r) => {
        if (r.kind === 'opening') throw new AppError('FORBIDDEN', '导语总在最前，不能移动。');
        const list = siblings(r.report_id, r.parent_id, r.kind);
        const from = list.findIndex((s) => s.id === id);
        const to = direction === 'up' ? from - 1 : from + 1;
        if (to < 0 || to >= list.length) throw new AppError('CONFLICT', direction === 'up' ? '已经在最前面了。' : '已经在最后面了。');
        const reordered = [...list];
        [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
        const template = reports.template(r.report_id);
        if (r.kind === 'part' && template.fixedPartOrder) {
          const requiredOrder = reordered.filter((s) => s.required === 1).map((s) => s.part_id);
          const expected = template.parts.filter((p) => p.required).map((p) => p.id);
          if (requiredOrder.join() !== expected.filter((p) => requiredOrder.includes(p)).join()) {
            throw new AppError('FORBIDDEN', `模板“${template.name}”规定必备部分的先后顺序，不能调换两个必备部分。`);
          }
        }
        const update = db.prepare('UPDATE sections SET position = ? WHERE id = ?');
        reordered.forEach((s, i) => update.run(i, s.id));
        return siblings(r.report_id, r.parent_id, r.kind).map(toSummary);
      });
    },
    remove(id: string): void {
      mutate(id, (r) => {
        if (r.required === 1) {
          throw new AppError('FORBIDDEN', `“${r.heading}”是模板规定的必备部分，不能删除。可以修改标题或内容。`);
        }
        db.prepare('DELETE FROM sections WHERE id = ?').run(id);
      });
    },
    setComplete(id: string, complete: boolean): SectionSummary {
      return mutate(id, () => {
        db.prepare('UPDATE sections SET marked_complete = ?, updated_at = ? WHERE id = ?').run(
          complete ? 1 : 0,
          new Date().toISOString(),
          id,
        );
        return summary(id);
      });
    },
    summaries(reportId: string): SectionSummary[] {
      return (db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM sections WHERE report_id = ?`).all(reportId) as SectionRow[]).map(toSummary);
    },
  };
}

export type SectionService = ReturnType<typeof createSectionService>;

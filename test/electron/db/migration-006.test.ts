import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/connection';
import { MIGRATIONS } from '../../../electron/db/migrations';
import { tempDir } from '../../helpers';

const V5 = MIGRATIONS.filter((m) => m.version <= 5);
const now = '2025-01-01T00:00:00.000Z';

/** A version-5 database with a report, a part and its subsection, a plan item and a carry-over record pointing at them. */
function seedV5(file: string): void {
  const db = openDatabase(file, { migrations: V5 });
  db.prepare(
    `INSERT INTO reports (id, template_id, template_snapshot, title, agency, year, created_at, updated_at)
     VALUES ('r1', 't', '{}', '标题', '某市司法局', 2025, ?, ?)`,
  ).run(now, now);
  const insert = db.prepare(
    `INSERT INTO sections (id, report_id, parent_id, kind, heading, position, content_json, plain_text, updated_at)
     VALUES (?, 'r1', ?, ?, ?, ?, '{}', ?, ?)`,
  );
  insert.run('p1', null, 'part', '主要举措', 0, '深入推进严格规范公正文明执法', now);
  insert.run('s1', 'p1', 'subsection', '行政执法', 0, '全面推行行政执法公示制度', now);
  db.prepare(`INSERT INTO plan_items (id, report_id, position, text, section_id, updated_at) VALUES ('i1', 'r1', 0, '计划', 's1', ?)`).run(
    now,
  );
  db.prepare(`INSERT INTO section_carryover (section_id, report_id, source_text, carried_revision) VALUES ('p1', 'r1', '去年', 0)`).run();
  db.close();
}

describe('migration 006 (attachments)', () => {
  it('keeps every section, the records that point at them and the search index, and accepts attachments', () => {
    const file = path.join(tempDir(), 'v5.db');
    seedV5(file);
    const db = openDatabase(file);
    expect(db.prepare('SELECT id, parent_id AS parentId FROM sections ORDER BY id').all()).toEqual([
      { id: 'p1', parentId: null },
      { id: 's1', parentId: 'p1' },
    ]);
    expect(db.prepare('SELECT section_id AS s FROM plan_items').get()).toEqual({ s: 's1' });
    expect(db.prepare('SELECT section_id AS s FROM section_carryover').get()).toEqual({ s: 'p1' });
    const search = (q: string) =>
      db.prepare('SELECT s.id FROM sections_fts f JOIN sections s ON s.rowid = f.rowid WHERE sections_fts MATCH ?').all(q);
    expect(search('公示制度')).toEqual([{ id: 's1' }]);

    db.prepare(
      `INSERT INTO sections (id, report_id, kind, heading, position, content_json, plain_text, updated_at)
       VALUES ('a1', 'r1', 'attachment', '行政执法数据统计表', 0, '{}', '行政执法案件数量', ?)`,
    ).run(now);
    expect(search('执法案件')).toEqual([{ id: 'a1' }]);
    expect(() => db.prepare(`UPDATE sections SET kind = 'appendix' WHERE id = 'a1'`).run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Foreign keys still act on the rebuilt table: deleting the part removes its subsection and clears the plan item's link.
    db.prepare(`DELETE FROM sections WHERE id = 'p1'`).run();
    expect(db.prepare('SELECT id FROM sections ORDER BY id').all()).toEqual([{ id: 'a1' }]);
    expect(db.prepare('SELECT section_id AS s FROM plan_items').get()).toEqual({ s: null });
    db.close();
  });
});

/**
 * The annual plan's measures (issue 18): one row per measure under its aspect (a section of a
 * 工作计划/工作要点 report), with 牵头单位, 责任单位, 完成时限 (ISO date, 全年, 长期 or '') and an
 * optional indicator, and its status as the year's report answers it (已完成/推进中/未完成 with a
 * reason). `plan_answers` keeps the paragraphs of a report the user confirmed as answering a measure.
 */
export const migration018 = {
  version: 18,
  name: 'plan-measures',
  sql: `
    CREATE TABLE plan_measures (
      id TEXT PRIMARY KEY,
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      section_id TEXT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      text TEXT NOT NULL,
      lead_unit TEXT NOT NULL DEFAULT '',
      units TEXT NOT NULL DEFAULT '',
      deadline TEXT NOT NULL DEFAULT '',
      indicator TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'in-progress', 'not-done')),
      reason TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    );
    CREATE INDEX plan_measures_by_section ON plan_measures (section_id, position);
    CREATE INDEX plan_measures_by_report ON plan_measures (report_id);

    CREATE TABLE plan_answers (
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      measure_id TEXT NOT NULL REFERENCES plan_measures (id) ON DELETE CASCADE,
      section_id TEXT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
      paragraph INTEGER NOT NULL,
      excerpt TEXT NOT NULL DEFAULT '',
      confirmed_at TEXT NOT NULL,
      PRIMARY KEY (report_id, measure_id, section_id, paragraph)
    );
    CREATE INDEX plan_answers_by_measure ON plan_answers (measure_id);
  `,
};

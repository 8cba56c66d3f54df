/**
 * The three tables of a 政府信息公开工作年度报告 (issue 17): one row per filled cell
 * (`t3:new:person` …), its value as JSON — a number or "不适用". An empty cell has no row, so
 * empty, 0 and 不适用 stay three different things. `report_fields` keeps a report's values of its
 * template's data fields (a number, or an ISO date), one row per filled field.
 */
export const migration017 = {
  version: 17,
  name: 'gov-info-cells',
  sql: `
    CREATE TABLE gov_info_cells (
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      cell TEXT NOT NULL,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (report_id, cell)
    );

    CREATE TABLE report_fields (
      report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
      field_id TEXT NOT NULL,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (report_id, field_id)
    );
  `,
};

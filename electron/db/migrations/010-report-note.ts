/**
 * A short note of the user's own that tells two reports of the same agency, kind and year apart
 * in the library (issue 10: duplicates are deliberate), e.g. “按新模板重写” or “区政府办公室版本”.
 */
export const migration010 = {
  version: 10,
  name: 'report-note',
  sql: `
    ALTER TABLE reports ADD COLUMN note TEXT NOT NULL DEFAULT '';
  `,
};

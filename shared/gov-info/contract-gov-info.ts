import { IdSchema, YearSchema } from '../report-schema';
import { z } from '../z';
import { PlanSourceSchema } from '../plan/plan-import-schema';
import { CellValueSchema, GridValuesSchema } from './tables';

export const GridStateSchema = z.object({
  reportId: IdSchema,
  values: GridValuesSchema,
  /** Last year's report of the same agency in the library (its grids), for 上年结转 and the year-on-year checks. */
  lastYear: z.object({ reportId: IdSchema, year: YearSchema, title: z.string(), values: GridValuesSchema }).nullable(),
});
export type GridState = z.infer<typeof GridStateSchema>;

export const TablesImportResultSchema = z.object({
  state: GridStateSchema,
  placed: z.number().int(),
  unplaced: z.array(z.object({ line: z.number().int(), text: z.string(), reason: z.string() })),
  notes: z.array(z.string()),
  format: z.enum(['2021', '2019']).nullable(),
});
export type TablesImportResult = z.infer<typeof TablesImportResultSchema>;

/** The tables of a 政府信息公开工作年度报告 (issue 17). Spread into the contract. */
export const govInfoContract = {
  /** The filled cells of the report's three tables, and last year's. */
  'govinfo.grids': { input: z.object({ reportId: IdSchema }).strict(), output: GridStateSchema },
  /** Sets cells (null empties one); other cells are kept, so two tables edited side by side never overwrite each other. */
  'govinfo.setCells': {
    input: z.object({ reportId: IdSchema, cells: z.record(z.string().max(80), CellValueSchema.nullable()) }).strict(),
    output: GridStateSchema,
  },
  /**
   * Reads the tables of a published report (.docx, .txt or pasted web text) into this report's
   * grids — typically last year's report, so this year's checks have its figures. The cells read
   * are set, the others kept; every row that could not be placed is listed.
   */
  'govinfo.importTables': {
    input: z.object({ reportId: IdSchema, source: PlanSourceSchema }).strict(),
    output: TablesImportResultSchema,
  },
} as const;

export const GOV_INFO_METHODS = ['govinfo.grids', 'govinfo.setCells', 'govinfo.importTables'] as const;

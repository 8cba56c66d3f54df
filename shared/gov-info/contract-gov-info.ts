import { IdSchema, YearSchema } from '../report-schema';
import { z } from '../z';
import { CellValueSchema, GridValuesSchema } from './tables';

export const GridStateSchema = z.object({
  reportId: IdSchema,
  values: GridValuesSchema,
  /** Last year's report of the same agency in the library (its grids), for 上年结转 and the year-on-year checks. */
  lastYear: z.object({ reportId: IdSchema, year: YearSchema, title: z.string(), values: GridValuesSchema }).nullable(),
});
export type GridState = z.infer<typeof GridStateSchema>;

/** The tables of a 政府信息公开工作年度报告 (issue 17). Spread into the contract. */
export const govInfoContract = {
  /** The filled cells of the report's three tables, and last year's. */
  'govinfo.grids': { input: z.object({ reportId: IdSchema }).strict(), output: GridStateSchema },
  /** Sets cells (null empties one); other cells are kept, so two tables edited side by side never overwrite each other. */
  'govinfo.setCells': {
    input: z.object({ reportId: IdSchema, cells: z.record(z.string().max(80), CellValueSchema.nullable()) }).strict(),
    output: GridStateSchema,
  },
} as const;

export const GOV_INFO_METHODS = ['govinfo.grids', 'govinfo.setCells'] as const;

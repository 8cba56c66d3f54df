import { IdSchema } from './report-schema';
import { z } from './z';

/** 全文视图 / 打印预览 (issue 14): the PDF's print layout (body markup and CSS) for the app to show. */
export const printContract = {
  'export.printLayout': {
    input: z.object({ reportId: IdSchema }).strict(),
    output: z.object({ css: z.string(), html: z.string() }),
  },
} as const;

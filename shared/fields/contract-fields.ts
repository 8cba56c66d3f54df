import { IdSchema, YearSchema } from '../report-schema';
import { z } from '../z';
import { DataFieldSchema, FieldValueSchema } from './field-schema';

export const FieldRowSchema = z.object({
  field: DataFieldSchema,
  value: FieldValueSchema.nullable(),
  /** The value of the field it continues in last year's report of the same agency and kind. */
  lastYear: FieldValueSchema.nullable(),
  /** value − lastYear for numbers (null when either is missing). */
  change: z.number().nullable(),
});
export type FieldRow = z.infer<typeof FieldRowSchema>;

export const FieldsStateSchema = z.object({
  reportId: IdSchema,
  rows: z.array(FieldRowSchema),
  lastYear: z.object({ reportId: IdSchema, year: YearSchema, title: z.string() }).nullable(),
});
export type FieldsState = z.infer<typeof FieldsStateSchema>;

/** Data fields of a report (issue 17). Spread into the contract. */
export const fieldsContract = {
  'fields.list': { input: z.object({ reportId: IdSchema }).strict(), output: FieldsStateSchema },
  /** Sets (or with null clears) one field's value. */
  'fields.set': {
    input: z.object({ reportId: IdSchema, fieldId: z.string().max(64), value: FieldValueSchema.nullable() }).strict(),
    output: FieldsStateSchema,
  },
} as const;

import { z } from '../z';

/**
 * Data fields of a template (issue 17): the figures staff collect from other units (行政复议 收案,
 * 负责人出庭应诉率 …). A report stores a value per field; the 数据 panel shows last year's value
 * and the change, and the prose is checked against them (rule ids `figures.`).
 */
export const FIELD_TYPES = ['count', 'percent', 'amount', 'date'] as const;
export const FieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof FieldTypeSchema>;

const FieldId = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, '只能使用小写字母、数字和连字符，并以字母开头（最长 64 个字符）');

export const DataFieldSchema = z
  .object({
    id: FieldId,
    label: z.string().min(1, '不能为空').max(100),
    /** 件, %, 万元, 学时, 人次 … ('' for a date). */
    unit: z.string().max(10).default(''),
    type: FieldTypeSchema,
    required: z.boolean().default(false),
    /** The template part the figure belongs to. */
    part: z.string().max(64).nullable().default(null),
    /** The field of last year's report this one continues (default: the same id). */
    continues: FieldId.nullable().default(null),
    /**
     * How the prose names the quantity: each entry is a set of words that must all occur in one
     * clause (between ，。；) with a number in the field's unit, e.g. [["审核", "规范性文件"]].
     */
    terms: z
      .array(z.array(z.string().min(1).max(20)).min(1).max(4))
      .max(10)
      .default([]),
  })
  .strict();
export type DataField = z.infer<typeof DataFieldSchema>;

export const FieldValueSchema = z.union([z.number().finite(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

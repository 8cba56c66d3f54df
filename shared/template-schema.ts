import { DataFieldSchema } from './fields/field-schema';
import { z } from './z';

/**
 * A report template is data (templates/*.json for the built-in ones, the database for the user's
 * own). Every field is validated at load and on import, so a malformed file is refused with a
 * message that names the field.
 */

const Id = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, '只能使用小写字母、数字和连字符，并以字母开头（最长 64 个字符）');

export const GuidanceSchema = z
  .object({
    summary: z.string().min(1, '不能为空').max(2000),
    mustContain: z.array(z.string().min(1).max(500)).max(30).default([]),
    typicalTopics: z.array(z.string().min(1).max(500)).max(40).default([]),
    pitfalls: z.array(z.string().min(1).max(500)).max(30).default([]),
  })
  .strict();
export type Guidance = z.infer<typeof GuidanceSchema>;

export const TemplateSubsectionSchema = z
  .object({
    id: Id,
    heading: z.string().min(1, '不能为空').max(200),
    /** Created with every new report; otherwise only offered as a suggestion. */
    createByDefault: z.boolean().default(false),
    guidance: GuidanceSchema.optional(),
  })
  .strict();
export type TemplateSubsection = z.infer<typeof TemplateSubsectionSchema>;

export const TemplatePartSchema = z
  .object({
    /** Stable part id, e.g. `measures`; later features (import mapping, checks) rely on it. */
    id: Id,
    /** Heading pattern; `{year}` is the report year, `{nextYear}` the year after. */
    heading: z.string().min(1, '不能为空').max(200),
    required: z.boolean(),
    allowSubsections: z.boolean().default(true),
    guidance: GuidanceSchema,
    subsections: z.array(TemplateSubsectionSchema).max(40).default([]),
    /** A plan's part whose subsections (aspects) list structured measures (issue 18); absent in reports. */
    measureItems: z.boolean().optional(),
  })
  .strict();
export type TemplatePart = z.infer<typeof TemplatePartSchema>;

export const TEMPLATE_KINDS = ['fazhi-annual', 'yifa-report', 'work-plan', 'gov-info', 'other'] as const;
export const TemplateKindSchema = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof TemplateKindSchema>;

export const TemplateSchema = z
  .object({
    schemaVersion: z.literal(1, { error: '只支持 1' }),
    id: Id,
    name: z.string().min(1, '不能为空').max(100),
    kind: TemplateKindSchema,
    description: z.string().max(2000).default(''),
    /** Title pattern; `{agency}` and `{year}` are filled in. */
    titlePattern: z.string().min(1, '不能为空').max(200),
    openingGuidance: GuidanceSchema,
    closingGuidance: GuidanceSchema,
    /** Users may add level-1 parts of their own. */
    allowExtraParts: z.boolean().default(true),
    /** Required parts keep their relative order (the 法治政府 report's five parts do). */
    fixedPartOrder: z.boolean().default(false),
    /** Data fields whose values a report keeps (issue 17); absent in templates without figures. */
    fields: z.array(DataFieldSchema).max(60).optional(),
    parts: z
      .array(TemplatePartSchema)
      .min(1, '至少需要一个部分')
      .max(30)
      .superRefine((parts, ctx) => {
        const seen = new Set<string>();
        parts.forEach((part, index) => {
          if (seen.has(part.id)) {
            ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `部分编号“${part.id}”重复` });
          }
          seen.add(part.id);
        });
      }),
  })
  .strict();
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: TemplateKindSchema,
  description: z.string(),
  builtin: z.boolean(),
  partCount: z.number().int(),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

const FIELD_NAMES: Record<string, string> = {
  schemaVersion: '格式版本',
  id: '编号',
  name: '名称',
  kind: '类型',
  description: '说明',
  titlePattern: '标题格式',
  openingGuidance: '导语指引',
  closingGuidance: '落款指引',
  allowExtraParts: '允许添加部分',
  fixedPartOrder: '固定部分顺序',
  parts: '部分',
  subsections: '小节',
  heading: '标题',
  required: '必填',
  allowSubsections: '允许添加小节',
  guidance: '撰写指引',
  summary: '概述',
  mustContain: '必须包含',
  typicalTopics: '常见内容',
  pitfalls: '常见问题',
  createByDefault: '默认创建',
  measureItems: '结构化措施',
  fields: '数据字段',
  label: '名称',
  unit: '单位',
  terms: '正文用语',
};

/** Turns a zod path into a readable field name: `parts[2].guidance.summary（部分第3项 › 撰写指引 › 概述）`. */
export function describeFieldPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '（整个文件）';
  const technical = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  const readable = path.map((p) => (typeof p === 'number' ? `第${p + 1}项` : (FIELD_NAMES[String(p)] ?? String(p)))).join(' › ');
  return `${technical}（${readable}）`;
}

/** One Chinese sentence per problem, each naming the field, for a refused template file. */
export function formatTemplateIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const message = issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : issue.message;
    return `字段 ${describeFieldPath(issue.path)}：${message}`;
  });
  const more = error.issues.length > 5 ? `\n……另有 ${error.issues.length - 5} 处问题` : '';
  return `模板文件格式不正确。\n${lines.join('\n')}${more}`;
}

/** Fills `{agency}`, `{year}` and `{nextYear}` in a heading or title pattern. */
export function fillPattern(pattern: string, values: { agency?: string; year: number }): string {
  return pattern
    .replaceAll('{agency}', values.agency ?? '')
    .replaceAll('{nextYear}', String(values.year + 1))
    .replaceAll('{year}', String(values.year));
}

import { TemplateKindSchema } from '../template-schema';
import { CitationsFileSchema, PinyinFileSchema, TraditionalFileSchema, TyposFileSchema } from './data-extra-schema';
import { z } from '../z';

/**
 * Everything the checks know that changes with time or place is data (templates/checks/*.json),
 * validated here when loaded. Regular expressions are stored as source text and compiled at load,
 * so a broken pattern is refused with a message instead of failing in the middle of a check.
 */

const RegexSource = z
  .string()
  .min(1, '不能为空')
  .max(300)
  .refine((s) => {
    try {
      new RegExp(s, 'gu');
      return true;
    } catch {
      return false;
    }
  }, '不是有效的正则表达式');

const Severity = z.enum(['error', 'warning', 'suggestion']);
const Year = z.number().int().min(1949).max(2200);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const PatternEntrySchema = z
  .object({
    /** The wrong usage, as a regular expression. */
    pattern: RegexSource,
    /** Replacement for the match ($1 etc. allowed); null when no automatic fix is safe. */
    fix: z.string().max(200).nullable(),
    message: z.string().min(1).max(200),
    severity: Severity,
    /** Words in which a match is correct usage (e.g. 法制审核 for 法制). */
    whitelist: z.array(z.string().min(1).max(50)).max(100).default([]),
    /** The entry applies to reports on these years only (inclusive). */
    fromYear: Year.optional(),
    toYear: Year.optional(),
  })
  .strict();
export type PatternEntry = z.infer<typeof PatternEntrySchema>;

export const PlenarySessionSchema = z
  .object({
    /** 届, e.g. 十九. */
    congress: z.string().min(1).max(4),
    /** 中全会 number, 1–9. */
    number: z.number().int().min(1).max(9),
    /** Last day of the session. */
    date: IsoDate,
    /** 一中全会 elect the leadership; reports are not expected to cite them as the latest session. */
    organisational: z.boolean().default(false),
  })
  .strict();
export type PlenarySession = z.infer<typeof PlenarySessionSchema>;

export const RenamedBodySchema = z
  .object({
    pattern: RegexSource,
    current: z.string().min(1).max(50),
    /** Reports on this year or later should use the current name. */
    fromYear: Year,
    /** A match preceded by one of these (原, 撤销…) is history, not a mistake. */
    allowedBefore: z.array(z.string().min(1).max(10)).max(20).default([]),
  })
  .strict();

export const PartKeywordsSchema = z
  .object({
    partId: z.string().min(1).max(64),
    name: z.string().min(1).max(100),
    keywords: z.array(z.string().min(1).max(30)).min(1),
    /** How sure a missing heading means a missing part (part 1 is often split into thematic headings). */
    missingSeverity: Severity.default('error'),
  })
  .strict();

export const CheckDataSchema = z
  .object({
    schemaVersion: z.literal(1),
    confusables: z.array(PatternEntrySchema).max(500),
    datedTerms: z.array(PatternEntrySchema).max(200),
    vagueTime: z.array(PatternEntrySchema).max(50),
    /** Fixed expressions that keep Chinese numerals: 一是, 三项制度, “十四五”. */
    fixedNumerals: z.array(PatternEntrySchema).max(200),
    requestPhrases: z.array(PatternEntrySchema).max(50),
    fourQinzi: z
      .array(z.object({ object: z.string().min(1).max(10), verb: z.string().min(1).max(10) }).strict())
      .length(4, '“四个亲自”必须是四项'),
    plenarySessions: z.array(PlenarySessionSchema).min(1),
    renamedBodies: z.array(RenamedBodySchema).max(200),
    kindFromTitle: z.array(z.object({ kind: TemplateKindSchema, pattern: RegexSource }).strict()).min(1),
    partKeywords: z.record(z.string(), z.array(PartKeywordsSchema)),
    /** From the files beside check-data.json (see CHECK_DATA_FILES); absent: those checks say nothing. */
    typos: TyposFileSchema.optional(),
    citations: CitationsFileSchema.optional(),
    traditional: TraditionalFileSchema.optional(),
    pinyin: PinyinFileSchema.optional(),
  })
  .strict();
export type CheckData = z.infer<typeof CheckDataSchema>;

/** Lists each user maintains in the app (settings); the tool ships the mechanism, not the data. */
export const UserListsSchema = z
  .object({
    /** In the order they must be named (排序). */
    leaders: z
      .array(z.object({ name: z.string().trim().min(1, '请填写姓名').max(20), title: z.string().trim().max(50).default('') }).strict())
      .max(200)
      .default([]),
    sensitiveTerms: z
      .array(z.object({ term: z.string().trim().min(1, '请填写词语').max(50), note: z.string().max(200).default('') }).strict())
      .max(1000)
      .default([]),
    confusables: z
      .array(
        z
          .object({ wrong: z.string().trim().min(1, '请填写易错写法').max(50), right: z.string().trim().min(1, '请填写正确写法').max(50) })
          .strict(),
      )
      .max(1000)
      .default([]),
    /**
     * Words the office uses on purpose (a place name, a quoted title): the word checks (用词, 固定表述,
     * 一致性 of citations) never flag them. Filled by 「误报，加入词表」 in the 校对 panel.
     */
    allowedWords: z.array(z.string().trim().min(1, '请填写词语').max(80)).max(2000).default([]),
  })
  .strict();
export type UserLists = z.infer<typeof UserListsSchema>;
export const EMPTY_USER_LISTS: UserLists = { leaders: [], sensitiveTerms: [], confusables: [], allowedWords: [] };

/** The files of templates/checks/ and the key each fills in the check data (check-data.json is the base). */
export const CHECK_DATA_FILES = {
  typos: 'typos.json',
  citations: 'citations.json',
  traditional: 'traditional.json',
  pinyin: 'pinyin.json',
} as const;

/**
 * Check data from its files: `read(name)` returns a file's parsed JSON, or undefined when it is
 * missing (the checks built on that file then say nothing).
 */
export function assembleCheckData(read: (name: string) => unknown): CheckData {
  const base = read('check-data.json') as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, name] of Object.entries(CHECK_DATA_FILES)) {
    const raw = read(name);
    if (raw !== undefined) merged[key] = raw;
  }
  return parseCheckData(merged);
}

/** Validates check data; the message names the first bad field. */
export function parseCheckData(raw: unknown): CheckData {
  const result = CheckDataSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`校对规则数据无效：字段 ${issue.path.join('.')}：${issue.message}`);
}

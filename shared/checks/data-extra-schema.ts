import { z } from '../z';

/**
 * The data files beside check-data.json (templates/checks/): the curated typo list and official
 * phrases (typos.json), the documents reports cite (citations.json), and two tables generated from
 * maintained libraries by build/gen-check-tables.mjs (traditional.json, pinyin.json).
 */

const Word = z.string().min(1).max(40);

export const TypoEntrySchema = z
  .object({
    wrong: Word,
    right: Word,
    /** The match is no mistake when followed / preceded by one of these characters or words. */
    notBefore: z.array(Word).max(30).optional(),
    notAfter: z.array(Word).max(30).optional(),
    /** Longer words containing the match that are correct (e.g. 坐谈 inside 坐谈客). */
    whitelist: z.array(Word).max(30).optional(),
    /** Where the pair comes from, shown as the basis (defaults to 常见错别字). */
    source: z.string().max(60).optional(),
  })
  .strict()
  .refine((e) => e.wrong !== e.right && !e.right.includes(e.wrong), '错误写法不能是正确写法的一部分');
export type TypoEntry = z.infer<typeof TypoEntrySchema>;

export const CollocationSchema = z
  .object({
    /** The verb (or word) used wrongly, and what it goes with. */
    wrong: Word,
    right: Word,
    objects: z.array(Word).min(1).max(60),
    /** How many characters may stand between the verb and its object (no sentence punctuation). */
    gap: z.number().int().min(0).max(10),
    note: z.string().max(100).optional(),
  })
  .strict();
export type Collocation = z.infer<typeof CollocationSchema>;

export const FormulaSchema = z
  .object({
    name: z.string().min(1).max(40),
    /** The clauses in their order, e.g. 重要工作亲自部署. */
    clauses: z.array(Word).min(3).max(12),
    /** How many clauses must be present for a deviating one to be judged against the formula. */
    quorum: z.number().int().min(2),
    source: z.string().max(80),
  })
  .strict();
export type Formula = z.infer<typeof FormulaSchema>;

export const TyposFileSchema = z
  .object({
    version: z.string().min(1).max(20),
    typos: z.array(TypoEntrySchema).max(20000),
    /** Stock phrases of official writing; a near miss (one homophone or keystroke away) is reported. */
    phrases: z.array(z.string().min(4).max(20)).max(20000),
    /** Near misses that are words of their own (依法行使 is no typo of 依法行政). */
    nearMissWhitelist: z.array(Word).max(5000),
    /** Character pairs the confusables list judges with its own whitelists (治/制: 法制审核 is right). */
    leaveToConfusables: z.array(z.string().length(2)).max(200).default([]),
    collocations: z.array(CollocationSchema).max(500),
    formulas: z.array(FormulaSchema).max(100),
  })
  .strict();
export type TyposFile = z.infer<typeof TyposFileSchema>;

export const CitationSchema = z
  .object({
    /** Title without 《》, with its years in full-width brackets: 法治政府建设实施纲要（2021—2025年）. */
    title: z.string().min(2).max(80),
    issuer: z.string().max(60),
    number: z.string().max(40).nullable(),
    /** The number was checked against the official text (a wrong number beside the title is then an error with a fix). */
    numberConfirmed: z.boolean(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    /** The title of the document that replaced this one, if any, and from which year it applies. */
    supersededBy: z.string().max(80).nullable(),
    supersededFrom: z.number().int().min(1949).max(2200).nullable(),
    /** Verified against the official text (false: kept from secondary sources, reported more softly). */
    confirmed: z.boolean(),
    note: z.string().max(200).optional(),
  })
  .strict();
export type Citation = z.infer<typeof CitationSchema>;

export const CitationsFileSchema = z
  .object({
    version: z.string().min(1).max(20),
    documents: z.array(CitationSchema).max(2000),
  })
  .strict();
export type CitationsFile = z.infer<typeof CitationsFileSchema>;

export const TraditionalFileSchema = z
  .object({
    source: z.string(),
    kept: z.string(),
    /** Traditional and simplified character, pair after pair. */
    pairs: z.string().refine((s) => [...s].length % 2 === 0, '字对数目应为偶数'),
  })
  .strict();

export const PinyinFileSchema = z
  .object({
    source: z.string(),
    /** Toneless reading → the characters read so. */
    readings: z.record(z.string().regex(/^[a-zü]+$/), z.string()),
  })
  .strict();

export const EMPTY_TYPOS: TyposFile = {
  version: '0',
  typos: [],
  phrases: [],
  nearMissWhitelist: [],
  leaveToConfusables: [],
  collocations: [],
  formulas: [],
};

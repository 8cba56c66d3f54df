import type { Rule } from './types';

/**
 * What each rule rests on, shown beside its findings in the 校对 panel, and which text it leaves
 * alone. Rules may declare both themselves (`basis`, `skip`); the older rules are described here so
 * their files stay as they are.
 */
export const BASIS = {
  punct: 'GB/T 15834-2011《标点符号用法》',
  numbers: 'GB/T 15835-2011《出版物上数字用法》',
  layout: 'GB/T 9704-2012《党政机关公文格式》',
  regulation: '《党政机关公文处理工作条例》（中办发〔2012〕14号）',
  typos: '常见错别字',
  formulas: '中央文件规范表述',
  userList: '本单位词表',
  gongkai: '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）',
} as const;

const BY_ID: Record<string, string> = {
  'punct.halfwidth': BASIS.punct,
  'punct.repeated': BASIS.punct,
  'punct.doc-number': BASIS.layout,
  'numbering.mark': `${BASIS.layout}；${BASIS.punct}`,
  'numbering.sequence': BASIS.layout,
  'numbering.shi': BASIS.layout,
  'numbers.range-hyphen': BASIS.punct,
  'numbers.short-year': BASIS.numbers,
  'numbers.zero-padded-date': BASIS.numbers,
  'numbers.percent-range': BASIS.numbers,
  'numbers.stacked-approximation': BASIS.numbers,
  'numbers.date-named-day': BASIS.punct,
  'numbers.fixed-chinese-numerals': BASIS.numbers,
  'words.vague-time': BASIS.regulation,
  'words.confusable': BASIS.typos,
  'words.sensitive': BASIS.userList,
  'consistency.leaders': BASIS.userList,
  'formulas.dated-term': BASIS.formulas,
  'formulas.four-qinzi': BASIS.formulas,
  'formulas.renamed-body': '2018年党和国家机构改革方案',
  'formulas.plenary-session': BASIS.formulas,
  'structure.request-in-report': BASIS.regulation,
  'structure.parts': BASIS.regulation,
  'structure.title-signature-date': `${BASIS.regulation}；${BASIS.layout}`,
  'consistency.numbers': '报告内部一致',
};

type Skip = NonNullable<Rule['skip']>;
const SKIP_BY_ID: Record<string, Skip> = {
  // Table cells are not sentences and the 信息公开 row labels carry the table's own numbers.
  'numbering.mark': { tables: true },
  'numbers.fixed-chinese-numerals': { tables: true },
  'words.vague-time': { tables: true, quotes: 'all' },
  'structure.request-in-report': { tables: true, quotes: 'all' },
  // A quoted title or sentence keeps the wording of its source; a formula in quotes is still the
  // writer's own (“职能科学、权责法定……” must be current), a document title is not.
  'words.confusable': { quotes: 'all' },
  'formulas.dated-term': { quotes: 'titles' },
  'formulas.renamed-body': { quotes: 'titles' },
};

export const basisOf = (rule: Rule): string => rule.basis ?? BY_ID[rule.id] ?? '';
export const skipOf = (rule: Rule): Skip => rule.skip ?? SKIP_BY_ID[rule.id] ?? {};

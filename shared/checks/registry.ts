import { abbreviatedYear } from './rules/abbreviated-year';
import { brackets } from './rules/brackets';
import { lostDash } from './rules/lost-dash';
import { yearConsistency } from './rules/years';
import { citations } from './rules/citations';
import { collocations } from './rules/collocations';
import { fixedFormulas } from './rules/formulas';
import { nearMiss, typos } from './rules/typos';
import { ellipsis } from './rules/ellipsis';
import { traditionalChars } from './rules/traditional';
import { confusables } from './rules/confusables';
import { dateNamedDay } from './rules/date-named-day';
import { datedTerms } from './rules/dated-terms';
import { documentNumberBrackets } from './rules/document-number';
import { fixedNumerals } from './rules/fixed-numerals';
import { fourQinzi } from './rules/four-qinzi';
import { halfwidthPunctuation } from './rules/halfwidth-punctuation';
import { headingMark } from './rules/heading-mark';
import { headingSequence } from './rules/heading-sequence';
import { hyphenRange } from './rules/hyphen-range';
import { numberConsistency } from './rules/number-consistency';
import { percentRange } from './rules/percent-range';
import { plenarySession } from './rules/plenary-session';
import { renamedBodies } from './rules/renamed-bodies';
import { repeatedPunctuation } from './rules/repeated-punctuation';
import { requestItems } from './rules/request-items';
import { shiSequence } from './rules/shi-sequence';
import { stackedApproximation } from './rules/stacked-approximation';
import { staleYear } from './rules/stale-year';
import { structureMeta } from './rules/structure-meta';
import { structureParts } from './rules/structure-parts';
import { leaderNames, sensitiveTerms } from './rules/user-lists';
import { vagueTime } from './rules/vague-time';
import { zeroPaddedDate } from './rules/zero-padded-date';
import type { DocumentRule, ParagraphRule, Rule } from './types';

export const PARAGRAPH_RULES: readonly ParagraphRule[] = [
  halfwidthPunctuation,
  repeatedPunctuation,
  documentNumberBrackets,
  headingMark,
  hyphenRange,
  abbreviatedYear,
  zeroPaddedDate,
  percentRange,
  stackedApproximation,
  dateNamedDay,
  fixedNumerals,
  vagueTime,
  confusables,
  sensitiveTerms,
  datedTerms,
  fourQinzi,
  renamedBodies,
  requestItems,
  leaderNames,
  brackets,
  ellipsis,
  traditionalChars,
  typos,
  nearMiss,
  collocations,
  fixedFormulas,
  citations,
  lostDash,
  staleYear,
];

export const DOCUMENT_RULES: readonly DocumentRule[] = [
  headingSequence,
  shiSequence,
  plenarySession,
  structureParts,
  structureMeta,
  numberConsistency,
  yearConsistency,
];

export const ALL_RULES: readonly Rule[] = [...PARAGRAPH_RULES, ...DOCUMENT_RULES];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));

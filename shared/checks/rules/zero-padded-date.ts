import { matches } from '../text';
import type { ParagraphRule } from '../types';

const PADDED_MONTH = /(?<=(?:19|20)\d{2}年)0([1-9])(?=月)/gu;
const PADDED_DAY = /(?<=\d{1,2}月)0([1-9])(?=日)/gu;

export const zeroPaddedDate: ParagraphRule = {
  id: 'numbers.zero-padded-date',
  name: '日期补零',
  category: '数字与日期',
  severity: 'warning',
  scope: 'paragraph',
  check(p) {
    // On the signing date line GB/T 9704 is explicit, so it is an error there.
    const severity = p.role === 'date' ? 'error' : 'warning';
    return [...matches(p.text, PADDED_MONTH), ...matches(p.text, PADDED_DAY)].map((m) => ({
      start: m.index,
      length: 2,
      fix: m[1]!,
      severity,
      message: `日期中的月、日不补零，“${m[0]}”应写作“${m[1]}”。`,
    }));
  },
};

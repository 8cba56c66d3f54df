import { matches } from '../text';
import type { Hit, ParagraphRule } from '../types';

// Hyphens stay in phone numbers, ISO dates and model numbers: every pattern here needs a unit after
// it and no letter, digit or hyphen before it.
const B = '(?<![A-Za-z0-9\\-.－])';
const H = '[-－–‐]';
const TIME = new RegExp(`${B}((?:19|20)\\d{2}|\\d{1,2})\\s*(${H})\\s*((?:19|20)\\d{2}|\\d{1,2})(?=\\s*(?:年|月|日|季度))`, 'gu');
const ORDINAL = new RegExp(`(?<=第)(\\d+)\\s*(${H})\\s*(\\d+)(?=\\s*[条款项章节批期届次])`, 'gu');
const VALUE = new RegExp(
  `${B}(\\d+(?:\\.\\d+)?)\\s*(${H})\\s*(\\d+(?:\\.\\d+)?)(?=[万亿千百十]?(?:人|元|件|个|次|家|名|户|天|小时|分钟|公里|平方米|米|亩|吨|倍|岁))`,
  'gu',
);

export const hyphenRange: ParagraphRule = {
  id: 'numbers.range-hyphen',
  name: '范围号',
  category: '数字与日期',
  severity: 'warning',
  scope: 'paragraph',
  check(p) {
    const hits: Hit[] = [];
    const add = (m: RegExpExecArray, dash: string, what: string) => {
      const sep = m.index + m[0].indexOf(m[2]!, m[1]!.length);
      hits.push({
        start: sep,
        length: m[2]!.length,
        fix: dash,
        message: `${what}的起止应使用“${dash}”，连接号“${m[2]}”用于电话号码、日期格式和型号。`,
      });
    };
    for (const m of matches(p.text, TIME)) add(m, '—', '时间');
    for (const m of matches(p.text, ORDINAL)) add(m, '—', '序数');
    for (const m of matches(p.text, VALUE)) add(m, '～', '数值范围');
    return hits;
  },
};

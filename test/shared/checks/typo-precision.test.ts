import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_BY_ID } from '../../../shared/checks/registry';
import type { ParagraphRule } from '../../../shared/checks/types';
import { REPO_ROOT } from '../../helpers';
import { ctx, para } from './check-helpers';

// OpenCC's list of simplified words (about 49,000): a general vocabulary the typo rules must leave
// alone, except the variant and wrong spellings OpenCC keeps so that it can convert them.
const dict = path.join(REPO_ROOT, 'node_modules/opencc-js/dist/esm-lib/dict/STPhrases.js');
const KNOWN_MISSPELLINGS = new Set(
  '布署 五彩宾纷 克苦耐劳 全神灌注 兴高彩烈 出奇不意 出版社装祯 划拨帐号 别出新裁 前扑后继 参予 家俱 帐面 干躁 应收帐款周转率 挂帐 振聋发嘳 暗然失色 直接了当 眼花了乱 神彩奕奕 秋后算帐 立杆见影 美仑美奂 辩别 鞠躬尽悴'.split(
    ' ',
  ),
);

describe('typo rules against a general word list', () => {
  it('flag no ordinary word, only spellings that are themselves wrong', () => {
    const source = fs.readFileSync(dict, 'utf8');
    const words = [
      ...new Set(
        source
          .slice(source.indexOf('"') + 1, source.lastIndexOf('"'))
          .split('|')
          .map((e) => e.split(' ')[0]!),
      ),
    ].filter((w) => w.length >= 2);
    expect(words.length).toBeGreaterThan(40_000);
    const c = ctx();
    const rules = [RULE_BY_ID.get('words.typo')!, RULE_BY_ID.get('words.near-miss')!] as ParagraphRule[];
    const flagged = words.filter((w) => rules.some((r) => r.check(para(w), c).length > 0));
    expect(flagged.filter((w) => !KNOWN_MISSPELLINGS.has(w))).toEqual([]);
  });
});

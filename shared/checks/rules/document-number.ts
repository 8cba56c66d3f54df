import { matches } from '../text';
import type { ParagraphRule } from '../types';

const WRONG = /(?<=[\u4e00-\u9fff])([[［﹝【(（〈<{｛])\s*((?:19|20)\d{2})\s*([\]］﹞】)）〉>}｝])(?=\s*\d{1,4}\s*号)/gu;

export const documentNumberBrackets: ParagraphRule = {
  id: 'punct.doc-number',
  name: '文号括号',
  category: '标点',
  severity: 'error',
  scope: 'paragraph',
  check(p) {
    return [...matches(p.text, WRONG)].map((m) => ({
      start: m.index,
      length: m[0].length,
      fix: `〔${m[2]}〕`,
      message: `发文字号中的年份应用六角括号“〔${m[2]}〕”，不用“${m[1]}${m[3]}”。`,
    }));
  },
};

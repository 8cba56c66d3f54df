import { matches } from '../text';
import type { ParagraphRule } from '../types';

// 省略号 …… and 破折号 —— are doubled by design and are not in this set.
const REPEATED = /[，。、；：]{2,}/gu;

export const repeatedPunctuation: ParagraphRule = {
  id: 'punct.repeated',
  name: '重复标点',
  category: '标点',
  severity: 'error',
  scope: 'paragraph',
  check(p) {
    // 「。。。」 typed for an ellipsis is the ellipsis rule's (fix 「……」), not a doubled full stop.
    return [...matches(p.text, REPEATED)]
      .filter((m) => !/^。{3,}$/u.test(m[0]))
      .map((m) => {
        const same = [...m[0]].every((c) => c === m[0][0]);
        return {
          start: m.index,
          length: m[0].length,
          fix: same ? m[0][0]! : null,
          message: same ? `标点“${m[0][0]}”重复。` : `标点“${m[0]}”连用，只应保留一个。`,
        };
      });
  },
};

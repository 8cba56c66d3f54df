import { patternHits } from '../text';
import type { ParagraphRule } from '../types';

const REPORT_KINDS = new Set(['fazhi-annual', 'yifa-report', 'gov-info']);

export const requestItems: ParagraphRule = {
  id: 'structure.request-in-report',
  name: '报告夹带请示',
  category: '结构',
  severity: 'error',
  scope: 'paragraph',
  check(p, ctx) {
    if (!ctx.kind || !REPORT_KINDS.has(ctx.kind)) return [];
    return patternHits(p.text, ctx.data.requestPhrases, ctx);
  },
};

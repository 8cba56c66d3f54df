import type { PlenarySession } from '../data-schema';
import { matches, parseChineseNumeral } from '../text';
import type { CheckParagraph, DocumentRule, Hit } from '../types';

const LIST = /(十八|十九|二十|二十一)届((?:[一二三四五六七八九]中(?:全会)?[、和及与]?)+)全会/gu;
const FORMAL = /(十八|十九|二十|二十一)届中央委员会第([一二三四五六七八九])次全体会议/gu;

interface Mention {
  session: PlenarySession;
  paragraph: CheckParagraph;
  start: number;
  length: number;
  label: string;
}

const label = (s: PlenarySession) => `${s.congress}届${'一二三四五六七八九'[s.number - 1]}中全会`;

function mentions(paragraphs: CheckParagraph[], sessions: PlenarySession[]): Mention[] {
  const find = (congress: string, n: number) => sessions.find((s) => s.congress === congress && s.number === n);
  const out: Mention[] = [];
  for (const p of paragraphs) {
    for (const m of matches(p.text, LIST)) {
      for (const part of m[2]!.matchAll(/([一二三四五六七八九])中/gu)) {
        const s = find(m[1]!, parseChineseNumeral(part[1]!)!);
        if (s) out.push({ session: s, paragraph: p, start: m.index, length: m[0].length, label: label(s) });
      }
    }
    for (const m of matches(p.text, FORMAL)) {
      const s = find(m[1]!, parseChineseNumeral(m[2]!)!);
      if (s) out.push({ session: s, paragraph: p, start: m.index, length: m[0].length, label: label(s) });
    }
  }
  return out;
}

export const plenarySession: DocumentRule = {
  id: 'formulas.plenary-session',
  name: '最近一次全会',
  category: '固定表述',
  severity: 'warning',
  scope: 'document',
  check(doc, ctx) {
    const sessions = ctx.data.plenarySessions;
    const found = mentions(doc.paragraphs, sessions);
    if (found.length === 0 || (doc.date === null && ctx.year === null)) return [];
    // Without a date the report was written at the earliest at the end of its year.
    const written = doc.date ?? `${ctx.year}-12-31`;
    const latestMentioned = found.reduce((a, b) => (b.session.date > a.session.date ? b : a));
    const hits: Hit[] = [];
    for (const m of found) {
      if (doc.date && m.session.date > doc.date) {
        hits.push({ ...m, message: `${m.label}于${m.session.date.slice(0, 4)}年召开，晚于报告日期，请核对届次。` });
      }
    }
    const held = sessions.filter((s) => s.date <= written && !s.organisational);
    const latest = held.reduce<PlenarySession | null>((a, b) => (a === null || b.date > a.date ? b : a), null);
    if (latest && latest.date > latestMentioned.session.date) {
      hits.push({
        ...latestMentioned,
        message: `报告成文时最近一次全会是${label(latest)}（${latest.date.slice(0, 4)}年${Number(latest.date.slice(5, 7))}月），文中最近只提到${latestMentioned.label}，请确认是否沿用了旧表述。`,
      });
    }
    return hits;
  },
};

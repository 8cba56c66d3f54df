import type { Hit, ParagraphRule } from '../types';

export const sensitiveTerms: ParagraphRule = {
  id: 'words.sensitive',
  name: '敏感词',
  category: '用词',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    const hits: Hit[] = [];
    for (const { term, note } of ctx.user.sensitiveTerms) {
      for (let i = p.text.indexOf(term); i !== -1; i = p.text.indexOf(term, i + term.length)) {
        hits.push({
          start: i,
          length: term.length,
          fix: null,
          message: `“${term}”在本单位敏感词表中${note ? `（${note}）` : ''}，请核实是否可以使用。`,
        });
      }
    }
    return hits;
  },
};

/** Leaders named in one paragraph follow the order of the user's list; each keeps their own title. */
export const leaderNames: ParagraphRule = {
  id: 'consistency.leaders',
  name: '领导姓名、职务和排序',
  category: '一致性',
  severity: 'warning',
  scope: 'paragraph',
  check(p, ctx) {
    const leaders = ctx.user.leaders;
    if (leaders.length === 0) return [];
    const hits: Hit[] = [];
    const found = leaders
      .map((l, rank) => ({ ...l, rank, at: p.text.indexOf(l.name) }))
      .filter((l) => l.at !== -1)
      .sort((a, b) => a.at - b.at);
    for (let i = 1; i < found.length; i += 1) {
      const prev = found[i - 1]!;
      const cur = found[i]!;
      if (cur.rank < prev.rank) {
        hits.push({
          start: cur.at,
          length: cur.name.length,
          fix: null,
          message: `按本单位领导排序，“${cur.name}”应排在“${prev.name}”之前。`,
        });
      }
    }
    const titles = [...new Set(leaders.map((l) => l.title).filter(Boolean))].sort((a, b) => b.length - a.length);
    for (const l of found) {
      if (!l.title) continue;
      const before = titles.find((t) => p.text.slice(l.at - t.length, l.at) === t);
      const after = titles.find((t) => p.text.startsWith(t, l.at + l.name.length));
      const used = after ?? before;
      if (used && used !== l.title && !l.title.endsWith(used)) {
        hits.push({
          start: l.at,
          length: l.name.length,
          fix: null,
          message: `按本单位领导名单，${l.name}的职务是“${l.title}”，此处写作“${used}”。`,
        });
      }
    }
    return hits;
  },
};

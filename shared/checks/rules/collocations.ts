import { isHan } from '../text';
import type { Collocation } from '../data-extra-schema';
import type { Hit, ParagraphRule } from '../types';

const STOP = /[，。；：、！？,.;:!?\n\t]/u;
const endsPhrase = (next: string | undefined) => next === undefined || !isHan(next) || '的和与及等'.includes(next);

/** 「加强……力度」→ 加大, 「提高……意识」→ 增强: verb and object that do not go together (typos.json). */
export const collocations: ParagraphRule = {
  id: 'words.collocation',
  name: '搭配不当',
  category: '用词',
  severity: 'suggestion',
  scope: 'paragraph',
  basis: '公文常用搭配',
  skip: { quotes: 'all' },
  check(p, ctx) {
    const text = p.text;
    const hits: Hit[] = [];
    for (const [verb, entries] of byVerb(ctx.data.typos?.collocations ?? [])) {
      for (let i = text.indexOf(verb); i !== -1; i = text.indexOf(verb, i + verb.length)) {
        for (const c of entries) hitAt(text, i, c, hits);
      }
    }
    return hits;
  },
};

const grouped = new WeakMap<object, Map<string, Collocation[]>>();
function byVerb(list: readonly Collocation[]): Map<string, Collocation[]> {
  let map = grouped.get(list);
  if (!map) {
    map = new Map();
    for (const c of list) map.set(c.wrong, [...(map.get(c.wrong) ?? []), c]);
    grouped.set(list, map);
  }
  return map;
}

const firsts = new WeakMap<Collocation, Set<string>>();
function firstChars(c: Collocation): Set<string> {
  let set = firsts.get(c);
  if (!set) firsts.set(c, (set = new Set(c.objects.map((o) => o[0]!))));
  return set;
}

function hitAt(text: string, i: number, c: Collocation, hits: Hit[]): void {
  const from = i + c.wrong.length;
  let object: string | undefined;
  for (let j = from; j <= from + c.gap && j < text.length && !object; j += 1) {
    if (j > from && STOP.test(text[j - 1]!)) break;
    if (!firstChars(c).has(text[j]!)) continue;
    // The object ends its phrase: 「加强质量安全监管」 is not 「加强……质量」.
    object = c.objects.find((o) => text.startsWith(o, j) && endsPhrase(text[j + o.length]));
  }
  if (!object) return;
  hits.push({
    start: i,
    length: c.wrong.length,
    fix: c.right,
    message: `“${c.wrong}……${object}”搭配不当，宜作“${c.right}……${object}”${c.note ? `（${c.note}）` : ''}。`,
  });
}

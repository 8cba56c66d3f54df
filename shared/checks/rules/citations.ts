import type { Citation } from '../data-extra-schema';
import type { CheckData } from '../data-schema';
import type { Hit, ParagraphRule } from '../types';

/**
 * The documents reports cite (templates/checks/citations.json) checked where they are quoted:
 * a known title with other years (《法治中国建设规划（2021—2025年）》), a 文号 beside a known title
 * that is not its number, and a document cited as the basis although it was replaced for the
 * report's year. One pass over the 《…》 of a paragraph.
 */

const YEARS = /[（(](\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年?[）)]$/u;
const DOC_NUMBER =
  /^[\s（(]*((?:[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号)|(?:国务院令第\d+号)|(?:[\u4e00-\u9fff]{1,12}[[［(（【﹝]\d{4}[\]］)）】﹞]\d+号))/u;
const CITING = /(根据|按照|依据|依照|贯彻|落实|执行|对照|遵照|遵循|实施)/u;
/** The clause before position `at` (back to the last ，。；！？, at most 80 characters). */
function clauseBefore(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 80 && !'，。；！？,;!?'.includes(text[s - 1]!)) s -= 1;
  return text.slice(s, at);
}

/** Same dashes and brackets whatever was typed: （2021—2025年）. */
const normalise = (title: string) =>
  title
    .replace(/[(]/g, '（')
    .replace(/[)]/g, '）')
    .replace(/(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})/gu, '$1—$2')
    .replace(/\s+/g, '');

interface CitationIndex {
  byTitle: Map<string, Citation[]>;
  /** Title without its year range → the documents with years. */
  byBase: Map<string, Citation[]>;
  byNumber: Map<string, Citation>;
}

const cache = new WeakMap<object, CitationIndex>();
function indexOf(data: CheckData): CitationIndex | null {
  const file = data.citations;
  if (!file) return null;
  let index = cache.get(file);
  if (index) return index;
  index = { byTitle: new Map(), byBase: new Map(), byNumber: new Map() };
  for (const d of file.documents) {
    const title = normalise(d.title);
    index.byTitle.set(title, [...(index.byTitle.get(title) ?? []), d]);
    const m = YEARS.exec(title);
    if (m) {
      const base = title.slice(0, m.index);
      index.byBase.set(base, [...(index.byBase.get(base) ?? []), d]);
    }
    if (d.number) index.byNumber.set(normaliseNumber(d.number), d);
  }
  cache.set(file, index);
  return index;
}

const normaliseNumber = (n: string) =>
  n
    .replace(/[[［(（【﹝]/gu, '〔')
    .replace(/[\]］)）】﹞]/gu, '〕')
    .replace(/\s+/g, '');

/** Edit distance, giving up above `max` (titles are short: at most 80 × 80 steps). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

const KIND = /(条例|纲要|规划|规定|办法|意见|格式|决定|通知)$/u;

/** The known document whose title is one or two edits from `title` (same kind of document), if exactly one. */
/** Answers per loaded data: a report quotes the same few titles over and over. */
const nearCaches = new WeakMap<CitationIndex, Map<string, Citation | null>>();
function nearTitle(index: CitationIndex, title: string): Citation | null {
  let cache = nearCaches.get(index);
  if (!cache) nearCaches.set(index, (cache = new Map()));
  if (cache.has(title)) return cache.get(title)!;
  if (cache.size > 2000) cache.clear();
  const found = nearTitleUncached(index, title);
  cache.set(title, found);
  return found;
}

function nearTitleUncached(index: CitationIndex, title: string): Citation | null {
  const kind = KIND.exec(title)?.[1];
  if (!kind || title.length < 8) return null;
  let found: Citation | null = null;
  for (const [known, docs] of index.byTitle) {
    if (!known.endsWith(kind) || Math.abs(known.length - title.length) > 2) continue;
    if (distance(title, known, 2) <= 2) {
      if (found && found.title !== docs[0]!.title) return null;
      found = docs.find((d) => !d.supersededBy) ?? docs[0]!;
    }
  }
  return found;
}

function yearsOf(title: string): [number, number] | null {
  const m = YEARS.exec(title);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const basisOf = (d: Citation) => `《${d.title}》${d.number ? `（${d.number}）` : ''}`;

export const citations: ParagraphRule = {
  id: 'citations.documents',
  name: '引用文件名称、年份与文号',
  category: '一致性',
  severity: 'error',
  scope: 'paragraph',
  basis: '所引文件原文',
  check(p, ctx) {
    const index = indexOf(ctx.data);
    if (!index) return [];
    const text = p.text;
    const hits: Hit[] = [];
    let close = -1;
    let nested = -1;
    for (let open = text.indexOf('《'); open !== -1; open = text.indexOf('《', open + 1)) {
      // Both searches only move forward: linear however many marks the text holds.
      if (close <= open) close = text.indexOf('》', open + 1);
      if (close === -1) break;
      if (nested <= open) nested = text.indexOf('《', open + 1);
      if (nested !== -1 && nested < close) continue;
      const raw = text.slice(open + 1, close);
      const title = normalise(raw);
      const docs = index.byTitle.get(title);
      if (!docs) {
        const years = yearsOf(title);
        const m = YEARS.exec(title);
        const family = m ? index.byBase.get(title.slice(0, m.index)) : undefined;
        if (years && family) {
          // Same title, other years: the document with the same start or end year, if only one.
          const near = family.filter((d) => {
            const y = yearsOf(normalise(d.title))!;
            return y[0] === years[0] || y[1] === years[1];
          });
          const right = near.length === 1 ? near[0]! : family.length === 1 ? family[0]! : null;
          const all = family.map((d) => `《${d.title}》`).join('或');
          hits.push({
            start: open + 1,
            length: raw.length,
            fix: right ? right.title : null,
            severity: right?.confirmed === false ? 'warning' : 'error',
            message: right
              ? `文件名称中的年份有误：应为《${right.title}》（${right.issuer}${right.number ? `，${right.number}` : ''}）。`
              : `没有《${raw}》这一文件，应为${all}。`,
            basis: right ? basisOf(right) : '所引文件原文',
          });
        } else if (!years) {
          // A title one or two characters off a known one: 《党政机关公文处理条例》.
          const like = nearTitle(index, title);
          if (like) {
            hits.push({
              start: open + 1,
              length: raw.length,
              fix: like.title,
              severity: 'warning',
              message: `文件名称疑有误：应为《${like.title}》（${like.issuer}${like.number ? `，${like.number}` : ''}）。`,
              basis: basisOf(like),
            });
          }
        }
        open = close;
        continue;
      }
      // The 文号 right after the title: 「《…》（国办公开办函〔2021〕30号）」.
      const after = DOC_NUMBER.exec(text.slice(close + 1, close + 40));
      let cited = docs;
      if (after) {
        const number = normaliseNumber(after[1]!);
        const start = close + 1 + after[0].length - after[1]!.length;
        const same = docs.find((d) => d.number && normaliseNumber(d.number) === number);
        if (same) cited = [same];
        else if (docs.some((d) => d.number)) {
          const right = docs.find((d) => d.number && !d.supersededBy) ?? docs.find((d) => d.number)!;
          const other = index.byNumber.get(number);
          hits.push({
            start,
            length: after[1]!.length,
            fix: right.numberConfirmed ? right.number : null,
            severity: right.numberConfirmed ? 'error' : 'warning',
            message: `《${right.title}》的文号是“${right.number}”${other ? `，“${after[1]}”是《${other.title}》的文号` : ''}${right.numberConfirmed ? '' : '（文号待与原件核对）'}。`,
            basis: basisOf(right),
          });
        }
      }
      // A replaced document cited as the basis of current work.
      const current = cited.find((d) => !d.supersededBy);
      const old = cited.find((d) => d.supersededBy && d.supersededFrom !== null && ctx.year !== null && ctx.year >= d.supersededFrom);
      if (old && (!current || cited.length === 1) && CITING.test(clauseBefore(text, open))) {
        const revised = old.supersededBy === old.title ? docs.find((d) => !d.supersededBy) : undefined;
        hits.push({
          start: open,
          length: close - open + 1,
          fix: null,
          severity: 'warning',
          message: revised
            ? `《${raw}》（${old.number}）是${old.date.slice(0, 4)}年的文本，自${old.supersededFrom}年起应引用现行文本${revised.number ? `（${revised.number}）` : ''}。`
            : `《${raw}》${old.number ? `（${old.number}）` : ''}自${old.supersededFrom}年起已由《${old.supersededBy}》取代，${ctx.year}年度的工作应以后者为依据。`,
          basis: basisOf(revised ?? old),
        });
      }
      open = close;
    }
    return hits;
  },
};

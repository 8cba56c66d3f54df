import type { CheckData } from '../data-schema';
import type { Hit, ParagraphRule } from '../types';

interface Table {
  /** Per UTF-16 unit: 1 when it is a traditional character of the table (a quick test before the map). */
  marks: Uint8Array;
  map: Map<string, string>;
}
const tables = new WeakMap<object, Table>();

/** traditional → simplified, built once per loaded data. */
function tableOf(data: CheckData): Table | null {
  const file = data.traditional;
  if (!file) return null;
  let table = tables.get(file);
  if (!table) {
    table = { marks: new Uint8Array(65536), map: new Map() };
    const chars = [...file.pairs];
    for (let i = 0; i + 1 < chars.length; i += 2) {
      table.map.set(chars[i]!, chars[i + 1]!);
      if (chars[i]!.length === 1) table.marks[chars[i]!.charCodeAt(0)] = 1;
    }
    tables.set(file, table);
  }
  return table;
}

/**
 * A traditional character in a simplified report (pasted from a Hong Kong or Taiwan source, or an
 * input method left in 繁体 mode). Consecutive traditional characters make one finding whose fix
 * converts the run. The table comes from opencc-js (build/gen-check-tables.mjs).
 */
export const traditionalChars: ParagraphRule = {
  id: 'words.traditional',
  name: '繁体字',
  category: '用词',
  severity: 'error',
  scope: 'paragraph',
  basis: '《通用规范汉字表》（2013）；GB/T 15834-2011',
  check(p, ctx) {
    const table = tableOf(ctx.data);
    if (!table) return [];
    const { map, marks } = table;
    const text = p.text;
    const hits: Hit[] = [];
    let start = -1;
    let fix = '';
    let gap = '';
    const flush = (end: number) => {
      if (start < 0) return;
      const wrong = text.slice(start, end);
      // A long run (a pasted paragraph) is named by its beginning.
      const shown = (t: string) => (t.length > 20 ? `${t.slice(0, 20)}……` : t);
      hits.push({ start, length: end - start, fix, message: `“${shown(wrong)}”是繁体字，简体报告中应写作“${shown(fix)}”。` });
      start = -1;
      fix = '';
    };
    for (let i = 0; i < text.length; i += 1) {
      const s = marks[text.charCodeAt(i)] === 1 ? map.get(text[i]!) : undefined;
      if (s === undefined) {
        // One plain character between two traditional ones (政府資訊公開 → 资讯 公 开) keeps the run going.
        if (start >= 0 && gap === '' && i + 1 < text.length && marks[text.charCodeAt(i + 1)] === 1 && /[\u4e00-\u9fff]/u.test(text[i]!)) {
          gap = text[i]!;
          continue;
        }
        flush(i);
        continue;
      }
      if (start < 0) start = i;
      fix += gap + s;
      gap = '';
    }
    flush(text.length);
    return hits;
  },
};

import { isChineseContext } from '../text';
import type { Hit, ParagraphRule } from '../types';

/**
 * Paired marks (GB/T 15834-2011 §4.9, §4.10, §4.15): every opening mark closes with its own kind,
 * and a pair is full-width or half-width as a whole. One pass with a stack, linear in the text.
 * Fixes only ever make a pair match: the half-width member of a mixed pair becomes full-width, and a
 * half-width pair in Chinese text becomes full-width on both sides, so that no fix — this rule's or
 * the half-width rule's — leaves one side changed and the other not.
 */
const FAMILY: Record<string, { family: string; open: boolean; full: boolean }> = {
  '（': { family: 'paren', open: true, full: true },
  '）': { family: 'paren', open: false, full: true },
  '(': { family: 'paren', open: true, full: false },
  ')': { family: 'paren', open: false, full: false },
  '【': { family: 'square', open: true, full: true },
  '】': { family: 'square', open: false, full: true },
  '〔': { family: 'tortoise', open: true, full: true },
  '〕': { family: 'tortoise', open: false, full: true },
  '《': { family: 'book', open: true, full: true },
  '》': { family: 'book', open: false, full: true },
  '〈': { family: 'book2', open: true, full: true },
  '〉': { family: 'book2', open: false, full: true },
  '“': { family: 'dq', open: true, full: true },
  '”': { family: 'dq', open: false, full: true },
  '‘': { family: 'sq', open: true, full: true },
  '’': { family: 'sq', open: false, full: true },
};
const MARKS = new Uint8Array(65536);
for (const ch of Object.keys(FAMILY)) MARKS[ch.charCodeAt(0)] = 1;
const TO_FULL: Record<string, string> = { '(': '（', ')': '）' };
const CLOSER: Record<string, string> = { paren: '）', square: '】', tortoise: '〕', book: '》', book2: '〉', dq: '”', sq: '’' };
const NAME: Record<string, string> = {
  paren: '括号',
  square: '方头括号',
  tortoise: '六角括号',
  book: '书名号',
  book2: '书名号',
  dq: '引号',
  sq: '引号',
};

/** The nearest non-space neighbours of position i. */
function around(text: string, i: number): [string | undefined, string | undefined] {
  let a = i - 1;
  while (a >= 0 && text[a] === ' ') a -= 1;
  let b = i + 1;
  while (b < text.length && text[b] === ' ') b += 1;
  return [text[a], text[b]];
}

const chineseAround = (text: string, i: number): boolean => around(text, i).some((c) => isChineseContext(c));
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

export const brackets: ParagraphRule = {
  id: 'punct.brackets',
  name: '括号、引号、书名号配对',
  category: '标点',
  severity: 'error',
  scope: 'paragraph',
  basis: 'GB/T 15834-2011《标点符号用法》',
  skip: { tables: true },
  check(p) {
    const text = p.text;
    const hits: Hit[] = [];
    const stack: Array<{ at: number; ch: string; family: string; full: boolean }> = [];
    // A list marker 「1)」 at the start of a paragraph has no opening bracket by design.
    const marker = /^[\s\u3000]*[0-9A-Za-z]{1,2}\)/u.exec(text);
    for (let i = 0; i < text.length; i += 1) {
      if (MARKS[text.charCodeAt(i)] === 0) continue;
      const ch = text[i]!;
      const kind = FAMILY[ch]!;
      if (ch === '’' && isLatin(text[i - 1]) && isLatin(text[i + 1])) continue; // apostrophe: it’s
      if (kind.open) {
        stack.push({ at: i, ch, family: kind.family, full: kind.full });
        continue;
      }
      if (marker && i === marker[0].length - 1) continue;
      const top = stack[stack.length - 1];
      if (!top) {
        hits.push({ start: i, length: 1, severity: 'warning', message: `“${ch}”前面没有与之配对的${NAME[kind.family]}。` });
        continue;
      }
      if (top.family !== kind.family) {
        // 「（……》」: the closing mark of another kind. Report it once, fix nothing.
        hits.push({ start: i, length: 1, message: `“${top.ch}”与“${ch}”不配对，应为“${CLOSER[top.family]}”。` });
        stack.pop();
        // 「《条例（试行》」: the 》 still closes the 《 below the unclosed （.
        if (stack[stack.length - 1]?.family === kind.family) stack.pop();
        continue;
      }
      stack.pop();
      if (top.full === kind.full) {
        // A half-width pair around Chinese text becomes full-width on both sides.
        if (!kind.full && (chineseAround(text, top.at) || chineseAround(text, i))) {
          hits.push({ start: top.at, length: 1, fix: TO_FULL[top.ch]!, message: `括号两侧是中文，成对改为全角“（）”。` });
          hits.push({ start: i, length: 1, fix: TO_FULL[ch]!, message: `括号两侧是中文，成对改为全角“（）”。` });
        }
        continue;
      }
      // A mixed pair 「（……)」: the half-width side follows the full-width one.
      const half = top.full ? { at: i, ch } : { at: top.at, ch: top.ch };
      hits.push({
        start: half.at,
        length: 1,
        fix: TO_FULL[half.ch]!,
        message: `括号一半全角、一半半角：“${half.ch}”应为“${TO_FULL[half.ch]}”，与另一半配对。`,
      });
    }
    for (const open of stack) {
      // A quotation over several paragraphs opens each with “ and closes only at the end.
      if (open.family === 'dq' && text.slice(0, open.at).trim() === '') continue;
      hits.push({ start: open.at, length: 1, severity: 'warning', message: `“${open.ch}”没有与之配对的${NAME[open.family]}。` });
    }
    return hits;
  },
};

import type { SourceBlock } from './import-schema';
import { isEmptyTable, tableFromHtml, tableText } from './import-table';

/**
 * Web text pasted with its HTML (the clipboard's text/html): the same lines as the plain text, but
 * a <table> stays a table with its cells and merges (issue 12). One linear pass over the tags (an
 * unclosed 「<」 ends the tags, never makes the scan quadratic); script and style are dropped.
 */

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'dd',
  'dt',
  'pre',
  'br',
  'tr',
  'hr',
]);
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  hellip: '…',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

type Token = { text: string } | { tag: string; closing: boolean; raw: string };

function* tokens(html: string): Generator<Token> {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return yield { text: html.slice(i) };
    if (lt > i) yield { text: html.slice(i, lt) };
    const gt = html.indexOf('>', lt);
    if (gt < 0) return yield { text: html.slice(lt) };
    const inner = html.slice(lt + 1, gt);
    const m = /^\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]{0,15})/u.exec(inner);
    if (m) yield { tag: m[2]!.toLowerCase(), closing: m[1] === '/', raw: html.slice(lt, gt + 1) };
    i = gt + 1;
  }
}

/** The paragraphs and tables of pasted HTML, in order, as the importer reads any source. */
export function blocksFromHtml(html: string, fromText: (text: string) => SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  let text = '';
  let skip: string | null = null;
  let table: string[] | null = null;
  let depth = 0;
  const flushText = () => {
    if (text) out.push(...fromText(decode(text)));
    text = '';
  };
  for (const t of tokens(html)) {
    if (table) {
      table.push('text' in t ? t.text : t.raw);
      if ('tag' in t && t.tag === 'table') depth += t.closing ? -1 : 1;
      if (depth === 0) {
        const parsed = tableFromHtml(table.join(''));
        if (!isEmptyTable(parsed)) out.push({ text: tableText(parsed), style: null, table: parsed });
        table = null;
      }
      continue;
    }
    if ('text' in t) {
      if (!skip) text += t.text.replace(/[\r\n]+/gu, ' ');
      continue;
    }
    if (skip) {
      if (t.closing && t.tag === skip) skip = null;
      continue;
    }
    if (!t.closing && (t.tag === 'script' || t.tag === 'style')) skip = t.tag;
    else if (!t.closing && t.tag === 'table') {
      flushText();
      table = [t.raw];
      depth = 1;
    } else if (BLOCK_TAGS.has(t.tag)) text += '\n';
  }
  flushText();
  return out;
}

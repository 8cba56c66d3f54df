import { cleanSpaces, isWebDebris } from './paste-clean-text';

/**
 * HTML from the clipboard (Word, WPS, Excel, web pages) → the little HTML the editor keeps:
 * paragraphs, bold/italic/underline, lists, tables (with colspan/rowspan); no styles, classes,
 * images, links, scripts, empty paragraphs or web debris. Lexical's own HTML import then reads it.
 */

const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'META',
  'LINK',
  'IMG',
  'SVG',
  'IFRAME',
  'NOSCRIPT',
  'HEAD',
  'TITLE',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'NAV',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'FORM',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'PRE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'CENTER',
  'DL',
  'DT',
  'DD',
  'LI',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'HR',
]);

interface Fmt {
  b: boolean;
  i: boolean;
  u: boolean;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function fmtOf(el: HTMLElement, f: Fmt): Fmt {
  const tag = el.tagName;
  const style = el.getAttribute('style') ?? '';
  const weight = /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
  return {
    b: f.b || tag === 'B' || tag === 'STRONG' || weight,
    i: f.i || tag === 'I' || tag === 'EM' || /font-style\s*:\s*italic/i.test(style),
    u: f.u || tag === 'U' || /text-decoration[^;]*underline/i.test(style),
  };
}

function wrap(text: string, f: Fmt): string {
  let html = esc(text);
  if (f.u) html = `<u>${html}</u>`;
  if (f.i) html = `<i>${html}</i>`;
  if (f.b) html = `<b>${html}</b>`;
  return html;
}

/** A paragraph being collected: its pieces of text with their formats. */
type Piece = { text: string; f: Fmt } | { br: true };

class Collector {
  out: string[] = [];
  buf: Piece[] = [];
  flush() {
    // Spaces are cleaned over the whole paragraph text (runs of NBSP across pieces, CJK gaps).
    const pieces = this.buf;
    this.buf = [];
    const plain = pieces.map((p) => ('br' in p ? '\n' : p.text)).join('');
    const lines = plain.split('\n').map(cleanSpaces);
    if (lines.every((l) => l === '') || lines.filter((l) => l !== '').every(isWebDebris)) return;
    let html = '';
    for (const p of pieces) {
      if ('br' in p) html += '<br>';
      else {
        const t = p.text.replace(/[\u00a0\u2002\u2003\u2009\u200b\ufeff\t\r\n ]+/g, ' ');
        if (t.trim() !== '' || (html !== '' && t === ' ')) html += wrap(t, p.f);
      }
    }
    this.out.push(`<p>${tidy(html)}</p>`);
  }
}

/** Spaces between Chinese characters across tags and at the ends of the paragraph go. */
function tidy(html: string): string {
  const CJK = '[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f]';
  return html
    .replace(new RegExp(`(${CJK})((?:</?[biu]>)*) ((?:</?[biu]>)*)(?=${CJK})`, 'g'), '$1$2$3')
    .replace(/^((?:<[biu]>)*) +/, '$1')
    .replace(/ +((?:<\/[biu]>)*)$/, '$1')
    .replace(/^(?:<br>)+|(?:<br>)+$/g, '');
}

function inlineHtml(el: Node, f: Fmt): string {
  const c = new Collector();
  flow(el, f, c);
  c.flush();
  return c.out.map((p) => p.slice(3, -4)).join('<br>');
}

function tableHtml(table: HTMLTableElement): string {
  const rows = [...table.rows].map((tr) => {
    const cells = [...tr.cells].map((cell) => {
      const tag = cell.tagName === 'TH' ? 'th' : 'td';
      const span = (n: number, name: string) => (n > 1 ? ` ${name}="${Math.min(n, 30)}"` : '');
      return `<${tag}${span(cell.colSpan, 'colspan')}${span(cell.rowSpan, 'rowspan')}><p>${inlineHtml(cell, { b: false, i: false, u: false })}</p></${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}

function listHtml(list: HTMLElement, f: Fmt): string {
  const tag = list.tagName === 'OL' ? 'ol' : 'ul';
  const items = [...list.children]
    .filter((li) => li.tagName === 'LI')
    .map((li) => inlineHtml(li, f))
    .filter((t) => t.replace(/<[^>]+>/g, '').trim() !== '');
  return items.length ? `<${tag}>${items.map((t) => `<li>${t}</li>`).join('')}</${tag}>` : '';
}

function flow(node: Node, f: Fmt, c: Collector): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.TEXT_NODE) {
      c.buf.push({ text: child.textContent ?? '', f });
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.tagName.toUpperCase();
    if (DROP.has(tag) || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) continue;
    if (tag === 'BR') c.buf.push({ br: true });
    else if (tag === 'TABLE') {
      c.flush();
      c.out.push(tableHtml(el as HTMLTableElement));
    } else if (tag === 'UL' || tag === 'OL') {
      c.flush();
      const html = listHtml(el, f);
      if (html) c.out.push(html);
    } else if (BLOCK.has(tag)) {
      c.flush();
      flow(el, fmtOf(el, f), c);
      c.flush();
    } else flow(el, fmtOf(el, f), c);
  }
}

export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const c = new Collector();
  flow(doc.body, { b: false, i: false, u: false }, c);
  c.flush();
  return c.out.join('');
}

import type { SourceBlock } from '../../../shared/import/import-schema';

/**
 * mammoth turns a .docx into simple HTML: <p>, <h1>–<h4> for heading styles, <p class="nb-title">
 * for the Title style, tables and lists. Each block element becomes one paragraph; the text of
 * table cells is kept (cell by cell) so no sentence is lost.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code] ?? whole;
  });
}

const BLOCK = /<(p|h[1-6]|li|td|th)(\s[^>]*)?>([\s\S]*?)<\/\1>/giu;

export function htmlToBlocks(html: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const m of html.matchAll(BLOCK)) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2] ?? '';
    // A cell holds its own <p>s: read them, not the cell as a whole.
    const inner = m[3]!;
    if ((tag === 'td' || tag === 'th' || tag === 'li') && /<p[\s>]/iu.test(inner)) {
      blocks.push(...htmlToBlocks(inner));
      continue;
    }
    const text = decodeEntities(inner.replace(/<br\s*\/?>/giu, '\n').replace(/<[^>]+>/gu, ''));
    const level = /^h([1-4])$/u.exec(tag)?.[1];
    const style: SourceBlock['style'] = /nb-title/u.test(attrs) ? 'title' : level ? (Number(level) as 1 | 2 | 3 | 4) : null;
    for (const line of text.split('\n')) blocks.push({ text: line, style });
  }
  return blocks;
}

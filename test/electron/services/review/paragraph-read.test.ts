import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementChildren, parseXml } from '../../../../electron/services/review/ooxml';
import { readParagraph } from '../../../../electron/services/review/paragraph-read';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Piece = { state: 'normal' | 'ins' | 'del'; text: string; author: string; prefix: 'w' | 'ns0'; link: boolean };

function xmlOf(pieces: Piece[]): string {
  const body = pieces
    .map((p) => {
      const pre = p.prefix;
      const run =
        p.state === 'del'
          ? `<${pre}:r><${pre}:delText xml:space="preserve">${esc(p.text)}</${pre}:delText></${pre}:r>`
          : `<${pre}:r><${pre}:t xml:space="preserve">${esc(p.text)}</${pre}:t></${pre}:r>`;
      const wrapped =
        p.state === 'normal'
          ? run
          : `<${pre}:${p.state} ${pre}:id="1" ${pre}:author="${p.author}" ${pre}:date="2026-12-01T09:00:00Z">${run}</${pre}:${p.state}>`;
      return p.link ? `<${pre}:hyperlink>${wrapped}</${pre}:hyperlink>` : wrapped;
    })
    .join('');
  return `<w:document xmlns:w="${W}" xmlns:ns0="${W}"><w:body><w:p>${body}</w:p></w:body></w:document>`;
}

const piece = fc.record({
  state: fc.constantFrom('normal' as const, 'ins' as const, 'del' as const),
  text: fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('法', '治', '政', '府', 'a', '&', '<', ' ', '。') }),
  author: fc.constantFrom('张科长', '王主任'),
  prefix: fc.constantFrom('w' as const, 'ns0' as const),
  link: fc.boolean(),
});

describe('reading a paragraph with tracked changes (property)', () => {
  it('the original text is the normal and deleted text; every change sits at its place in it, whatever the prefix', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const doc = parseXml(xmlOf(pieces));
        const p = elementChildren(elementChildren(doc.documentElement)[0]!)[0]!;
        const read = readParagraph(p);
        expect(read.original).toBe(
          pieces
            .filter((x) => x.state !== 'ins')
            .map((x) => x.text)
            .join(''),
        );
        // Deleted text is where the change says; inserted text is exactly what was inserted, in order.
        for (const c of read.changes.filter((x) => x.kind === 'del')) expect(read.original.slice(c.at, c.at + c.text.length)).toBe(c.text);
        expect(
          read.changes
            .filter((c) => c.kind === 'ins')
            .map((c) => c.text)
            .join(''),
        ).toBe(
          pieces
            .filter((x) => x.state === 'ins')
            .map((x) => x.text)
            .join(''),
        );
        expect(read.changes.map((c) => c.text).join('').length).toBe(
          pieces
            .filter((x) => x.state !== 'normal')
            .map((x) => x.text)
            .join('').length,
        );
      }),
      { numRuns: 300 },
    );
  });
});

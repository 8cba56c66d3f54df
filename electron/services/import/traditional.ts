import * as OpenCC from 'opencc-js/t2cn';
import type { SourceBlock } from '../../../shared/import/import-schema';

/**
 * Traditional → simplified characters for the import (issue 12), with OpenCC's maintained tables
 * (Taiwan and Hong Kong variants and phrases). Returns the converted blocks when the source is
 * written in traditional characters, else null.
 */
let convert: ((text: string) => string) | null = null;
const converter = () => (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));

/** At least this share of the Han characters must change for a source to count as traditional. */
const MIN_SHARE = 0.02;

export function toSimplified(blocks: readonly SourceBlock[]): SourceBlock[] | null {
  const c = converter();
  let han = 0;
  let changed = 0;
  const out = blocks.map((b) => {
    const text = c(b.text);
    for (let i = 0; i < b.text.length; i += 1) {
      const code = b.text.charCodeAt(i);
      if (code >= 0x3400 && code <= 0x9fff) {
        han += 1;
        if (text[i] !== b.text[i]) changed += 1;
      }
    }
    const table = b.table && { rows: b.table.rows.map((r) => r.map((cell) => ({ ...cell, text: c(cell.text) }))) };
    return table ? { ...b, text, table } : { ...b, text };
  });
  return han > 0 && changed / han >= MIN_SHARE && changed >= 3 ? out : null;
}

import { HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import type { Finding } from '../../shared/checks/types';
import { $liveBlocks, $replaceInBlock } from './plugins/check-blocks';

/**
 * Applies fixes to the open editor as ONE history entry (issue 10): Ctrl+Z undoes the whole batch,
 * and what was typed before stays in the history. Fixes are applied from the end of each block so
 * earlier offsets stay valid; overlapping fixes keep the later one (as applyFixesToState does).
 * Returns how many were applied.
 */
export function applyFixesInEditor(editor: LexicalEditor, findings: readonly Finding[]): number {
  const sorted = findings.filter((f) => f.fix !== null && f.paragraph >= 0).sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  let applied = 0;
  editor.update(
    () => {
      const blocks = $liveBlocks();
      let last: { paragraph: number; start: number } | null = null;
      for (const f of sorted) {
        if (last && last.paragraph === f.paragraph && f.start + f.length > last.start) continue;
        const block = blocks[f.paragraph];
        if (block && $replaceInBlock(block.node, f.start, f.length, f.fix!)) {
          applied += 1;
          last = { paragraph: f.paragraph, start: f.start };
        }
      }
    },
    { tag: HISTORY_PUSH_TAG, discrete: true },
  );
  return applied;
}

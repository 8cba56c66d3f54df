import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTabNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';

/** A find hit to show: the text block (shared/find-replace.ts `textBlocks` order) and offsets. */
export interface FindFocus {
  block: number;
  start: number;
  end: number;
  /** Changes on every request, so the same hit can be shown again. */
  seq: number;
}

const isLeaf = (n: LexicalNode) => $isTextNode(n) || $isLineBreakNode(n) || $isTabNode(n);

/** The editor's text blocks in the order of shared/find-replace.ts `textBlocks`. */
function $textBlocks(): LexicalNode[][] {
  const out: LexicalNode[][] = [];
  const visit = (node: ElementNode) => {
    const kids = node.getChildren();
    if (kids.some(isLeaf)) out.push(kids.filter(isLeaf));
    for (const k of kids) if ($isElementNode(k)) visit(k);
  };
  visit($getRoot());
  return out;
}

/** Selects the hit (as Word does: the match selected, scrolled into the middle of the view). */
export function FindFocusPlugin({ focus }: { focus: FindFocus | null | undefined }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!focus) return;
    let key: string | null = null;
    editor.update(
      () => {
        const nodes = $textBlocks()[focus.block];
        if (!nodes) return;
        const at = (offset: number, end: boolean): [string, number] | null => {
          let pos = 0;
          for (const n of nodes) {
            const len = $isTextNode(n) ? n.getTextContentSize() : 1;
            if ($isTextNode(n) && (end ? offset <= pos + len : offset < pos + len) && offset >= pos) return [n.getKey(), offset - pos];
            pos += len;
          }
          return null;
        };
        const a = at(focus.start, false);
        const b = at(focus.end, true);
        if (!a || !b) return;
        const selection = $createRangeSelection();
        selection.anchor.set(a[0], a[1], 'text');
        selection.focus.set(b[0], b[1], 'text');
        $setSelection(selection);
        key = a[0];
      },
      { tag: 'skip-scroll-into-view' },
    );
    // After the update is rendered: bring the hit to the middle of the window.
    const t = setTimeout(() => {
      if (!key) return;
      editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
      editor.focus(undefined, { defaultSelection: 'rootStart' });
    }, 0);
    return () => clearTimeout(t);
  }, [editor, focus]);
  return null;
}

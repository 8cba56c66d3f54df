import { $isListItemNode, $isListNode } from '@lexical/list';
import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type LexicalEditor, type LexicalNode } from 'lexical';

/** A block as the checks see it (same order and text as shared/rich-text `toBlocks`). */
export interface LiveBlock {
  key: string;
  text: string;
  heading: boolean;
}

function $runs(node: ElementNode): LexicalNode[] {
  const out: LexicalNode[] = [];
  const walk = (n: LexicalNode) => {
    if ($isLineBreakNode(n) || $isTextNode(n)) out.push(n);
    else if ($isElementNode(n) && !$isListNode(n)) n.getChildren().forEach(walk);
  };
  node.getChildren().forEach(walk);
  return out;
}

/** The blocks of the editor, read inside `editor.read` / `editorState.read`. */
export function $liveBlocks(): Array<LiveBlock & { node: ElementNode }> {
  const blocks: Array<LiveBlock & { node: ElementNode }> = [];
  const text = (node: ElementNode) =>
    $runs(node)
      .map((n) => ($isLineBreakNode(n) ? '\n' : n.getTextContent()))
      .join('');
  const visitList = (list: ElementNode) => {
    for (const item of list.getChildren()) {
      if (!$isListItemNode(item)) continue;
      const nested = item.getChildren().filter($isListNode);
      if ($runs(item).length > 0 || nested.length === 0) blocks.push({ key: item.getKey(), text: text(item), heading: false, node: item });
      nested.forEach(visitList);
    }
  };
  for (const node of $getRoot().getChildren()) {
    if ($isListNode(node)) visitList(node);
    else if ($isElementNode(node)) blocks.push({ key: node.getKey(), text: text(node), heading: node.getType() === 'heading', node });
  }
  return blocks;
}

/** Replaces [start, start+length) of a block with `fix`, if the range lies inside one text node. */
export function $replaceInBlock(block: ElementNode, start: number, length: number, fix: string): boolean {
  let offset = 0;
  for (const n of $runs(block)) {
    const len = $isLineBreakNode(n) ? 1 : n.getTextContentSize();
    if ($isTextNode(n) && start >= offset && start + length <= offset + len) {
      n.spliceText(start - offset, length, fix, true);
      return true;
    }
    offset += len;
  }
  return false;
}

/** A DOM Range over characters of a block, for underlines (CSS highlights) and scrolling. */
export function domRange(editor: LexicalEditor, key: string, start: number, length: number): Range | null {
  const el = editor.getElementByKey(key);
  if (!el) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof HTMLElement && (n.tagName === 'OL' || n.tagName === 'UL')) break;
    const len = n.nodeType === Node.TEXT_NODE ? (n.textContent ?? '').length : n instanceof HTMLBRElement ? 1 : 0;
    if (len === 0) continue;
    if (!started && start < offset + len && n.nodeType === Node.TEXT_NODE) {
      range.setStart(n, start - offset);
      started = true;
    }
    if (started && start + length <= offset + len && n.nodeType === Node.TEXT_NODE) {
      range.setEnd(n, start + length - offset);
      return range;
    }
    offset += len;
  }
  return null;
}

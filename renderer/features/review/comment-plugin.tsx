import { $wrapSelectionInMarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { useState } from 'react';
import type { Anchor } from '../../../shared/review/review-schema';
import { anchorAt } from '../../../shared/review/text-anchor';
import { api, errorMessage } from '../../api/client';

/**
 * 批注 in the editor (issue 16): the selected text of one paragraph gets a comment (author from the
 * settings, time now) and is wrapped in a mark node with the comment's id, so the comment stays on
 * its text through later edits (the autosave stores the mark with the content).
 * 提出修订: the selected text gets a suggested replacement (empty = delete) recorded with author and
 * time instead of changing the text; it is accepted or rejected in the 审阅 panel.
 */

function leavesOf(block: ElementNode, out: LexicalNode[] = []): LexicalNode[] {
  for (const c of block.getChildren()) {
    if ($isElementNode(c)) leavesOf(c, out);
    else out.push(c);
  }
  return out;
}

function blockOf(node: LexicalNode): ElementNode | null {
  let n: LexicalNode | null = node;
  while (
    n &&
    !(
      $isElementNode(n) &&
      !n.isInline() &&
      n.getParent()?.getType() !== 'mark' &&
      ['paragraph', 'heading', 'listitem', 'quote'].includes(n.getType())
    )
  ) {
    n = n.getParent();
  }
  return n as ElementNode | null;
}

function offsetIn(block: ElementNode, node: LexicalNode, offset: number): number {
  let at = 0;
  for (const leaf of leavesOf(block)) {
    if (leaf.is(node)) return at + offset;
    at += leaf.getTextContentSize();
  }
  return -1;
}

/** The anchor of a selection inside one block, or a Chinese reason why it cannot be commented. */
function $anchorOfSelection(selection: RangeSelection): Anchor | string {
  if (selection.isCollapsed()) return '请先选中要批注的文字。';
  const [first, last] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const block = blockOf(first.getNode());
  if (!block || !blockOf(last.getNode())?.is(block)) return '批注请选在同一段之内。';
  const start = offsetIn(block, first.getNode(), first.offset);
  const end = offsetIn(block, last.getNode(), last.offset);
  if (start < 0 || end <= start) return '请先选中要批注的文字。';
  return anchorAt(block.getTextContent(), start, end);
}

export function CommentPlugin({ reportId, sectionId, onAdded }: { reportId: string; sectionId: string; onAdded(): void }) {
  const [editor] = useLexicalComposerContext();
  const [pending, setPending] = useState<{ anchor: Anchor; selection: RangeSelection; mode: 'comment' | 'suggest' } | null>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const start = (mode: 'comment' | 'suggest') => {
    setMessage(null);
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return setMessage('请先选中要批注的文字。');
      const anchor = $anchorOfSelection(selection);
      if (typeof anchor === 'string') return setMessage(anchor);
      setPending({ anchor, selection: selection.clone(), mode });
      setText(mode === 'suggest' ? anchor.target : '');
    });
  };

  const add = async () => {
    if (!pending) return;
    try {
      if (pending.mode === 'suggest') {
        await api('review.addSuggestion', { reportId, sectionId, anchor: pending.anchor, replacement: text });
        setPending(null);
        setText('');
        return onAdded();
      }
      if (!text.trim()) return;
      const { id } = await api('review.addComment', { reportId, sectionId, anchor: pending.anchor, text: text.trim() });
      editor.update(() => {
        const selection = pending.selection.clone();
        $setSelection(selection);
        $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
      });
      setPending(null);
      setText('');
      onAdded();
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  return (
    <div className="comment-bar" onMouseDown={(e) => (e.target as HTMLElement).tagName === 'BUTTON' && e.preventDefault()}>
      {!pending && (
        <>
          <button type="button" onClick={() => start('comment')} title="给选中的文字加批注">
            批注
          </button>
          <button type="button" onClick={() => start('suggest')} title="对选中的文字提出修改，不直接改动正文">
            提出修订
          </button>
        </>
      )}
      {pending?.mode === 'comment' && (
        <>
          <span className="muted small">批注「{pending.anchor.target.slice(0, 20)}」：</span>
          <input aria-label="批注内容" value={text} autoFocus onChange={(e) => setText(e.target.value)} />
          <button type="button" disabled={!text.trim()} onClick={() => void add()}>
            添加批注
          </button>
          <button type="button" onClick={() => setPending(null)}>
            取消
          </button>
        </>
      )}
      {pending?.mode === 'suggest' && (
        <>
          <span className="muted small">将「{pending.anchor.target.slice(0, 20)}」改为（留空即删除）：</span>
          <input aria-label="修订后的文字" value={text} autoFocus onChange={(e) => setText(e.target.value)} />
          <button type="button" disabled={text === pending.anchor.target} onClick={() => void add()}>
            记录修订
          </button>
          <button type="button" onClick={() => setPending(null)}>
            取消
          </button>
        </>
      )}
      {message && (
        <span className="error small" role="status">
          {message}
        </span>
      )}
    </div>
  );
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useRef, useState } from 'react';
import type { CheckContext, Finding } from '../../../shared/checks/types';
import { createLiveChecker } from '../../features/checks/live-checks';
import { $liveBlocks, $replaceInBlock, domRange, type LiveBlock } from './check-blocks';
import { CheckHoverCard, type HoverState } from './check-hover-card';
import { setLocatedFindings } from './check-at-point';

export const LIVE_CHECK_DELAY_MS = 250;
const SEVERITIES = ['error', 'warning', 'suggestion'] as const;

export interface CheckFocus {
  paragraph: number;
  start: number;
  length: number;
}

interface Props {
  ctx: CheckContext;
  sectionId: string;
  level: 0 | 1 | 2 | 'attachment';
  /** Scrolls to and marks this place once the editor is ready (a click in the check panel). */
  focus?: CheckFocus | null;
  readOnly?: boolean;
}

type Located = { finding: Finding; block: LiveBlock; range: Range };

/**
 * Live proofreading: underlines drawn with the CSS Custom Highlight API, so the document and the
 * undo history are never touched; nothing is checked while an IME composition is open (the text
 * is raw pinyin then), and checking waits for a short pause in typing.
 */
export function CheckPlugin({ ctx, sectionId, level, focus, readOnly }: Props) {
  const [editor] = useLexicalComposerContext();
  const [hover, setHover] = useState<HoverState | null>(null);
  const located = useRef<Located[]>([]);
  // Leaving the underline closes the card after a moment, so the pointer can travel onto the card.
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keepCard = () => {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    closeTimer.current = null;
  };

  useEffect(() => {
    const check = createLiveChecker(ctx, sectionId, level);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let runs = 0;
    const run = () => {
      timer = null;
      if (editor.isComposing()) return schedule();
      const blocks = editor.getEditorState().read(() => $liveBlocks().map(({ key, text, heading }) => ({ key, text, heading })));
      const findings = check(blocks);
      located.current = findings.flatMap((finding) => {
        const block = blocks[finding.paragraph];
        const range = block ? domRange(editor, block.key, finding.start, finding.length) : null;
        return block && range ? [{ finding, block, range }] : [];
      });
      paint(located.current);
      setLocatedFindings(
        editor,
        located.current.map((l) => ({ finding: l.finding, blockKey: l.block.key, range: l.range })),
      );
      // Exposed for tests and tools: how many findings, and how many checks ran (none while composing).
      editor.getRootElement()?.setAttribute('data-check-count', String(findings.length));
      editor.getRootElement()?.setAttribute('data-check-runs', String((runs += 1)));
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, LIVE_CHECK_DELAY_MS);
    };
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      schedule();
    });
    run();
    return () => {
      unregister();
      if (timer) clearTimeout(timer);
      paint([]);
    };
  }, [editor, ctx, sectionId, level]);

  useEffect(() => {
    if (!focus) return;
    const block = editor.getEditorState().read(() => $liveBlocks()[focus.paragraph]);
    const range = block ? domRange(editor, block.key, focus.start, Math.max(1, focus.length)) : null;
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    CSS.highlights?.set('check-focus', new Highlight(range));
    const t = setTimeout(() => CSS.highlights?.delete('check-focus'), 2500);
    return () => clearTimeout(t);
  }, [editor, focus]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onMove = (e: MouseEvent) => {
      const caret = document.caretRangeFromPoint?.(e.clientX, e.clientY);
      if (!caret) return;
      const hit = located.current.find(({ range }) => range.comparePoint(caret.startContainer, caret.startOffset) === 0);
      if (hit) {
        keepCard();
        const rect = hit.range.getBoundingClientRect();
        setHover((h) =>
          h?.finding === hit.finding ? h : { finding: hit.finding, blockKey: hit.block.key, x: rect.left, y: rect.bottom + 4 },
        );
      } else if (!closeTimer.current) {
        closeTimer.current = setTimeout(() => {
          closeTimer.current = null;
          setHover(null);
        }, 400);
      }
    };
    root.addEventListener('mousemove', onMove);
    return () => root.removeEventListener('mousemove', onMove);
  }, [editor]);

  const applyFix = (h: HoverState) => {
    if (h.finding.fix === null) return;
    editor.update(() => {
      const block = $liveBlocks().find((b) => b.key === h.blockKey);
      if (block) $replaceInBlock(block.node, h.finding.start, h.finding.length, h.finding.fix!);
    });
    setHover(null);
  };

  return hover ? (
    <CheckHoverCard hover={hover} readOnly={readOnly ?? false} onFix={applyFix} onEnter={keepCard} onClose={() => setHover(null)} />
  ) : null;
}

function paint(items: Located[]) {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  for (const severity of SEVERITIES) {
    const ranges = items.filter((i) => i.finding.severity === severity).map((i) => i.range);
    if (ranges.length) CSS.highlights.set(`check-${severity}`, new Highlight(...ranges));
    else CSS.highlights.delete(`check-${severity}`);
  }
}

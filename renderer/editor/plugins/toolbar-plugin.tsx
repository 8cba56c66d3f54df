import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, type HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useState } from 'react';
import { TableSizePicker } from './table-size-picker';

/** Paragraph, bold, headings inside a part (1. and （1） levels), lists, undo and redo. */
export function ToolbarPlugin({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [bold, setBold] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            setBold($isRangeSelection(selection) && selection.hasFormat('bold'));
          }),
        ),
      ),
    [editor],
  );

  const setBlock = (tag: 'p' | HeadingTagType) =>
    editor.update(() => {
      const selection = $getSelection();
      $setBlocksType(selection, () => (tag === 'p' ? $createParagraphNode() : $createHeadingNode(tag)));
    });

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label="格式"
      // A mouse click on a tool must not take the focus (and the caret) away from the text.
      onMouseDown={(e) => {
        if (!(e.target instanceof HTMLInputElement)) e.preventDefault();
      }}
    >
      <button type="button" disabled={disabled} onClick={() => setBlock('p')} title="正文段落">
        正文
      </button>
      <button type="button" disabled={disabled} onClick={() => setBlock('h3')} title="三级标题（导出为“1.”）">
        小标题
      </button>
      <button type="button" disabled={disabled} onClick={() => setBlock('h4')} title="四级标题（导出为“（1）”）">
        次级标题
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={bold}
        className={bold ? 'active' : undefined}
        onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        title="加粗 (Ctrl+B)"
      >
        <b>加粗</b>
      </button>
      <button type="button" disabled={disabled} onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        编号列表
      </button>
      <button type="button" disabled={disabled} onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        项目列表
      </button>
      <TableSizePicker disabled={disabled} />
      <span className="toolbar-gap" />
      <button
        type="button"
        disabled={disabled || !canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        title="撤销 (Ctrl+Z)"
      >
        撤销
      </button>
      <button
        type="button"
        disabled={disabled || !canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        title="重做 (Ctrl+Y)"
      >
        重做
      </button>
    </div>
  );
}

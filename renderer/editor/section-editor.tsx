import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { ReactNode } from 'react';
import type { RichTextState } from '../../shared/rich-text';
import { unwrapUnknownNodes, wrapUnknownNodes } from '../../shared/rich-text-nodes';
import { EDITOR_THEME } from './editor-theme';
import { UnknownNode } from './nodes/unknown-node';
import { AutosavePlugin } from './plugins/autosave-plugin';
import { FigureMarkPlugin } from './plugins/figure-mark-plugin';
import { ToolbarPlugin } from './plugins/toolbar-plugin';
import type { CheckContext } from '../../shared/checks/types';
import { CheckPlugin, type CheckFocus } from './plugins/check-plugin';
import { ContextMenuPlugin, type ContextMenuExtra } from './plugins/context-menu-plugin';
import { PastePlugin } from './plugins/paste-plugin';
import { SaveNowPlugin } from './plugins/save-now-plugin';
import { FindFocusPlugin, type FindFocus } from './plugins/find-focus-plugin';
import { TableBehaviourPlugin } from './plugins/table-behaviour-plugin';
import { FieldValueNode, FieldValuePlugin } from '../features/gov-info/field-value-node';

interface Props {
  sectionId: string;
  initial: RichTextState;
  readOnly: boolean;
  label: string;
  save(content: RichTextState): Promise<void>;
  /** Live proofreading (issue 4); absent until the rule data is loaded. */
  checks?: { ctx: CheckContext; level: 0 | 1 | 2 | 'attachment'; focus: CheckFocus | null } | null;
  /** Plugins of the caller, inside the composer (issue 10: conflicts, drafts, fixes as one step; issue 16: 批注). */
  children?: ReactNode;
  /** Extra right-click entries for the selected text (加入词表 …). */
  menuExtra?: ContextMenuExtra;
  /** A 查找 hit to select and scroll to. */
  findFocus?: FindFocus | null;
}

const hasContent = (state: RichTextState) => (state.root.children?.length ?? 0) > 0;

/** One Lexical editor per section; remounted (by key) when another section is selected. */
export function SectionEditor({ sectionId, initial, readOnly, label, save, checks, children, menuExtra, findFocus }: Props) {
  const config: InitialConfigType = {
    namespace: `section-${sectionId}`,
    theme: EDITOR_THEME,
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, TableNode, TableRowNode, TableCellNode, UnknownNode, FieldValueNode, MarkNode],
    editable: !readOnly,
    editorState: hasContent(initial) ? JSON.stringify(wrapUnknownNodes(initial)) : undefined,
    onError: (error) => {
      console.error(error);
    },
  };
  return (
    <LexicalComposer initialConfig={config}>
      <ToolbarPlugin disabled={readOnly} />
      <div className="editor-frame">
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content" aria-label={label} spellCheck={false} />}
          placeholder={<div className="editor-placeholder">在此输入正文……</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasHorizontalScroll={false} />
      <TableBehaviourPlugin disabled={readOnly} />
      <ContextMenuPlugin readOnly={readOnly} extra={menuExtra} />
      {!readOnly && <PastePlugin />}
      {!readOnly && <SaveNowPlugin />}
      <FindFocusPlugin focus={findFocus} />
      <FieldValuePlugin readOnly={readOnly} />
      {!readOnly && <AutosavePlugin save={(content) => save(unwrapUnknownNodes(content))} />}
      {!readOnly && <FigureMarkPlugin />}
      {checks && <CheckPlugin ctx={checks.ctx} sectionId={sectionId} level={checks.level} focus={checks.focus} readOnly={readOnly} />}
      {children}
    </LexicalComposer>
  );
}

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  DecoratorNode,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { useEffect, type JSX } from 'react';
import { INSERT_FIELD_EVENT, liveFields, subscribeLiveFields, useLiveFields } from './field-values-store';

/**
 * A data field's value in the text (issue 17): an inline node holding the field id and the text
 * last shown. Everything that reads a section (export, checks, search, plain text) reads `text`
 * like any text run; the editor keeps it equal to the field's current value, so the saved text
 * follows the 数据 panel.
 */
export type SerializedFieldValueNode = Spread<{ fieldId: string; text: string }, SerializedLexicalNode>;

function FieldChip({ fieldId, text }: { fieldId: string; text: string }) {
  const live = useLiveFields()[fieldId];
  return (
    <span className="field-value" title={live ? `数据：${live.label}（随数据面板更新）` : '数据字段'} data-field={fieldId}>
      {live?.text ?? text}
    </span>
  );
}

export class FieldValueNode extends DecoratorNode<JSX.Element> {
  __fieldId: string;
  __text: string;

  static override getType(): string {
    return 'field-value';
  }

  static override clone(node: FieldValueNode): FieldValueNode {
    return new FieldValueNode(node.__fieldId, node.__text, node.__key);
  }

  constructor(fieldId: string, text: string, key?: NodeKey) {
    super(key);
    this.__fieldId = fieldId;
    this.__text = text;
  }

  static override importJSON(json: SerializedFieldValueNode): FieldValueNode {
    return new FieldValueNode(json.fieldId, json.text);
  }

  override exportJSON(): SerializedFieldValueNode {
    return { type: 'field-value', version: 1, fieldId: this.__fieldId, text: this.__text };
  }

  override createDOM(): HTMLElement {
    return document.createElement('span');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override getTextContent(): string {
    return this.getLatest().__text;
  }

  setText(text: string): void {
    this.getWritable().__text = text;
  }

  override decorate(): JSX.Element {
    return <FieldChip fieldId={this.__fieldId} text={this.__text} />;
  }
}

const $isFieldValueNode = (node: LexicalNode | null | undefined): node is FieldValueNode => node instanceof FieldValueNode;

/** Keeps the nodes' text equal to the fields' values and inserts a field when the 数据 panel asks. */
export function FieldValuePlugin({ readOnly }: { readOnly: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (readOnly) return;
    const sync = () => {
      const live = liveFields();
      const stale: Array<{ key: NodeKey; text: string }> = [];
      editor.getEditorState().read(() => {
        const walk = (n: LexicalNode) => {
          if ($isFieldValueNode(n)) {
            const text = live[n.__fieldId]?.text;
            if (text !== undefined && text !== n.__text) stale.push({ key: n.getKey(), text });
          }
          if ('getChildren' in n && typeof n.getChildren === 'function') (n.getChildren() as LexicalNode[]).forEach(walk);
        };
        walk($getRoot());
      });
      if (stale.length)
        editor.update(() => {
          for (const { key, text } of stale) {
            const node = $getNodeByKey(key);
            if ($isFieldValueNode(node)) node.setText(text);
          }
        });
    };
    sync();
    const unsubscribe = subscribeLiveFields(sync);
    const insert = (e: Event) => {
      const { fieldId } = (e as CustomEvent<{ fieldId: string }>).detail;
      const live = liveFields()[fieldId];
      if (!live) return;
      editor.update(() => {
        // After a click in the 数据 panel the editor may have no selection: the value goes at the end.
        if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
        $insertNodes([new FieldValueNode(fieldId, live.text)]);
      });
    };
    window.addEventListener(INSERT_FIELD_EVENT, insert);
    return () => {
      unsubscribe();
      window.removeEventListener(INSERT_FIELD_EVENT, insert);
    };
  }, [editor, readOnly]);
  return null;
}

import { DecoratorNode, type LexicalNode, type NodeKey, type SerializedLexicalNode, type Spread } from 'lexical';
import type { JSX } from 'react';
import { UNKNOWN_WRAPPER_TYPE } from '../../../shared/rich-text-nodes';
import './unknown-node.css';

/**
 * Stand-in for a stored node whose type this editor does not know (from a newer app, a package):
 * shown as a read-only block with its text and saved back as the original node, unchanged, so typing
 * elsewhere in the section never drops it (issue 11.5). shared/rich-text-nodes.ts wraps such nodes
 * before the state is loaded and unwraps them before it is saved.
 */

type Original = { type?: unknown; text?: unknown; children?: unknown; [key: string]: unknown };
export type SerializedUnknownNode = Spread<{ original: Original; inline?: boolean }, SerializedLexicalNode>;

/** The text inside the node, for the user to see what is kept. */
export function textOfOriginal(node: Original): string {
  const parts: string[] = [];
  const stack: Original[] = [node];
  while (stack.length && parts.length < 2000) {
    const n = stack.pop()!;
    if (typeof n.text === 'string') parts.push(n.text);
    if (Array.isArray(n.children)) for (let i = n.children.length - 1; i >= 0; i -= 1) stack.push(n.children[i] as Original);
  }
  return parts.join('');
}

export class UnknownNode extends DecoratorNode<JSX.Element> {
  __original: Original;
  __inline: boolean;

  static override getType(): string {
    return UNKNOWN_WRAPPER_TYPE;
  }

  static override clone(node: UnknownNode): UnknownNode {
    return new UnknownNode(node.__original, node.__inline, node.__key);
  }

  static override importJSON(json: SerializedUnknownNode): UnknownNode {
    return new UnknownNode(json.original, json.inline ?? false);
  }

  constructor(original: Original, inline: boolean, key?: NodeKey) {
    super(key);
    this.__original = original;
    this.__inline = inline;
  }

  /** The stand-in with the original inside; unwrapUnknownNodes puts the original back before saving. */
  override exportJSON(): SerializedUnknownNode {
    return { type: UNKNOWN_WRAPPER_TYPE, version: 1, original: this.__original, inline: this.__inline };
  }

  override createDOM(): HTMLElement {
    const el = document.createElement(this.__inline ? 'span' : 'div');
    el.className = this.__inline ? 'unknown-node unknown-node-inline' : 'unknown-node';
    el.contentEditable = 'false';
    return el;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return this.__inline;
  }

  override isIsolated(): boolean {
    return true;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override getTextContent(): string {
    return textOfOriginal(this.__original);
  }

  override decorate(): JSX.Element {
    const type = typeof this.__original.type === 'string' ? this.__original.type : '未知';
    const text = textOfOriginal(this.__original);
    return (
      <span className="unknown-node-body" title={`类型：${type}`} data-unknown-type={type}>
        <span className="unknown-node-label">〔本程序无法编辑的内容，已原样保留〕</span>
        {text}
      </span>
    );
  }
}

export const $isUnknownNode = (node: LexicalNode | null | undefined): node is UnknownNode => node instanceof UnknownNode;

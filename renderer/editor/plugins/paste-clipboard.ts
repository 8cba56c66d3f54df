import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { cleanPastedHtml } from './paste-clean-html';
import { cleanPlainParagraphs, normalisePunctuation } from './paste-clean-text';

/** Paste events this module made itself (already cleaned): passed on to Lexical untouched. */
const cleaned = new WeakSet<ClipboardEvent>();

function dispatchCleaned(editor: LexicalEditor, data: { html?: string; text: string }): void {
  const transfer = new DataTransfer();
  if (data.html) transfer.setData('text/html', data.html);
  transfer.setData('text/plain', data.text);
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true });
  cleaned.add(event);
  editor.dispatchCommand(PASTE_COMMAND, event);
}

/**
 * Plain text as paragraphs in one update: fast for a very long paste (500,000 characters are
 * 16,000 paragraphs; Lexical's own plain-text paste splits them one by one).
 */
export function insertParagraphs(editor: LexicalEditor, paragraphs: string[]): void {
  if (paragraphs.length === 0) return;
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (paragraphs.length === 1) {
      selection.insertText(paragraphs[0]!);
      return;
    }
    selection.insertNodes(paragraphs.map((p) => $createParagraphNode().append($createTextNode(p))));
  });
}

/**
 * Cleans a paste before Lexical inserts it; `plain`: text only (Ctrl+Shift+V, 粘贴为纯文本).
 * Half-width punctuation in Chinese text is made full-width, with a one-click undo that puts the
 * paste back as it came.
 */
export function pasteCleaned(editor: LexicalEditor, html: string | null, text: string, plain: boolean, keepPunctuation = false): void {
  let changed = 0;
  const norm = (t: string) => {
    if (keepPunctuation) return t;
    const r = normalisePunctuation(t);
    changed += r.count;
    return r.text;
  };
  const paragraphs = cleanPlainParagraphs(text);
  if (plain || !html) insertParagraphs(editor, paragraphs.map(norm));
  else {
    const clean = cleanPastedHtml(html);
    dispatchCleaned(editor, { html: clean ? norm(clean) : undefined, text: paragraphs.map(norm).join('\n') });
  }
  if (changed > 0)
    editorNotice(`已把 ${changed} 处半角标点改为全角。`, {
      label: '撤销',
      run: () => {
        editor.dispatchCommand(UNDO_COMMAND, undefined);
        pasteCleaned(editor, html, text, plain, true);
      },
    });
}

/**
 * Registers the cleaning paste: every paste with HTML (Word, WPS, Excel, web pages) or text is
 * cleaned first; `plainNext()` makes the next paste plain text (Ctrl+Shift+V).
 */
export function registerCleanPaste(editor: LexicalEditor, plainNext: () => boolean): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      if (!(event instanceof ClipboardEvent) || cleaned.has(event) || !event.clipboardData) return false;
      const data = event.clipboardData;
      // Files and images: Lexical's own handling (it ignores them in this editor).
      const html = data.getData('text/html');
      const text = data.getData('text/plain');
      if (!html && !text) return false;
      event.preventDefault();
      pasteCleaned(editor, html || null, text, plainNext());
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}

/** 粘贴 from the menu: the clipboard as the browser gives it, cleaned like a Ctrl+V. */
export async function pasteFromClipboard(editor: LexicalEditor): Promise<void> {
  try {
    const items = await navigator.clipboard.read();
    let html: string | null = null;
    let text = '';
    for (const item of items) {
      if (item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
      if (item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
    }
    editor.focus();
    pasteCleaned(editor, html, text, false);
  } catch {
    editorNotice('无法读取剪贴板，请用 Ctrl+V 粘贴。');
  }
}

export async function pastePlainTextFromClipboard(editor: LexicalEditor): Promise<void> {
  try {
    const text = await navigator.clipboard.readText();
    editor.focus();
    pasteCleaned(editor, null, text, true);
  } catch {
    editorNotice('无法读取剪贴板，请用 Ctrl+Shift+V 粘贴为纯文本。');
  }
}

/** A short message shown by the editor's menu (in-app, not the browser's alert box). */
export const EDITOR_NOTICE = 'nianbao:editor-notice';
export interface NoticeAction {
  label: string;
  run(): void;
}
export function editorNotice(message: string, action?: NoticeAction): void {
  window.dispatchEvent(new CustomEvent(EDITOR_NOTICE, { detail: { message, action } }));
}

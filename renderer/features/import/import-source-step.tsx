import { useState, type ClipboardEvent } from 'react';
import type { MethodInput } from '../../../shared/contract';
import { readFileAsBase64 } from './read-file';

export type ImportSourceInput = MethodInput<'import.preview'>['source'];

interface Props {
  busy: boolean;
  onSource(source: ImportSourceInput, label: string): void;
}

/** Step 1: a .docx or .txt file, or text pasted from the government website. */
export function ImportSourceStep({ busy, onSource }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A web page pasted with its tables: the clipboard's HTML keeps their cells and merges.
  const [pasted, setPasted] = useState<{ html: string; text: string } | null>(null);
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = e.clipboardData.getData('text/html');
    setPasted(!text.trim() && /<table[\s>]/iu.test(html) ? { html, text: e.clipboardData.getData('text/plain') } : null);
  };
  const submit = () =>
    onSource(pasted && pasted.text === text ? { type: 'html', html: pasted.html, text } : { type: 'text', text }, '粘贴的文字');

  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      onSource({ type: 'file', fileName: file.name, base64: await readFileAsBase64(file) }, file.name);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="import-source-step">
      <label className="import-file">
        选择往年报告文件（.docx 或 .txt）
        <input type="file" accept=".docx,.txt,text/plain" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      <p className="hint">旧版 .doc 文件请先在 Word 或 WPS 中另存为 .docx。</p>
      <label>
        或粘贴网页上的报告全文
        <textarea
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPaste={onPaste}
          placeholder="从政府网站复制报告全文，粘贴到这里"
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="primary" disabled={busy || !text.trim()} onClick={submit}>
        识别粘贴的文字
      </button>
    </div>
  );
}

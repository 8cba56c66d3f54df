import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';

/** What the dialog asks for; `initial` pre-fills the input (e.g. “模板名（副本）”). */
export interface PromptOptions {
  title: string;
  label: string;
  initial?: string;
}

/**
 * In-app replacement of window.prompt(), which Electron does not support: a modal form with one
 * text input. Enter submits, Escape cancels, an empty answer is refused with a hint.
 */
export function PromptDialog({
  title,
  label,
  initial = '',
  onSubmit,
  onCancel,
}: PromptOptions & { onSubmit(value: string): void; onCancel(): void }) {
  const [value, setValue] = useState(initial);
  const [hint, setHint] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) {
      setHint('请填写内容，不能为空。');
      input.current?.focus();
      return;
    }
    onSubmit(trimmed);
  };

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog prompt-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          onCancel();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <label>
          {label}
          <input
            ref={input}
            type="text"
            value={value}
            aria-invalid={hint !== null}
            aria-describedby={hint ? `${id}-hint` : undefined}
            onChange={(e) => {
              setValue(e.target.value);
              setHint(null);
            }}
          />
        </label>
        {hint && (
          <p id={`${id}-hint`} className="error" role="alert">
            {hint}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="primary">
            确定
          </button>
        </div>
      </form>
    </div>
  );
}

/**
 * `const { ask, dialog } = usePrompt()`: render `dialog` somewhere in the component, then
 * `const name = await ask({...})` resolves with the trimmed text, or null when cancelled.
 */
export function usePrompt(): { ask(options: PromptOptions): Promise<string | null>; dialog: ReactNode } {
  const [pending, setPending] = useState<(PromptOptions & { resolve(value: string | null): void }) | null>(null);

  const ask = useCallback(
    (options: PromptOptions) =>
      new Promise<string | null>((resolve) => {
        setPending({ ...options, resolve });
      }),
    [],
  );

  const finish = (value: string | null) => {
    pending?.resolve(value);
    setPending(null);
  };

  const dialog = pending ? (
    <PromptDialog
      key={`${pending.title}|${pending.label}`}
      title={pending.title}
      label={pending.label}
      initial={pending.initial}
      onSubmit={(v) => finish(v)}
      onCancel={() => finish(null)}
    />
  ) : null;

  return { ask, dialog };
}

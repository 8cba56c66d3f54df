import { useCallback, useId, useState, type ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  primary?: boolean;
}

export interface ChoiceOptions<T extends string> {
  title: string;
  message: string;
  choices: Choice<T>[];
}

/** In-app replacement of window.confirm() with named choices; Escape and 取消 answer null. */
function ChoiceDialog<T extends string>({ title, message, choices, onAnswer }: ChoiceOptions<T> & { onAnswer(value: T | null): void }) {
  const id = useId();
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog choice-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onAnswer(null))}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <p>{message}</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => onAnswer(null)} autoFocus>
            取消
          </button>
          {choices.map((c) => (
            <button key={c.value} type="button" className={c.primary ? 'primary' : undefined} onClick={() => onAnswer(c.value)}>
              {c.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

/** `const choice = useChoice()`: render `choice.dialog`, then `await choice.ask({...})`. */
export function useChoice(): { ask<T extends string>(options: ChoiceOptions<T>): Promise<T | null>; dialog: ReactNode } {
  const [pending, setPending] = useState<(ChoiceOptions<string> & { resolve(value: string | null): void }) | null>(null);
  const ask = useCallback(
    <T extends string>(options: ChoiceOptions<T>) =>
      new Promise<T | null>((resolve) => setPending({ ...options, resolve: resolve as (value: string | null) => void })),
    [],
  );
  const dialog = pending ? (
    <ChoiceDialog
      {...pending}
      onAnswer={(value) => {
        pending.resolve(value);
        setPending(null);
      }}
    />
  ) : null;
  return { ask, dialog };
}

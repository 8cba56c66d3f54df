import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import './confirm-dialog.css';

interface Options {
  title?: string;
  confirmLabel?: string;
  cancelLabel?: string;
}

function ConfirmDialog({
  message,
  title,
  confirmLabel,
  cancelLabel,
  onAnswer,
}: Required<Options> & { message: string; onAnswer(ok: boolean): void }) {
  const ok = useRef<HTMLButtonElement>(null);
  useEffect(() => ok.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog confirm-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onAnswer(false);
          }
        }}
      >
        <h2>{title}</h2>
        <p className="confirm-message">{message}</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => onAnswer(false)}>
            {cancelLabel}
          </button>
          <button type="button" className="primary" ref={ok} onClick={() => onAnswer(true)}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * In-app replacement of window.confirm() (which shows the browser's own box, and which Electron
 * handles poorly): a modal in the app's look; Enter confirms, Escape cancels. Resolves the answer.
 */
export function confirmDialog(message: string, options: Options = {}): Promise<boolean> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = createRoot(host);
    const previous = document.activeElement as HTMLElement | null;
    root.render(
      <ConfirmDialog
        message={message}
        title={options.title ?? '请确认'}
        confirmLabel={options.confirmLabel ?? '确定'}
        cancelLabel={options.cancelLabel ?? '取消'}
        onAnswer={(answer) => {
          root.unmount();
          host.remove();
          previous?.focus?.();
          resolve(answer);
        }}
      />,
    );
  });
}

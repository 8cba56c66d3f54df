import { useEffect, useRef } from 'react';
import { SEVERITY_LABELS, type Finding } from '../../../shared/checks/types';

export interface HoverState {
  finding: Finding;
  blockKey: string;
  x: number;
  y: number;
}

interface Props {
  hover: HoverState;
  readOnly: boolean;
  onFix(h: HoverState): void;
  /** The pointer reached the card: keep it open. */
  onEnter(): void;
  onClose(): void;
}

/** The card under an underlined word: what is wrong, why, and the one-click fix. */
export function CheckHoverCard({ hover, readOnly, onFix, onEnter, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const { finding } = hover;
  useEffect(() => {
    // Positioned through the CSSOM (allowed by the strict CSP, unlike inline style attributes).
    ref.current?.style.setProperty('left', `${Math.max(8, hover.x)}px`);
    ref.current?.style.setProperty('top', `${hover.y}px`);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hover, onClose]);
  return (
    <div
      ref={ref}
      className={`check-card check-card-${finding.severity}`}
      role="dialog"
      aria-label="校对提示"
      onMouseEnter={onEnter}
      onMouseLeave={onClose}
    >
      <div className="check-card-head">
        <span className={`check-badge check-badge-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
        <span className="check-card-rule">
          {finding.category} · {finding.name}
        </span>
        <button type="button" className="link" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="check-card-message">{finding.message}</p>
      {finding.basis && <p className="check-card-basis">依据：{finding.basis}</p>}
      {finding.fix !== null && !readOnly && (
        <button type="button" className="primary check-fix" onClick={() => onFix(hover)}>
          改为“{finding.fix === '' ? '（删除）' : finding.fix}”
        </button>
      )}
    </div>
  );
}

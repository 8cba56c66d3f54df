import { useEffect, useRef, useState } from 'react';
import type { ExportJobStatus } from '../../../shared/contract-export-jobs';
import type { ExportFormat } from '../../../shared/export-settings';

/** How long the card stays at 100 % after the file has arrived, so a fast export is seen to finish. */
const DONE_SHOWN_MS = 1500;

interface Card {
  format: ExportFormat;
  status: ExportJobStatus | null;
}

/** The progress card's state: shown while an export runs, briefly kept at 100 % when it is done. */
export function useExportCard() {
  const [card, setCard] = useState<Card | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    card,
    show(format: ExportFormat, status: ExportJobStatus | null) {
      clearTimeout(timer.current);
      // The file's bytes are not kept in component state.
      setCard({ format, status: status && { ...status, file: undefined } });
    },
    finish() {
      timer.current = setTimeout(() => setCard(null), DONE_SHOWN_MS);
    },
    hide() {
      clearTimeout(timer.current);
      setCard(null);
    },
  };
}

/**
 * The progress of an export, in a corner card. A step of unknown length (the PDF conversion) leaves
 * the bar without a value, which browsers and screen readers show as "busy". A native <progress>:
 * its width needs no inline style, which the CSP forbids.
 */
export function ExportProgress({ label, status }: { label: string; status: ExportJobStatus | null }) {
  const percent = status && !status.indeterminate ? status.percent : undefined;
  const stage = status?.stage ?? '正在准备';
  return (
    <div className="export-progress" aria-live="polite">
      <div className="export-progress-title">
        {status?.state === 'done' ? `已导出 ${label} 文件` : `正在导出 ${label} 文件，可以继续编辑`}
      </div>
      <progress
        className="export-progress-bar"
        aria-label={`导出 ${label} 进度`}
        max={100}
        value={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={stage}
      />
      <div className="export-progress-stage">
        {stage}
        {percent !== undefined && <span className="export-progress-percent">{percent}%</span>}
      </div>
    </div>
  );
}

import type { ExportJobStatus } from '../../../shared/contract-export-jobs';

/**
 * The progress of a running export, in a corner card. A step of unknown length (the PDF
 * conversion) leaves the bar without a value, which browsers and screen readers show as "busy".
 * A native <progress>: its width needs no inline style, which the CSP forbids.
 */
export function ExportProgress({ label, status }: { label: string; status: ExportJobStatus | null }) {
  const percent = status && !status.indeterminate ? status.percent : undefined;
  return (
    <div className="export-progress" aria-live="polite">
      <div className="export-progress-title">正在导出 {label} 文件，可以继续编辑</div>
      <progress
        className="export-progress-bar"
        aria-label={`导出 ${label} 进度`}
        max={100}
        value={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={status?.stage ?? '正在准备'}
      />
      <div className="export-progress-stage">
        {status?.stage ?? '正在准备'}
        {percent !== undefined && <span className="export-progress-percent">{percent}%</span>}
      </div>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import type { Report } from '../../../shared/report-schema';
import { api, errorMessage } from '../../api/client';
import { duplicateFields, useDuplicateOffer } from '../library/duplicate-offer';

interface Props {
  source: Report;
  onCancel(): void;
  onCreated(reportId: string): void;
}

/** 「沿用上年」: pick the new year; the new report opens with last year's text marked 待更新. */
export function RolloverDialog({ source, onCancel, onCreated }: Props) {
  const [year, setYear] = useState(String(source.year + 1));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const offer = useDuplicateOffer();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const decision = await offer.check({ agency: source.agency, year: Number(year), kind: source.kind });
      if (decision === null) return setBusy(false);
      if (decision.kind === 'open') return onCreated(decision.id);
      const result = await api('rollover.create', { reportId: source.id, year: Number(year), ...duplicateFields(decision) });
      onCreated(result.id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="rollover-title" onSubmit={(e) => void submit(e)}>
        <h2 id="rollover-title">沿用上年</h2>
        <p>
          以“{source.title}
          ”为基础创建新年度的报告：结构、单位和模板不变，标题、标题中的年份和成文日期顺延；正文沿用上年文字并标为“待更新”，正文中上年的年份逐处列出、确认后顺延，上年数据以黄色标出，上年的工作安排列为本年落实情况清单。
        </p>
        <label>
          新报告年度
          <input type="number" min={1949} max={2200} value={year} onChange={(e) => setYear(e.target.value)} required autoFocus />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy}>
            创建
          </button>
        </div>
      </form>
      {offer.dialog}
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../api/client';
import { todayIso } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { duplicateFields, useDuplicateOffer } from './duplicate-offer';

interface Props {
  onCancel(): void;
  onCreated(reportId: string): void;
}

/**
 * A report on year Y is dated in Y+1 (published before 1 April): today when today falls in Y+1,
 * otherwise left empty for the user to fill, rather than a date the checks would flag.
 */
function defaultReportDate(year: number): string {
  const today = todayIso();
  return Number(today.slice(0, 4)) === year + 1 ? today : '';
}

export function NewReportDialog({ onCancel, onCreated }: Props) {
  const { data: templates, error: loadError } = useAsync(() => api('templates.list', {}), 'templates');
  const [templateId, setTemplateId] = useState('');
  const [agency, setAgency] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  // null until the user picks a date: then the default follows the year (see defaultReportDate).
  const [pickedDate, setPickedDate] = useState<string | null>(null);
  const reportDate = pickedDate ?? defaultReportDate(Number(year));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = templateId || templates?.[0]?.id || '';
  const offer = useDuplicateOffer();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const kind = templates?.find((t) => t.id === chosen)?.kind;
      // Same agency, kind and year already there: offer to open it instead (issue 10).
      const decision =
        kind && agency.trim() ? await offer.check({ agency: agency.trim(), year: Number(year), kind }) : { kind: 'none' as const };
      if (decision === null) return setBusy(false);
      if (decision.kind === 'open') return onCreated(decision.id);
      const detail = await api('reports.create', {
        templateId: chosen,
        agency,
        year: Number(year),
        reportDate: reportDate || null,
        ...duplicateFields(decision),
      });
      onCreated(detail.report.id);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-modal="true" aria-labelledby="new-report-title" onSubmit={(e) => void submit(e)}>
        <h2 id="new-report-title">新建报告</h2>
        <label>
          模板
          <select value={chosen} onChange={(e) => setTemplateId(e.target.value)} required>
            {templates?.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
                {t.builtin ? '' : '（自定义）'}
              </option>
            ))}
          </select>
        </label>
        <label>
          单位名称
          <input value={agency} onChange={(e) => setAgency(e.target.value)} placeholder="如：市政务服务和大数据管理局" required autoFocus />
        </label>
        <label>
          报告年度
          <input type="number" value={year} min={1949} max={2200} onChange={(e) => setYear(e.target.value)} required />
        </label>
        <label>
          成文日期
          <input type="date" value={reportDate} onChange={(e) => setPickedDate(e.target.value)} />
        </label>
        {(error ?? loadError) && (
          <p className="error" role="alert">
            {error ?? loadError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy || !chosen}>
            创建
          </button>
        </div>
      </form>
      {offer.dialog}
    </div>
  );
}

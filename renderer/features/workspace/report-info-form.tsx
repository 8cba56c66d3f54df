import { useState } from 'react';
import { formatChineseDate } from '../../../shared/dates';
import type { Report } from '../../../shared/report-schema';
import { fillPattern, type Template } from '../../../shared/template-schema';
import { api, errorMessage } from '../../api/client';
import { trackSave } from '../../lib/save-tracker';

interface Props {
  report: Report;
  template: Template;
  part: 'title' | 'closing';
  readOnly: boolean;
  onSaved(report: Report): void;
}

type Fields = { title?: string; agency?: string; reportDate?: string | null; year?: number };

/** The title and the 落款 (agency, date) are report fields, edited in a form; saved on blur. */
export function ReportInfoForm({ report, template, part, readOnly, onSaved }: Props) {
  const [draft, setDraft] = useState({
    title: report.title,
    agency: report.agency,
    reportDate: report.reportDate ?? '',
    year: String(report.year),
  });
  const [error, setError] = useState<string | null>(null);

  const save = async (fields: Fields) => {
    setError(null);
    try {
      onSaved(await trackSave(api('reports.update', { id: report.id, ...fields })));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (part === 'title') {
    const suggested = fillPattern(template.titlePattern, { agency: draft.agency, year: Number(draft.year) || report.year });
    return (
      <section className="info-form" aria-label="标题">
        <h2>标题</h2>
        <label>
          报告标题
          <input
            value={draft.title}
            disabled={readOnly}
            onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            onBlur={() => draft.title !== report.title && void save({ title: draft.title })}
          />
        </label>
        <p className="muted">模板建议：{suggested}</p>
        {!readOnly && suggested !== draft.title && (
          <button
            type="button"
            onClick={() => {
              setDraft({ ...draft, title: suggested });
              void save({ title: suggested });
            }}
          >
            使用模板建议的标题
          </button>
        )}
        <label>
          报告年度
          <input
            type="number"
            value={draft.year}
            disabled={readOnly}
            onChange={(e) => setDraft({ ...draft, year: e.target.value })}
            onBlur={() => Number(draft.year) !== report.year && void save({ year: Number(draft.year) })}
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </section>
    );
  }
  return (
    <section className="info-form" aria-label="落款">
      <h2>落款</h2>
      <label>
        署名（单位全称）
        <input
          value={draft.agency}
          disabled={readOnly}
          onChange={(e) => setDraft({ ...draft, agency: e.target.value })}
          onBlur={() => draft.agency !== report.agency && void save({ agency: draft.agency })}
        />
      </label>
      <label>
        成文日期
        <input
          type="date"
          value={draft.reportDate}
          disabled={readOnly}
          onChange={(e) => {
            setDraft({ ...draft, reportDate: e.target.value });
            void save({ reportDate: e.target.value || null });
          }}
        />
      </label>
      <div className="closing-preview" aria-label="落款预览">
        <p>{report.agency}</p>
        <p>{report.reportDate ? formatChineseDate(report.reportDate) : '（未填写成文日期）'}</p>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

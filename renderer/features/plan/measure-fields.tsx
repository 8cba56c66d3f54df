import { DEADLINE_WORDS } from '../../../shared/plan/plan-schema';

/** The fields of one measure as the editor and the import preview show them. */
export interface MeasureDraft {
  id?: string;
  text: string;
  leadUnit: string;
  units: string;
  deadline: string;
  indicator: string;
}

const isDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/u.test(d);

/** 完成时限: a date, 全年, 长期, or not given. */
function DeadlineField({ value, disabled, onChange }: { value: string; disabled: boolean; onChange(v: string): void }) {
  const mode = isDate(value) ? 'date' : value;
  return (
    <span className="deadline-field">
      <select
        aria-label="完成时限"
        value={mode}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value === 'date' ? `${new Date().getFullYear()}-12-31` : e.target.value)}
      >
        <option value="">（未定）</option>
        <option value="date">日期</option>
        {DEADLINE_WORDS.map((w) => (
          <option key={w} value={w}>
            {w}
          </option>
        ))}
      </select>
      {mode === 'date' && (
        <input type="date" aria-label="完成日期" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value || '')} />
      )}
    </span>
  );
}

export function MeasureFields({
  draft,
  index,
  disabled,
  onChange,
}: {
  draft: MeasureDraft;
  index: number;
  disabled: boolean;
  onChange(next: MeasureDraft): void;
}) {
  const set = (patch: Partial<MeasureDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="measure-fields">
      <label className="measure-text">
        <span>措施 {index + 1}</span>
        <textarea
          rows={2}
          aria-label={`措施 ${index + 1} 内容`}
          value={draft.text}
          disabled={disabled}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
      <div className="measure-row">
        <label>
          牵头单位
          <input value={draft.leadUnit} disabled={disabled} onChange={(e) => set({ leadUnit: e.target.value })} />
        </label>
        <label>
          责任单位
          <input value={draft.units} disabled={disabled} onChange={(e) => set({ units: e.target.value })} />
        </label>
        <label>
          完成时限
          <DeadlineField value={draft.deadline} disabled={disabled} onChange={(deadline) => set({ deadline })} />
        </label>
        <label>
          工作指标（可选）
          <input value={draft.indicator} disabled={disabled} onChange={(e) => set({ indicator: e.target.value })} />
        </label>
      </div>
    </div>
  );
}

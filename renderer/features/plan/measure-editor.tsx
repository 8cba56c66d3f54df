import './plan.css';
import { useState } from 'react';
import type { Measure } from '../../../shared/plan/plan-schema';
import { api, errorMessage } from '../../api/client';
import { useAsync } from '../../lib/use-async';
import { MeasureFields, type MeasureDraft } from './measure-fields';

const toDraft = (m: Measure): MeasureDraft => ({
  id: m.id,
  text: m.text,
  leadUnit: m.leadUnit,
  units: m.units,
  deadline: m.deadline,
  indicator: m.indicator,
});
const EMPTY: MeasureDraft = { text: '', leadUnit: '', units: '', deadline: '', indicator: '' };

/** Below an aspect's text in a 工作计划/工作要点: its measures as structured items (issue 18). */
export function MeasureEditor({ reportId, sectionId, readOnly }: { reportId: string; sectionId: string; readOnly: boolean }) {
  const { data, error: loadError } = useAsync(
    () => api('plan.measures', { reportId }).then((all) => all.filter((m) => m.sectionId === sectionId).map(toDraft)),
    `${reportId}-${sectionId}`,
  );
  const [drafts, setDrafts] = useState<MeasureDraft[] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [dirty, setDirty] = useState(false);
  const list = drafts ?? data ?? [];
  const edit = (next: MeasureDraft[]) => {
    setDrafts(next);
    setDirty(true);
    setMessage(null);
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...list];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    edit(next);
  };
  const save = async () => {
    try {
      const saved = await api('plan.saveMeasures', { sectionId, measures: list.filter((d) => d.text.trim()) });
      setDrafts(saved.map(toDraft));
      setDirty(false);
      setMessage({ error: false, text: `已保存 ${saved.length} 项措施。` });
    } catch (e) {
      // Nothing saved is lost: the drafts stay on screen for correction.
      setMessage({ error: true, text: errorMessage(e) });
    }
  };
  if (loadError)
    return (
      <p className="error" role="alert">
        {loadError}
      </p>
    );
  return (
    <section className="measure-editor" aria-label="本方面的措施">
      <h3>
        措施 <span className="muted">（{list.length} 项；导出时写成“1.……（牵头单位：…；责任单位：…；完成时限：…）”或任务分解表）</span>
      </h3>
      <ol>
        {list.map((d, i) => (
          <li key={d.id ?? `new-${i}`} className="measure-item">
            <MeasureFields draft={d} index={i} disabled={readOnly} onChange={(next) => edit(list.map((x, j) => (j === i ? next : x)))} />
            {!readOnly && (
              <div className="measure-actions">
                <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  上移
                </button>
                <button type="button" disabled={i === list.length - 1} onClick={() => move(i, 1)}>
                  下移
                </button>
                <button type="button" onClick={() => edit(list.filter((_, j) => j !== i))}>
                  删除
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!readOnly && (
        <div className="measure-footer">
          <button type="button" onClick={() => edit([...list, { ...EMPTY }])}>
            ＋ 添加措施
          </button>
          <button type="button" className="primary" disabled={!dirty} onClick={() => void save()}>
            保存措施
          </button>
          {dirty && <span className="warn small">有未保存的修改</span>}
        </div>
      )}
      {message && (
        <p className={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}

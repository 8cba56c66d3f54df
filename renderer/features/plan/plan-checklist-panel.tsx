import { useState } from 'react';
import { formatDeadline } from '../../../shared/plan/deadline';
import type { PlanChecklist, PlanChecklistItem } from '../../../shared/plan/checklist-schema';
import { MEASURE_STATUS_LABELS, MEASURE_STATUSES, type MeasureStatus } from '../../../shared/plan/plan-schema';
import type { Section } from '../../../shared/report-schema';
import { blockText, toBlocks } from '../../../shared/rich-text';
import { api, errorMessage } from '../../api/client';

interface Props {
  reportId: string;
  checklist: PlanChecklist;
  sections: Section[];
  readOnly: boolean;
  onChanged(next?: PlanChecklist): void;
  onJump(sectionId: string): void;
}

const where = (sections: Section[], sectionId: string, paragraph: number) =>
  `${sections.find((s) => s.id === sectionId)?.heading ?? ''} · 第${paragraph + 1}段`;

function ItemRow({ item, ...props }: Props & { item: PlanChecklistItem }) {
  const { measure } = item;
  const [reason, setReason] = useState(measure.reason);
  const [status, setStatus] = useState<MeasureStatus>(measure.status);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const mark = (next: MeasureStatus, why = '') =>
    act(async () => {
      await api('plan.markMeasure', { id: measure.id, status: next, reason: why });
      props.onChanged();
    });
  const confirm = (sectionId: string, paragraph: number, confirmed: boolean) =>
    act(async () =>
      props.onChanged(
        await api('plan.confirmAnswer', { reportId: props.reportId, measureId: measure.id, sectionId, paragraph, confirmed }),
      ),
    );
  const fields = [measure.leadUnit && `牵头：${measure.leadUnit}`, measure.deadline && `时限：${formatDeadline(measure.deadline)}`].filter(
    Boolean,
  );
  return (
    <li className={`plan-measure ${item.answered ? 'answered' : 'unanswered'}`}>
      <p className="plan-text">{measure.text}</p>
      <p className="muted small">
        {item.aspect}
        {fields.length ? ` · ${fields.join('，')}` : ''}
      </p>
      {!item.answered && <p className="plan-state warn">报告中没有提到这项措施。</p>}
      {item.answers.map((a) => (
        <p key={`${a.sectionId}:${a.paragraph}`} className="plan-state ok">
          已确认：
          <button type="button" className="link" onClick={() => props.onJump(a.sectionId)}>
            {where(props.sections, a.sectionId, a.paragraph)}
          </button>
          “{a.excerpt}……”
          {!props.readOnly && (
            <button type="button" className="link" onClick={() => void confirm(a.sectionId, a.paragraph, false)}>
              取消
            </button>
          )}
        </p>
      ))}
      {item.suggestions.map((s) => (
        <p key={`${s.sectionId}:${s.paragraph}`} className="plan-suggestion">
          可能的回应：
          <button type="button" className="link" onClick={() => props.onJump(s.sectionId)}>
            {where(props.sections, s.sectionId, s.paragraph)}
          </button>
          “{s.excerpt}……”
          {!props.readOnly && (
            <button type="button" onClick={() => void confirm(s.sectionId, s.paragraph, true)}>
              确认是这一段
            </button>
          )}
        </p>
      ))}
      {!props.readOnly && (
        <ParagraphPicker sections={props.sections} onPick={(sectionId, paragraph) => void confirm(sectionId, paragraph, true)} />
      )}
      <div className="plan-status">
        <label>
          落实情况
          <select value={status} onChange={(e) => setStatus(e.target.value as MeasureStatus)}>
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {MEASURE_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {status === 'not-done' && (
          <input aria-label="未完成的原因" placeholder="未完成的原因" value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
        <button type="button" onClick={() => void mark(status, status === 'not-done' ? reason : '')}>
          保存落实情况
        </button>
        {measure.status !== 'open' && (
          <span className="muted small">
            当前：{MEASURE_STATUS_LABELS[measure.status]}
            {measure.reason ? `（${measure.reason}）` : ''}
          </span>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** Links any paragraph of the report by hand, when the content search did not find it. */
function ParagraphPicker({ sections, onPick }: { sections: Section[]; onPick(sectionId: string, paragraph: number): void }) {
  const options = sections.flatMap((s) =>
    toBlocks(s.content)
      .map((b, i) => ({ key: `${s.id}:${i}`, label: `${s.heading} · 第${i + 1}段：${blockText(b).slice(0, 20)}`, text: blockText(b) }))
      .filter((o) => o.text.trim()),
  );
  return (
    <label className="plan-picker">
      指定回应段落
      <select
        value=""
        onChange={(e) => {
          const [sectionId, paragraph] = e.target.value.split(':');
          if (sectionId) onPick(sectionId, Number(paragraph));
        }}
      >
        <option value="">（选择段落）</option>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The year's plan as the report's checklist: every measure, its answer in the report and its status. */
export function PlanChecklistPanel(props: Props) {
  const { checklist } = props;
  if (!checklist.plan) return null;
  const open = checklist.items.filter((i) => !i.answered).length;
  return (
    <aside className="plan-checklist-panel" aria-label="年度计划落实情况">
      <h2>年度计划落实情况</h2>
      <p className="muted">
        《{checklist.plan.title}》共 {checklist.items.length} 项措施，{open === 0 ? '报告都已回应' : `${open} 项报告没有提到`}。
        段落按内容查找，请逐项确认。
      </p>
      <ol>
        {checklist.items.map((item) => (
          <ItemRow key={`${item.measure.id}-${item.measure.status}`} item={item} {...props} />
        ))}
      </ol>
    </aside>
  );
}

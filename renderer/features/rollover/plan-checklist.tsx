import { useState } from 'react';
import type { PlanItem } from '../../../shared/rollover/rollover-schema';
import { api, errorMessage } from '../../api/client';

export interface ParagraphOption {
  sectionId: string;
  paragraph: number;
  label: string;
}

interface Props {
  items: PlanItem[];
  paragraphs: ParagraphOption[];
  readOnly: boolean;
  onChanged(): void;
}

function ItemRow({ item, paragraphs, readOnly, onChanged }: { item: PlanItem } & Omit<Props, 'items'>) {
  const [reason, setReason] = useState(item.reason);
  const [error, setError] = useState<string | null>(null);
  const mark = async (input: Parameters<typeof api<'rollover.markPlanItem'>>[1]) => {
    setError(null);
    try {
      await api('rollover.markPlanItem', input);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const linked = item.sectionId !== null ? `${item.sectionId}:${item.paragraph}` : '';
  return (
    <li className={`plan-item plan-status-${item.status}`}>
      <p className="plan-text">{item.text}</p>
      <label>
        在哪一段说明落实情况
        <select
          disabled={readOnly}
          value={linked}
          onChange={(e) => {
            const [sectionId, paragraph] = e.target.value.split(':');
            void (e.target.value
              ? mark({ id: item.id, status: 'reported', sectionId: sectionId!, paragraph: Number(paragraph) })
              : mark({ id: item.id, status: 'open' }));
          }}
        >
          <option value="">（尚未说明）</option>
          {paragraphs.map((p) => (
            <option key={`${p.sectionId}:${p.paragraph}`} value={`${p.sectionId}:${p.paragraph}`}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <div className="plan-not-done">
        <input
          aria-label="未落实的原因"
          placeholder="未落实的原因"
          value={reason}
          disabled={readOnly}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="button" disabled={readOnly} onClick={() => void mark({ id: item.id, status: 'not-done', reason })}>
          标为未落实
        </button>
      </div>
      {item.status === 'reported' && <p className="plan-state ok">已在报告中说明：{item.excerpt}……</p>}
      {item.status === 'not-done' && <p className="plan-state warn">未落实：{item.reason}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** Last year's 下一年度主要安排, item by item, beside the 主要举措和成效 part. */
export function PlanChecklist(props: Props) {
  const open = props.items.filter((i) => i.status === 'open').length;
  return (
    <section className="plan-checklist" aria-label="上年计划落实情况">
      <h3>
        上年计划落实情况 <span className="muted">（{open === 0 ? '全部已说明' : `${open} 项尚未说明`}）</span>
      </h3>
      <ol>
        {props.items.map((item) => (
          <ItemRow key={item.id} item={item} paragraphs={props.paragraphs} readOnly={props.readOnly} onChanged={props.onChanged} />
        ))}
      </ol>
    </section>
  );
}

import type { PlanDeadlineItem } from '../../../shared/plan/checklist-schema';

/** The plan's own deadlines in the deadline panel: the plan to be issued, and measures due or past their 完成时限. */
export function PlanDeadlineItems({ items, onOpen }: { items: PlanDeadlineItem[]; onOpen(reportId: string): void }) {
  return (
    <>
      {items.map((d) => (
        <li key={`${d.planId}-${d.measureId ?? 'plan'}`} className={`deadline deadline-${d.state}`}>
          <span className="badge">{d.state === 'overdue' ? (d.measureId ? '逾期未完成' : '已逾期') : '即将到期'}</span>
          <button type="button" className="link" onClick={() => onOpen(d.planId)}>
            {d.planTitle}
          </button>
          <span>
            {d.measureId ? `措施：${d.text}` : `计划印发期限 ${d.date}`}
            {d.state === 'overdue' ? `，已超过 ${-d.daysLeft} 天` : d.daysLeft === 0 ? '，就是今天' : `，还有 ${d.daysLeft} 天`}
          </span>
        </li>
      ))}
    </>
  );
}

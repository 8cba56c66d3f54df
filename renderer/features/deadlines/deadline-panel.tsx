import { api } from '../../api/client';
import { useAsync } from '../../lib/use-async';
import { PlanDeadlineItems } from '../plan/plan-deadline-items';

/** On the home screen: what must be submitted or published soon, and what is late. */
export function DeadlinePanel({ onOpen }: { onOpen(reportId: string): void }) {
  const { data: items } = useAsync(() => api('deadlines.list', {}), 'deadlines');
  const { data: planItems } = useAsync(() => api('plan.deadlines', {}), 'plan-deadlines');
  if (!items?.length && !planItems?.length) return null;
  return (
    <section className="deadline-panel" aria-label="期限提醒">
      <h2>期限提醒</h2>
      <ul>
        {(items ?? []).map((d) => (
          <li key={`${d.reportId}-${d.what}`} className={`deadline deadline-${d.state}`}>
            <span className="badge">{d.state === 'overdue' ? '已逾期' : '即将到期'}</span>
            <button type="button" className="link" onClick={() => onOpen(d.reportId)}>
              {d.title}
            </button>
            <span>
              {d.what === 'due' ? '报送' : '公开发布'}期限 {d.date}
              {d.state === 'overdue' ? `，已超过 ${-d.daysLeft} 天` : d.daysLeft === 0 ? '，就是今天' : `，还有 ${d.daysLeft} 天`}
            </span>
          </li>
        ))}
        <PlanDeadlineItems items={planItems ?? []} onOpen={onOpen} />
      </ul>
    </section>
  );
}

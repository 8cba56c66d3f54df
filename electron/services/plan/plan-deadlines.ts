import type { PlanDeadlineItem } from '../../../shared/plan/checklist-schema';
import { formatDeadline } from '../../../shared/plan/deadline';
import type { ReportService } from '../reports/reports';
import type { SettingsService } from '../settings';
import type { PlanMeasures } from './plan-measures';

const DAY_MS = 86_400_000;
const SOON_DAYS = 14;
const OVERDUE_WINDOW_DAYS = 366;
/** A plan is issued early in its own year; the 期限 setting for 工作计划/要点 (MM-DD of the plan's year) overrides it. */
export const DEFAULT_PLAN_DUE = '03-31';

/**
 * The plan's own deadlines for the deadline panel (issue 18): the plan itself until it is 定稿,
 * and each measure whose 完成时限 is a date, soon or past, and not marked 已完成.
 */
export function createPlanDeadlines(reports: ReportService, measures: PlanMeasures, settings: SettingsService) {
  return {
    list(today: string): PlanDeadlineItem[] {
      const todayMs = Date.parse(`${today}T00:00:00Z`);
      const due = settings.get().deadlines['work-plan']?.due ?? DEFAULT_PLAN_DUE;
      const items: PlanDeadlineItem[] = [];
      const push = (item: Omit<PlanDeadlineItem, 'daysLeft' | 'state'>, overdueWindow: number) => {
        const daysLeft = Math.round((Date.parse(`${item.date}T00:00:00Z`) - todayMs) / DAY_MS);
        if (Number.isNaN(daysLeft) || daysLeft > SOON_DAYS || daysLeft < -overdueWindow) return;
        items.push({ ...item, daysLeft, state: daysLeft < 0 ? 'overdue' : 'soon' });
      };
      for (const plan of reports.list().filter((r) => r.kind === 'work-plan')) {
        if (plan.status !== 'final') {
          push({ planId: plan.id, planTitle: plan.title, measureId: null, text: '计划印发', date: `${plan.year}-${due}` }, 180);
        }
        for (const m of measures.list(plan.id)) {
          if (!/^\d{4}-/u.test(m.deadline) || m.status === 'done') continue;
          push(
            {
              planId: plan.id,
              planTitle: plan.title,
              measureId: m.id,
              text: `${m.text}（${formatDeadline(m.deadline)}）`,
              date: m.deadline,
            },
            OVERDUE_WINDOW_DAYS,
          );
        }
      }
      return items.sort((a, b) => a.daysLeft - b.daysLeft);
    },
  };
}

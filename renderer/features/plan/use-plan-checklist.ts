import { useEffect, useState } from 'react';
import type { PlanChecklist } from '../../../shared/plan/checklist-schema';
import { api } from '../../api/client';

/** The report's plan checklist, reloaded when the report's text changes (answers are found by content). */
export function usePlanChecklist(reportId: string, kind: string | null, revisions: string) {
  const [checklist, setChecklist] = useState<PlanChecklist | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (kind === null || kind === 'work-plan') return;
    let live = true;
    // The checklist is an aid: if it cannot be loaded, the report stays fully usable without it.
    api('plan.checklist', { reportId }).then(
      (c) => live && setChecklist(c),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [reportId, kind, revisions, version]);
  return { checklist, setChecklist, reload: () => setVersion((v) => v + 1) };
}

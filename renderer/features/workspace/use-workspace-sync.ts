import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { ReportDetail } from '../../../shared/report-schema';
import { api } from '../../api/client';
import { RECONNECTED_EVENT, reconnectCount } from '../../api/connection';

/** A section as fresh as either copy: a reply that left before a save came back must not undo it. */
function newer(fresh: ReportDetail, held: ReportDetail): ReportDetail {
  const heldById = new Map(held.sections.map((s) => [s.id, s]));
  return { ...fresh, sections: fresh.sections.map((s) => ((heldById.get(s.id)?.revision ?? -1) > s.revision ? heldById.get(s.id)! : s)) };
}

/**
 * Keeps the workspace's copy of the report current (issue 10): back in this tab, the outline and the
 * sections not open take what other tabs saved meanwhile, so a section opened next starts from the
 * stored text (the open editor checks its own text, see remote-change-plugin.tsx). A workspace opened
 * while the program was unreachable loads again once the tab reconnects.
 */
export function useWorkspaceSync(
  reportId: string,
  setData: Dispatch<SetStateAction<ReportDetail | null>>,
  loadError: string | null,
  reload: () => void,
): void {
  useEffect(() => {
    const onFocus = () =>
      void api('reports.get', { id: reportId }).then(
        (fresh) => setData((held) => (held ? newer(fresh, held) : held)),
        () => undefined, // unreachable: the connection banner says so
      );
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reportId, setData]);

  // The reconnect may come between the failed load and this effect: the count tells.
  const seen = useRef(reconnectCount());
  useEffect(() => {
    if (!loadError) return;
    const retry = () => {
      seen.current = reconnectCount();
      reload();
    };
    if (reconnectCount() !== seen.current) retry();
    window.addEventListener(RECONNECTED_EVENT, retry);
    return () => window.removeEventListener(RECONNECTED_EVENT, retry);
  }, [loadError, reload]);
}

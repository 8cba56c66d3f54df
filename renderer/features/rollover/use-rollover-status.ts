import { useCallback, useEffect, useState } from 'react';
import type { RolloverStatus } from '../../../shared/rollover/rollover-schema';
import { api } from '../../api/client';

/** The rollover state of a report, reloaded whenever a section's revision changes (after each save). */
export function useRolloverStatus(reportId: string, revisionKey: string) {
  const [status, setStatus] = useState<RolloverStatus | null>(null);
  const reload = useCallback(() => {
    api('rollover.status', { reportId }).then(setStatus, () => setStatus(null));
  }, [reportId]);
  useEffect(() => {
    const timer = setTimeout(reload, 300);
    return () => clearTimeout(timer);
  }, [reload, revisionKey]);
  return { status: status && status.sourceReportId !== null ? status : null, setStatus, reload };
}

import { api } from '../../api/client';
import { useAsync } from '../../lib/use-async';

/** Reports the library skipped because their stored row is damaged: 报告“…”已损坏，已跳过。 */
export function DamagedReportsNotice({ reloadKey }: { reloadKey: string }) {
  const { data } = useAsync(() => api('reports.damaged', {}), `damaged-${reloadKey}`);
  if (!data || data.length === 0) return null;
  return (
    <div role="alert" data-testid="damaged-reports">
      {data.map((d) => (
        <p key={d.id} className="error">
          {d.message}其余报告不受影响；可在“设置”中从备份恢复这份报告。
        </p>
      ))}
    </div>
  );
}

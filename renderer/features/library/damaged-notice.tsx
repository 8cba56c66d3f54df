import { api } from '../../api/client';
import { useAsync } from '../../lib/use-async';

/** Reports the library skipped because their stored row is damaged: 报告“…”已损坏，已跳过。 */
export function DamagedReportsNotice({ reloadKey }: { reloadKey: string }) {
  const { data } = useAsync(() => api('reports.damaged', {}), `damaged-${reloadKey}`);
  if (!data || data.length === 0) return null;
  return (
    <div className="error" role="alert" data-testid="damaged-reports">
      {data.map((d) => (
        <p key={d.id}>{d.message}可从备份恢复，或删除后重新导入。</p>
      ))}
    </div>
  );
}

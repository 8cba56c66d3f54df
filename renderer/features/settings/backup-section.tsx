import { useState } from 'react';
import type { BackupEntry } from '../../../shared/contract-safety';
import { api, errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { confirmDialog } from '../../components/confirm-dialog';

const KIND_LABELS: Record<BackupEntry['kind'], string> = {
  daily: '每日自动',
  manual: '手动',
  'pre-restore': '恢复前自动',
  'pre-migration': '升级前自动',
};

/** One-click backup and restore; a restore first backs up the current state. */
export function BackupSection({ refreshKey }: { refreshKey: string }) {
  const { data, error, reload } = useAsync(() => api('backup.list', {}), `backups-${refreshKey}`);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await action(), ok: true });
      reload();
    } catch (e) {
      setMessage({ text: errorMessage(e), ok: false });
    }
    setBusy(false);
  };
  const restore = async (b: BackupEntry) => {
    if (
      !(await confirmDialog(`用 ${formatDateTime(b.createdAt)} 的备份替换现在的全部数据？现在的数据会先备份，可以再恢复回来。`, {
        confirmLabel: '恢复',
      }))
    )
      return;
    void run(async () => {
      const safety = await api('backup.restore', { fileName: b.fileName });
      return `已恢复。恢复前的数据已备份为“${safety.fileName}”。请重新打开报告。`;
    });
  };

  return (
    <section className="settings-section" aria-label="备份与恢复">
      <h2>备份与恢复</h2>
      <p className="muted">
        每天第一次启动时自动备份，保留最近 7 天每天一份和此前 4 周每周一份；手动备份不会自动删除。备份文件夹：{data?.folder ?? '……'}
      </p>
      <button
        type="button"
        className="primary"
        disabled={busy}
        onClick={() => void run(async () => `已备份：${(await api('backup.create', {})).fileName}`)}
      >
        立即备份
      </button>
      {(error ?? message) && (
        <p className={!error && message?.ok ? 'notice' : 'error'} role="status">
          {error ?? message?.text}
        </p>
      )}
      <table className="report-table">
        <thead>
          <tr>
            <th>时间</th>
            <th>类型</th>
            <th>大小</th>
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {data?.backups.map((b) => (
            <tr key={b.fileName}>
              <td>{formatDateTime(b.createdAt)}</td>
              <td>{KIND_LABELS[b.kind]}</td>
              <td>{(b.size / 1024).toFixed(0)} KB</td>
              <td className="row-actions">
                <button type="button" disabled={busy} onClick={() => restore(b)}>
                  恢复
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

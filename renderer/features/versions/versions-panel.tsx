import { useState } from 'react';
import { REPORT_STATUS_LABELS } from '../../../shared/report-schema';
import { SUGGESTED_VERSION_NAMES, type VersionSummary } from '../../../shared/versions-schema';
import { api, errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { allSaved } from '../../lib/save-tracker';
import { useAsync } from '../../lib/use-async';
import { CompareView } from './compare-view';
import { versionLabel } from './version-label';
import { confirmDialog } from '../../components/confirm-dialog';

interface Props {
  reportId: string;
  readOnly: boolean;
  onClose(): void;
  /** After a restore the workspace reloads the report. */
  onRestored(message: string): void;
}

/** The report's history: named versions, compare any two (or with now), restore. */
export function VersionsPanel({ reportId, readOnly, onClose, onRestored }: Props) {
  const { data: versions, error, reload } = useAsync(() => api('versions.list', { reportId }), reportId);
  const [name, setName] = useState<string>(SUGGESTED_VERSION_NAMES[0]);
  const [reason, setReason] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState<{ from: VersionSummary; to: VersionSummary | null } | null>(null);
  // The colour comes from an explicit kind: refusals can begin with 已 too (已经……).
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const run = async (action: () => Promise<void>) => {
    setMessage(null);
    try {
      await action();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };
  const saveNamed = () =>
    run(async () => {
      await allSaved();
      const v = await api('versions.create', { reportId, name, reason });
      setReason('');
      reload();
      setMessage({ kind: 'success', text: `已保存${versionLabel(v)}。` });
    });
  const restoreWhole = async (v: VersionSummary) => {
    if (
      !(await confirmDialog(`把整个报告恢复为${versionLabel(v)}？当前内容会先保存为一个版本，可以再恢复回来。`, { confirmLabel: '恢复' }))
    )
      return;
    void run(async () => {
      await allSaved();
      await api('versions.restore', { reportId, versionId: v.id });
      onRestored(`已恢复为${versionLabel(v)}。`);
    });
  };
  const togglePick = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const compareTwo = () => {
    const [a, b] = picked.map((id) => versions!.find((v) => v.id === id)!).sort((x, y) => x.number - y.number);
    setComparing({ from: a!, to: b! });
  };

  if (comparing)
    return (
      <CompareView
        reportId={reportId}
        from={comparing.from}
        to={comparing.to}
        readOnly={readOnly}
        onClose={() => setComparing(null)}
        onRestored={onRestored}
      />
    );

  return (
    <section className="versions-panel versions-overlay" aria-label="版本记录">
      <header className="compare-header">
        <h2>版本记录</h2>
        <button type="button" disabled={picked.length !== 2} onClick={compareTwo}>
          比较选中的两个版本
        </button>
        <button type="button" onClick={onClose}>
          返回编辑
        </button>
      </header>
      <form
        className="named-version"
        onSubmit={(e) => {
          e.preventDefault();
          void saveNamed();
        }}
      >
        <label>
          版本名称
          <input list="version-names" value={name} onChange={(e) => setName(e.target.value)} required maxLength={50} />
          <datalist id="version-names">
            {SUGGESTED_VERSION_NAMES.map((n) => (
              <option key={n} value={n} />
            ))}
          </datalist>
        </label>
        <label>
          说明（可选）
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="如：报局务会审议" />
        </label>
        <button type="submit" className="primary">
          保存为命名版本
        </button>
      </form>
      {(error ?? message) && (
        <p className={error || message?.kind === 'error' ? 'error' : 'notice'} role="status">
          {error ?? message?.text}
        </p>
      )}
      {versions?.length === 0 && <p className="muted">还没有版本。导出、改变状态、编辑暂停后会自动保存版本，也可以在上面保存命名版本。</p>}
      <table className="report-table version-table">
        <thead>
          <tr>
            <th aria-label="选择" />
            <th>版本</th>
            <th>时间</th>
            <th>作者</th>
            <th>状态</th>
            <th>说明</th>
            <th aria-label="操作" />
          </tr>
        </thead>
        <tbody>
          {versions?.map((v) => (
            <tr key={v.id} data-version={v.number}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`选择${versionLabel(v)}`}
                  checked={picked.includes(v.id)}
                  onChange={() => togglePick(v.id)}
                />
              </td>
              <td>{versionLabel(v)}</td>
              <td>{formatDateTime(v.createdAt)}</td>
              <td>{v.author || '—'}</td>
              <td>{REPORT_STATUS_LABELS[v.status]}</td>
              <td>
                {v.reason}
                {v.checklist && (
                  <span className="muted">（公开前检查：已完成{v.checklist.signedOffBy ? `，签批：${v.checklist.signedOffBy}` : ''}）</span>
                )}
              </td>
              <td className="row-actions">
                <button type="button" onClick={() => setComparing({ from: v, to: null })}>
                  与当前比较
                </button>
                {!readOnly && (
                  <button type="button" onClick={() => restoreWhole(v)}>
                    恢复此版本
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

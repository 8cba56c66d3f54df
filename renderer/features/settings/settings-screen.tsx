import { useState } from 'react';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../shared/template-schema';
import type { Deadlines, Settings } from '../../../shared/versions-schema';
import { api, errorMessage } from '../../api/client';
import { useAsync } from '../../lib/use-async';
import { BackupSection } from './backup-section';

const KIND_LABELS: Record<TemplateKind, string> = {
  'fazhi-annual': '法治政府建设年度报告',
  'yifa-report': '依法行政工作报告',
  'work-plan': '工作计划/要点',
  'gov-info': '政府信息公开年度报告',
  other: '其他报告',
};

type DeadlineDraft = Record<TemplateKind, { due: string; publish: string }>;

function toDraft(d: Deadlines): DeadlineDraft {
  const out = {} as DeadlineDraft;
  for (const k of TEMPLATE_KINDS) out[k] = { due: d[k]?.due ?? '', publish: d[k]?.publish ?? '' };
  return out;
}

function fromDraft(draft: DeadlineDraft): Deadlines {
  const out: Deadlines = {};
  for (const k of TEMPLATE_KINDS) if (draft[k].due.trim()) out[k] = { due: draft[k].due.trim(), publish: draft[k].publish.trim() || null };
  return out;
}

/** Author name (recorded with versions), deadlines per report type, backup folder, backups. */
export function SettingsScreen({ onBack }: { onBack(): void }) {
  const { data, error, setData } = useAsync(() => api('settings.get', {}), 'settings');
  const [saved, setSaved] = useState(0);
  return (
    <main className="screen settings-screen">
      <header className="topbar">
        <button type="button" onClick={onBack}>
          ← 报告库
        </button>
        <h1>设置</h1>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {saved > 0 && (
        <p className="notice" role="status">
          已保存设置。
        </p>
      )}
      {data && (
        <SettingsForm
          key={saved}
          initial={data}
          onSaved={(next) => {
            setData(next);
            setSaved((n) => n + 1);
          }}
        />
      )}
      <BackupSection refreshKey={String(saved)} />
    </main>
  );
}

function SettingsForm({ initial, onSaved }: { initial: Settings; onSaved(next: Settings): void }) {
  const [authorName, setAuthorName] = useState(initial.authorName);
  const [backupDir, setBackupDir] = useState(initial.backupDir);
  const [deadlines, setDeadlines] = useState<DeadlineDraft>(toDraft(initial.deadlines));
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    setMessage(null);
    try {
      onSaved(await api('settings.update', { authorName, backupDir, deadlines: fromDraft(deadlines) }));
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };
  const setDeadline = (k: TemplateKind, field: 'due' | 'publish', value: string) =>
    setDeadlines((d) => ({ ...d, [k]: { ...d[k], [field]: value } }));

  return (
    <form
      className="settings-section info-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        作者姓名（记录在每个版本上）
        <input value={authorName} onChange={(e) => setAuthorName(e.target.value)} maxLength={50} placeholder="如：张三" />
      </label>
      <label>
        备份文件夹（完整路径）
        <input value={backupDir} onChange={(e) => setBackupDir(e.target.value)} />
      </label>
      <h2>报送和公开期限</h2>
      <p className="muted">日期为报告年度次年的月-日（MM-DD），可按本地规定修改；留空表示不提醒。</p>
      <table className="report-table deadline-table">
        <thead>
          <tr>
            <th>报告类型</th>
            <th>报送期限</th>
            <th>公开期限</th>
          </tr>
        </thead>
        <tbody>
          {TEMPLATE_KINDS.map((k) => (
            <tr key={k}>
              <td>{KIND_LABELS[k]}</td>
              <td>
                <input
                  aria-label={`${KIND_LABELS[k]}报送期限`}
                  value={deadlines[k].due}
                  onChange={(e) => setDeadline(k, 'due', e.target.value)}
                  placeholder="MM-DD"
                />
              </td>
              <td>
                <input
                  aria-label={`${KIND_LABELS[k]}公开期限`}
                  value={deadlines[k].publish}
                  onChange={(e) => setDeadline(k, 'publish', e.target.value)}
                  placeholder="MM-DD"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {message && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary">
          保存设置
        </button>
      </div>
    </form>
  );
}

import { useState } from 'react';
import type { SectionDiff, VersionSummary } from '../../../shared/versions-schema';
import { api, errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { DiffText } from './diff-text';
import { versionLabel } from './version-label';
import { confirmDialog } from '../../components/confirm-dialog';

const CHANGE_LABELS: Record<SectionDiff['change'], string> = { same: '未改动', changed: '有改动', added: '新增', removed: '已删除' };

interface Props {
  reportId: string;
  from: VersionSummary;
  /** null: the report as it is now. */
  to: VersionSummary | null;
  readOnly: boolean;
  onClose(): void;
  onRestored(message: string): void;
}

/** Two versions side by side, section by section, with character-level marks. */
export function CompareView({ reportId, from, to, readOnly, onClose, onRestored }: Props) {
  const { data: diffs, error } = useAsync(
    () => api('versions.compare', { reportId, from: from.id, to: to?.id ?? 'current' }),
    `${from.id}-${to?.id ?? 'current'}`,
  );
  const [showSame, setShowSame] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const restoreSection = async (d: SectionDiff) => {
    if (
      !(await confirmDialog(`把“${d.heading}”恢复为${versionLabel(from)}中的内容？当前内容会先保存为一个版本。`, { confirmLabel: '恢复' }))
    )
      return;
    try {
      await api('versions.restore', { reportId, versionId: from.id, sectionId: d.sectionId });
      onRestored(`已把“${d.heading}”恢复为${versionLabel(from)}的内容。`);
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  const shown = diffs?.filter((d) => showSame || d.change !== 'same') ?? [];
  return (
    <section className="compare-view versions-overlay" aria-label="版本比较">
      <header className="compare-header">
        <h2>
          比较：{versionLabel(from)}（{formatDateTime(from.createdAt)}） ↔{' '}
          {to ? `${versionLabel(to)}（${formatDateTime(to.createdAt)}）` : '当前内容'}
        </h2>
        <label className="checkbox">
          <input type="checkbox" checked={showSame} onChange={(e) => setShowSame(e.target.checked)} />
          显示未改动的部分
        </label>
        <button type="button" onClick={onClose}>
          关闭比较
        </button>
      </header>
      {(error ?? message) && (
        <p className="error" role="alert">
          {error ?? message}
        </p>
      )}
      {diffs && shown.length === 0 && <p className="muted">两个版本的正文完全相同。</p>}
      {shown.map((d) => (
        <article key={d.sectionId} className={`compare-section change-${d.change}`} data-section-id={d.sectionId}>
          <h3>
            {d.heading} <span className="badge">{CHANGE_LABELS[d.change]}</span>
            {!readOnly && !to && d.change !== 'same' && d.change !== 'added' && (
              <button type="button" className="small-button" onClick={() => void restoreSection(d)}>
                恢复此部分
              </button>
            )}
          </h3>
          <div className="compare-columns">
            <DiffText parts={d.parts} side="old" />
            <DiffText parts={d.parts} side="new" />
          </div>
        </article>
      ))}
    </section>
  );
}

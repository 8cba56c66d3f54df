import { useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/format';
import { allSaved } from '../../lib/save-tracker';

const ITEMS = [
  ['secrecyReviewed', '已完成保密审查（不含国家秘密和工作秘密）'],
  ['disclosureDecided', '已认定公开属性（主动公开）'],
  ['leaderSignedOff', '主要负责人已签批'],
] as const;
type Item = (typeof ITEMS)[number][0];

/** Before a 公开 (website) export: the three checks, kept with the version that is exported. */
export function PublicExportDialog({ reportId, onClose, onDone }: { reportId: string; onClose(): void; onDone(message: string): void }) {
  const [ticked, setTicked] = useState<Record<Item, boolean>>({ secrecyReviewed: false, disclosureDecided: false, leaderSignedOff: false });
  const [signedOffBy, setSignedOffBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      await allSaved();
      const version = await api('versions.recordExport', { reportId, checklist: { ...ticked, signedOffBy } });
      downloadFile(await api('export.docx', { reportId }));
      onDone(`已导出公开发布稿（第 ${version.number} 版），检查清单已随版本记录。`);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="public-export-title"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="public-export-title">公开发布前检查</h2>
        <p className="muted">向社会公开（政府网站等）之前，请逐项确认。确认结果与导出的版本一起保存。</p>
        {ITEMS.map(([key, label]) => (
          <label key={key} className="checkbox">
            <input type="checkbox" checked={ticked[key]} onChange={(e) => setTicked((t) => ({ ...t, [key]: e.target.checked }))} />
            {label}
          </label>
        ))}
        <label>
          签批人（可选）
          <input value={signedOffBy} onChange={(e) => setSignedOffBy(e.target.value)} maxLength={50} placeholder="如：王局长" />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary" disabled={busy || !ITEMS.every(([k]) => ticked[k])}>
            导出公开发布稿
          </button>
        </div>
      </form>
    </div>
  );
}

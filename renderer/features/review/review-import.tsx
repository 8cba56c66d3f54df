import { useRef, useState } from 'react';
import type { ReviewImportResult } from '../../../shared/review/review-schema';
import type { VersionSummary } from '../../../shared/versions-schema';
import { api, errorMessage } from '../../api/client';
import { readFileAsBase64 } from '../import/read-file';
import { KIND_LABELS } from './review-labels';

/**
 * 审阅稿导入: choose the reviewed .docx, see what it holds against the exported version, then record
 * it as suggestions and comments (nothing in the text changes until each is accepted).
 */
export function ReviewImport({ reportId, onRecorded }: { reportId: string; onRecorded(text: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ReviewImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A file without the export marks: the user picks the exported version it was made from.
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [versionId, setVersionId] = useState('');

  const previewAgainst = async (base64: string, chosen?: string) => {
    setPreview(await api('review.importPreview', { reportId, base64, versionId: chosen }));
    setVersions(null);
  };

  const choose = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    setPreview(null);
    setBusy(true);
    try {
      const base64 = await readFileAsBase64(f);
      setFile({ name: f.name, base64 });
      await previewAgainst(base64);
    } catch (e) {
      setError(errorMessage(e));
      if (errorMessage(e).includes('标记')) {
        const list = (await api('versions.list', { reportId })).filter((v) => v.kind === 'export');
        setVersions(list);
        setVersionId(list[0]?.id ?? '');
      }
    } finally {
      setBusy(false);
    }
  };

  const record = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const result = await api('review.importApply', { reportId, base64: file.base64, versionId: preview?.matchedVersion });
      setPreview(null);
      setFile(null);
      onRecorded(`已从“${file.name}”记录修订建议 ${result.recorded.suggestions} 条、批注 ${result.recorded.comments} 条。`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const counts = preview
    ? Object.entries(preview.changes.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.kind]: (acc[c.kind] ?? 0) + 1 }), {})).map(
        ([k, n]) => `${KIND_LABELS[k as keyof typeof KIND_LABELS]} ${n}`,
      )
    : [];

  return (
    <div className="review-import">
      <input ref={input} type="file" accept=".docx" hidden aria-label="选择审阅稿" onChange={(e) => void choose(e.target.files?.[0])} />
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy && !preview ? '正在读取……' : '导入审阅稿…'}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {versions && file && (
        <div className="review-actions">
          <select aria-label="对照的导出版本" value={versionId} onChange={(e) => setVersionId(e.target.value)}>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                第 {v.number} 版（{v.createdAt.slice(0, 10)} 导出）
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy || !versionId}
            onClick={() =>
              void previewAgainst(file.base64, versionId).then(
                () => setError(null),
                (e: unknown) => setError(errorMessage(e)),
              )
            }
          >
            对照此版本
          </button>
        </div>
      )}
      {preview && (
        <div className="review-preview" role="region" aria-label="审阅稿内容">
          <p>
            对照导出的第 {preview.versionNumber} 版，找到 {preview.changes.length} 处：{counts.join('，') || '没有改动'}。
            {preview.changes.some((c) => !c.applicable && c.kind !== 'comment') &&
              '其中部分修改（表格、标题、域、格式）只列出，需手动处理。'}
          </p>
          <button type="button" className="primary" disabled={busy || preview.changes.length === 0} onClick={() => void record()}>
            记录为修订建议
          </button>
          <button type="button" onClick={() => setPreview(null)}>
            取消
          </button>
        </div>
      )}
    </div>
  );
}

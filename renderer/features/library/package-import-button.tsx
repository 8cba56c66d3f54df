import { useRef } from 'react';
import type { Report } from '../../../shared/report-schema';
import { api, ApiCallError, errorMessage } from '../../api/client';
import { confirmDialog } from '../../components/confirm-dialog';

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Imports a .nianbao package; when the report is already here, asks: keep both or replace. */
export function PackageImportButton({
  onImported,
  onError,
}: {
  onImported(report: Report, message: string): void;
  onError(message: string): void;
}) {
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    const base64 = await toBase64(file);
    try {
      const r = await api('reports.importPackage', { base64, ifExists: 'ask' });
      onImported(r.report, `已导入“${r.report.title}”（含 ${r.versions} 个版本）。`);
    } catch (e) {
      if (!(e instanceof ApiCallError && e.code === 'CONFLICT')) return onError(errorMessage(e));
      const keepBoth = await confirmDialog(`${e.message}\n\n点“保留两份”导入为副本；点“不保留”再选择是否替换。`, {
        confirmLabel: '保留两份',
        cancelLabel: '不保留',
      });
      const replace =
        !keepBoth && (await confirmDialog('用导入的报告替换本机的这份报告？替换前会自动备份全部数据。', { confirmLabel: '替换' }));
      if (!keepBoth && !replace) return;
      try {
        const r = await api('reports.importPackage', { base64, ifExists: keepBoth ? 'keepBoth' : 'replace' });
        onImported(r.report, r.replaced ? `已用导入的报告替换“${r.report.title}”。` : `已导入为副本“${r.report.title}”。`);
      } catch (again) {
        onError(errorMessage(again));
      }
    }
  };

  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        导入报告包
      </button>
      <input
        ref={input}
        type="file"
        accept=".nianbao"
        aria-label="选择报告包文件"
        className="hidden-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </>
  );
}

import { useState } from 'react';
import type { ExportFormat } from '../../../shared/export-settings';
import { errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/format';
import { allSaved } from '../../lib/save-tracker';
import { confirmExportWithFindings } from '../checks/export-guard';
import { confirmExportWithOpenSuggestions } from '../review/export-guard';
import { runExportJob } from './export-job';
import { ExportProgress, useExportCard } from './export-progress';
import { ExportSettingsDialog } from './export-settings-dialog';

/** How the workspace banner shows a message: green for success/info, red for errors. */
export type MessageKind = 'success' | 'error' | 'info';

const LABELS: Record<ExportFormat, string> = { docx: 'Word', pdf: 'PDF', html: '网页 HTML' };

/** Export buttons of the workspace top bar; the export runs in the core, the page stays usable. */
export function ExportMenu({ reportId, onMessage }: { reportId: string; onMessage(message: string, kind: MessageKind): void }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const progress = useExportCard();

  const exportAs = async (format: ExportFormat) => {
    setBusy(format);
    progress.show(format, null);
    try {
      await allSaved();
      // Error-level findings are listed first; the user may still export (issue 4).
      if (!(await confirmExportWithFindings(reportId))) return progress.hide();
      if (!(await confirmExportWithOpenSuggestions(reportId))) return progress.hide();
      const file = await runExportJob(reportId, format, (status) => progress.show(format, status));
      downloadFile(file);
      progress.finish();
      // A warning (the version could not be recorded: disk full) is said, not hidden behind 「已导出」.
      onMessage(file.warning ?? `已导出 ${LABELS[format]} 文件。`, file.warning ? 'error' : 'success');
    } catch (e) {
      progress.hide();
      onMessage(errorMessage(e), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-menu" role="group" aria-label="导出">
      {(Object.keys(LABELS) as ExportFormat[]).map((format) => (
        <button
          key={format}
          type="button"
          className={format === 'docx' ? 'primary' : ''}
          disabled={busy !== null}
          onClick={() => void exportAs(format)}
        >
          {busy === format ? '正在导出……' : `导出 ${LABELS[format]}`}
        </button>
      ))}
      <button type="button" onClick={() => setSettingsOpen(true)}>
        排版设置
      </button>
      {progress.card && <ExportProgress label={LABELS[progress.card.format]} status={progress.card.status} />}
      {settingsOpen && (
        <ExportSettingsDialog
          reportId={reportId}
          onClose={(saved) => {
            setSettingsOpen(false);
            if (saved) onMessage('已保存排版设置。', 'success');
          }}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { REPORT_STATUS_LABELS, type Report } from '../../../shared/report-schema';
import { api, errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/use-async';
import { NewReportDialog } from './new-report-dialog';
import { DeadlinePanel } from '../deadlines/deadline-panel';
import { downloadFile } from '../../lib/format';
import { PackageImportButton } from './package-import-button';
import { ImportDialog } from '../import/import-dialog';
import { RolloverDialog } from '../rollover/rollover-dialog';
import { DamagedReportsNotice } from './damaged-notice';
import { DeleteReportDialog } from './delete-report-dialog';
import { usePrompt } from '../../components/prompt-dialog';
import { sameAgency } from '../../../shared/report-guards';
import { PlanImportButton } from '../plan/plan-import-dialog';

interface Props {
  onOpen(reportId: string): void;
  onTemplates(): void;
  onSearch?(): void;
  onSettings?(): void;
}

function groupByYear(reports: Report[]): Array<[number, Report[]]> {
  const groups = new Map<number, Report[]>();
  for (const r of reports) groups.set(r.year, [...(groups.get(r.year) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => b - a);
}

/** Reports that share agency, kind and year with another one in the list: the library marks them. */
function hasTwin(r: Report, all: Report[]): boolean {
  return all.some((o) => o.id !== r.id && o.year === r.year && o.kind === r.kind && sameAgency(o.agency, r.agency));
}

export function LibraryScreen({ onOpen, onTemplates, onSearch, onSettings }: Props) {
  const { data: reports, error, reload } = useAsync(() => api('reports.list', {}), 'reports');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [rollingOver, setRollingOver] = useState<Report | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Report | null>(null);
  const prompt = usePrompt();
  const exportPackage = async (r: Report) => {
    try {
      downloadFile(await api('reports.exportPackage', { reportId: r.id }));
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  const editNote = async (r: Report) => {
    const note = await prompt.ask({ title: '备注', label: `“${r.title}”的备注（在报告库中区分同类报告）`, initial: r.note });
    if (note === null) return;
    try {
      await api('reports.update', { id: r.id, note });
      reload();
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  return (
    <main className="screen library">
      <header className="topbar">
        <h1>报告库</h1>
        <div className="spacer" />
        <button type="button" onClick={onSearch}>
          搜索
        </button>
        <button type="button" onClick={onTemplates}>
          模板库
        </button>
        <button type="button" onClick={() => setImporting(true)}>
          导入往年报告
        </button>
        <PlanImportButton onCreated={onOpen} />
        <PackageImportButton
          onImported={(_r, text) => {
            setNotice(text);
            reload();
          }}
          onError={setActionError}
        />
        <button type="button" onClick={onSettings}>
          设置
        </button>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          新建报告
        </button>
      </header>
      {(error ?? actionError) && (
        <p className="error" role="alert">
          {error ?? actionError}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <DamagedReportsNotice reloadKey={String(reports?.length ?? -1)} />
      <DeadlinePanel onOpen={onOpen} />
      {reports && reports.length === 0 && (
        <section className="empty-state">
          <p>还没有报告。点击“新建报告”，选择模板，开始撰写本年度的报告。</p>
        </section>
      )}
      {reports &&
        groupByYear(reports).map(([year, list]) => (
          <section key={year} className="year-group" aria-label={`${year}年度`}>
            <h2>{year}年度</h2>
            <table className="report-table library-table">
              <thead>
                <tr>
                  <th>标题</th>
                  <th>类型</th>
                  <th>单位</th>
                  <th>状态</th>
                  <th>最后编辑</th>
                  <th aria-label="操作" />
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.id} data-report-id={r.id}>
                    <td>
                      <button type="button" className="link" onClick={() => onOpen(r.id)}>
                        {r.title}
                      </button>
                      {(r.note || hasTwin(r, reports)) && (
                        <div className="report-note muted">
                          {hasTwin(r, reports) && <span className="twin-badge">同单位同年度同类</span>}
                          {r.note ? `备注：${r.note}` : '（无备注）'}
                        </div>
                      )}
                    </td>
                    <td>{r.templateName}</td>
                    <td>{r.agency}</td>
                    <td>
                      <span className={`status status-${r.status}`}>{REPORT_STATUS_LABELS[r.status]}</span>
                    </td>
                    <td>{formatDateTime(r.updatedAt)}</td>
                    <td className="row-actions">
                      <button type="button" onClick={() => onOpen(r.id)}>
                        打开
                      </button>
                      <button type="button" onClick={() => setRollingOver(r)}>
                        沿用上年
                      </button>
                      <button type="button" onClick={() => void exportPackage(r)}>
                        导出报告包
                      </button>
                      <button
                        type="button"
                        onClick={() => void editNote(r)}
                        disabled={r.status === 'final'}
                        title={r.status === 'final' ? '已定稿的报告不能修改' : undefined}
                      >
                        备注
                      </button>
                      <button type="button" className="danger" onClick={() => setDeleting(r)}>
                        删除
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      {prompt.dialog}
      {deleting && (
        <DeleteReportDialog
          report={deleting}
          onCancel={() => setDeleting(null)}
          onDeleted={() => {
            setNotice(`已删除“${deleting.title}”。`);
            setDeleting(null);
            reload();
          }}
        />
      )}
      {creating && (
        <NewReportDialog
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
      {rollingOver && (
        <RolloverDialog
          source={rollingOver}
          onCancel={() => setRollingOver(null)}
          onCreated={(id) => {
            setRollingOver(null);
            onOpen(id);
          }}
        />
      )}
      {importing && (
        <ImportDialog
          onCancel={() => setImporting(false)}
          onCreated={(id) => {
            setImporting(false);
            onOpen(id);
          }}
        />
      )}
    </main>
  );
}

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
import { confirmDialog } from '../../components/confirm-dialog';

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

export function LibraryScreen({ onOpen, onTemplates, onSearch, onSettings }: Props) {
  const { data: reports, error, reload } = useAsync(() => api('reports.list', {}), 'reports');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [rollingOver, setRollingOver] = useState<Report | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const exportPackage = async (r: Report) => {
    try {
      downloadFile(await api('reports.exportPackage', { reportId: r.id }));
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  const remove = async (r: Report) => {
    if (!(await confirmDialog(`确定删除“${r.title}”吗？删除后无法恢复。`, { confirmLabel: '删除' }))) return;
    try {
      await api('reports.delete', { id: r.id });
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
                      <button type="button" className="danger" onClick={() => void remove(r)}>
                        删除
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
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

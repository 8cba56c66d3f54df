import { useState } from 'react';
import type { MethodInput } from '../../../shared/contract';
import type { GridState, TablesImportResult } from '../../../shared/gov-info/contract-gov-info';
import { api, errorMessage } from '../../api/client';
import { readFileAsBase64 } from '../import/read-file';

type Source = MethodInput<'govinfo.importTables'>['source'];
interface ReportRef {
  id: string;
  agency: string;
  year: number;
}

/** Last year's 政府信息公开年报 of the agency in the library, created (empty) when there is none. */
async function lastYearReport(report: ReportRef, known: GridState['lastYear']): Promise<string> {
  if (known) return known.reportId;
  const all = await api('reports.list', {});
  const found = all.find((r) => r.kind === 'gov-info' && r.agency === report.agency && r.year === report.year - 1);
  if (found) return found.id;
  const created = await api('reports.create', {
    templateId: 'gov-info-annual',
    agency: report.agency,
    year: report.year - 1,
    reportDate: null,
  });
  return created.report.id;
}

/**
 * 导入表格 (issue 17): the tables of a published report (.docx, .txt or text pasted from the
 * website) into last year's report — so 上年结转 and the year-on-year checks have its figures — or
 * into this one. Shows how many cells were read and every row that could not be placed.
 */
export function TablesImport({
  report,
  lastYear,
  readOnly,
  onImported,
}: {
  report: ReportRef;
  lastYear: GridState['lastYear'];
  readOnly: boolean;
  onImported(target: 'last' | 'this', state: GridState): void;
}) {
  const [target, setTarget] = useState<'last' | 'this'>('last');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<TablesImportResult | null>(null);

  const run = async (source: Source) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const reportId = target === 'this' ? report.id : await lastYearReport(report, lastYear);
      const r = await api('govinfo.importTables', { reportId, source });
      setResult(r);
      onImported(target, r.state);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const pick = async (file: File | undefined) => {
    if (!file) return;
    try {
      await run({ type: 'file', fileName: file.name, base64: await readFileAsBase64(file) });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <details className="gov-tables-import">
      <summary>导入表格（往年报告或网页上的表格）</summary>
      <label>
        填入
        <select value={target} onChange={(e) => setTarget(e.target.value as 'last' | 'this')} disabled={busy}>
          <option value="last">{report.year - 1}年报告（上年数据）</option>
          {!readOnly && <option value="this">本报告</option>}
        </select>
      </label>
      <label className="import-file">
        选择已公布的报告（.docx 或 .txt）
        <input type="file" accept=".docx,.txt,text/plain" disabled={busy} onChange={(e) => void pick(e.target.files?.[0])} />
      </label>
      <label>
        或粘贴网页上的报告全文（表格的行以制表符或竖线分隔）
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} aria-label="粘贴的报告全文" />
      </label>
      <button type="button" disabled={busy || !text.trim()} onClick={() => void run({ type: 'text', text })}>
        识别粘贴的表格
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="gov-import-result" role="status">
          <p>
            读入 {result.placed} 格{result.format === '2019' ? '（2019—2020年格式）' : ''}
            {result.unplaced.length ? `，${result.unplaced.length} 行未能读入：` : '，没有未读入的行。'}
          </p>
          <ul>
            {result.unplaced.map((u) => (
              <li key={u.line}>
                第 {u.line + 1} 行“{u.text.slice(0, 40)}”：{u.reason}
              </li>
            ))}
            {result.notes.map((n) => (
              <li key={n} className="muted">
                {n}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

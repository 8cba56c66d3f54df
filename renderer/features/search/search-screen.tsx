import { useState, type FormEvent } from 'react';
import type { SearchHit, SearchResult } from '../../../shared/search-schema';
import { TEMPLATE_KINDS, type TemplateKind } from '../../../shared/template-schema';
import { api, errorMessage } from '../../api/client';

const KIND_LABELS: Record<TemplateKind, string> = {
  'fazhi-annual': '法治政府建设年度报告',
  'yifa-report': '依法行政工作报告',
  'work-plan': '工作计划/要点',
  'gov-info': '政府信息公开年度报告',
  other: '其他',
};
const PART_LABELS: Record<string, string> = {
  measures: '主要举措和成效',
  leaders: '第一责任人履职',
  shortcomings: '不足和原因',
  plans: '下一年度安排',
  other: '其他情况',
};

interface Props {
  onBack(): void;
  onOpen(reportId: string, sectionId: string, highlight: string[]): void;
}

/** Search every report of every year; open a hit at its section or copy its paragraph. */
export function SearchScreen({ onBack, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [year, setYear] = useState('');
  const [kind, setKind] = useState('');
  const [agency, setAgency] = useState('');
  const [partId, setPartId] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    try {
      setResult(
        await api('search.query', {
          query,
          year: year ? Number(year) : null,
          kind: (kind || null) as TemplateKind | null,
          agency: agency || null,
          partId: partId || null,
        }),
      );
    } catch (error) {
      setMessage({ text: errorMessage(error), ok: false });
    }
  };
  const copy = async (hit: SearchHit) => {
    try {
      await navigator.clipboard.writeText(hit.paragraph);
      setMessage({ text: '已复制该段落，可粘贴到正在撰写的报告中。', ok: true });
    } catch {
      setMessage({ text: '无法访问剪贴板，请选中文字后手动复制。', ok: false });
    }
  };

  return (
    <main className="screen search-screen">
      <header className="topbar">
        <button type="button" onClick={onBack}>
          ← 报告库
        </button>
        <h1>全文搜索</h1>
      </header>
      <form className="search-form" role="search" onSubmit={(e) => void search(e)}>
        <input
          aria-label="搜索内容"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="输入要查找的文字，多个词用空格分开"
          autoFocus
        />
        <input
          aria-label="年度"
          type="number"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          placeholder="年度"
          min={1949}
          max={2200}
        />
        <select aria-label="报告类型" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">全部类型</option>
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <input aria-label="单位" value={agency} onChange={(e) => setAgency(e.target.value)} placeholder="单位" />
        <select aria-label="部分" value={partId} onChange={(e) => setPartId(e.target.value)}>
          <option value="">全部部分</option>
          {Object.entries(PART_LABELS).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" className="primary">
          搜索
        </button>
      </form>
      {message && (
        <p className={message.ok ? 'notice' : 'error'} role="status">
          {message.text}
        </p>
      )}
      {result && (
        <section className="search-results" aria-label="搜索结果">
          <p className="muted">
            {result.hits.length === 0 ? '没有找到。' : `找到 ${result.hits.length}${result.truncated ? ' 条以上' : ' 条'}结果。`}
          </p>
          <ol>
            {result.hits.map((hit) => (
              <li key={hit.sectionId} className="search-hit">
                <div className="search-hit-title">
                  <strong>{hit.reportTitle}</strong>
                  <span className="muted">
                    {hit.year}年度 · {hit.heading}
                  </span>
                </div>
                <p className="snippet">
                  {hit.snippet.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
                </p>
                <div className="row-actions">
                  <button
                    type="button"
                    onClick={() =>
                      onOpen(
                        hit.reportId,
                        hit.sectionId,
                        hit.snippet.filter((p) => p.hit).map((p) => p.text),
                      )
                    }
                  >
                    打开到此处
                  </button>
                  <button type="button" onClick={() => void copy(hit)}>
                    复制段落
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}

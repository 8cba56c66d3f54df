import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReplaceResult } from '../../../shared/contract-find';
import { DEFAULT_FIND_OPTIONS, type FindOptions } from '../../../shared/find-replace';
import type { ReportDetail } from '../../../shared/report-schema';
import { api, errorMessage } from '../../api/client';
import { allSaved } from '../../lib/save-tracker';
import { findHits, type FindHit } from './find-hits';
import './find-replace.css';

interface Props {
  detail: ReportDetail;
  /** The section open in the editor (the 当前部分 scope), if any. */
  currentSectionId: string | null;
  mode: 'find' | 'replace';
  readOnly: boolean;
  onMode(mode: 'find' | 'replace'): void;
  onClose(): void;
  /** Opens a hit in the editor (select the section, then the text). */
  onOpen(hit: FindHit): void;
  /** After a replacement or its undo: the report as the core now has it. */
  onReplaced(detail: ReportDetail): void;
}

/**
 * 查找和替换 (Ctrl+F / Ctrl+H): over the whole report (title, headings, text, attachments, 落款)
 * or the current section; hits listed with their context and place, next/previous, replace one,
 * replace all as one step with an automatic version first (撤销 restores it). A floating panel:
 * it never pushes the page down.
 */
export function FindReplacePanel({ detail, currentSectionId, mode, readOnly, onMode, onClose, onOpen, onReplaced }: Props) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [scope, setScope] = useState<'report' | 'section'>('report');
  const [opts, setOpts] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [current, setCurrent] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);
  const [undo, setUndo] = useState<{ versionId: string; count: number } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [mode]);

  const sectionScope = scope === 'section' && currentSectionId ? new Set([currentSectionId]) : undefined;
  const hits = useMemo(() => findHits(detail, query, opts, sectionScope), [detail, query, opts, scope, currentSectionId]); // eslint-disable-line react-hooks/exhaustive-deps
  const yearLike = /^[0-9０-９]{4}\s*年$/.test(query.trim());

  const go = (i: number) => {
    if (hits.length === 0) return;
    const next = (i + hits.length) % hits.length;
    setCurrent(next);
    onOpen(hits[next]!);
  };

  const baseRevisions = (ids: Iterable<string>) =>
    Object.fromEntries([...ids].map((id) => [id, detail.sections.find((s) => s.id === id)?.revision ?? -1]));

  const replace = async (all: boolean) => {
    if (readOnly || query === '') return;
    const hit = hits[current];
    if (!all && !hit) {
      go(0);
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await allSaved();
      const ids = all
        ? (sectionScope ?? new Set(detail.sections.map((s) => s.id)))
        : new Set('sectionId' in hit!.place ? [hit!.place.sectionId] : []);
      const result: ReplaceResult = await api('find.replace', {
        reportId: detail.report.id,
        query,
        replacement,
        options: opts,
        ...(sectionScope ? { sectionIds: [...sectionScope] } : {}),
        ...(all ? {} : { target: { place: hit!.place, index: hit!.index } }),
        baseRevisions: baseRevisions(ids),
      });
      onReplaced(result.detail);
      if (all) {
        setUndo(result.versionId ? { versionId: result.versionId, count: result.replaced } : null);
        setMessage({
          kind: 'notice',
          text:
            result.replaced === 0
              ? '没有可替换的内容。'
              : `已替换 ${result.replaced} 处${result.versionNumber ? `（替换前的内容已自动保存为第 ${result.versionNumber} 版）` : ''}。`,
        });
      } else setMessage({ kind: 'notice', text: result.replaced ? '已替换 1 处。' : '这一处已不存在，请重新查找。' });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
    setBusy(false);
  };

  const undoAll = async () => {
    if (!undo) return;
    setBusy(true);
    try {
      await allSaved();
      await api('versions.restore', { reportId: detail.report.id, versionId: undo.versionId, sectionId: null });
      onReplaced(await api('reports.get', { id: detail.report.id }));
      setMessage({ kind: 'notice', text: `已撤销全部替换（${undo.count} 处）。` });
      setUndo(null);
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
    setBusy(false);
  };

  return (
    <aside
      className="find-panel"
      role="dialog"
      aria-label="查找和替换"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="find-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={mode === 'find'} onClick={() => onMode('find')}>
          查找
        </button>
        <button type="button" role="tab" aria-selected={mode === 'replace'} onClick={() => onMode('replace')}>
          替换
        </button>
        <span className="spacer" />
        <button type="button" className="find-close" aria-label="关闭查找" onClick={onClose}>
          ×
        </button>
      </div>
      <label>
        查找内容
        <input
          ref={input}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setCurrent(-1);
            setMessage(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? current - 1 : current + 1);
            }
          }}
        />
      </label>
      {mode === 'replace' && (
        <label>
          替换为
          <input value={replacement} onChange={(e) => setReplacement(e.target.value)} disabled={readOnly} />
        </label>
      )}
      <div className="find-options">
        <label className="checkbox">
          <input type="radio" name="find-scope" checked={scope === 'report'} onChange={() => setScope('report')} />
          全文（含标题、附件、落款）
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="find-scope"
            checked={scope === 'section'}
            disabled={!currentSectionId}
            onChange={() => setScope('section')}
          />
          当前部分
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={opts.widthInsensitive}
            onChange={(e) => setOpts({ ...opts, widthInsensitive: e.target.checked })}
          />
          全角半角视为相同
        </label>
        <label className="checkbox" title="如“2025年”不匹配“2025年度计划”">
          <input type="checkbox" checked={opts.yearsOnly} onChange={(e) => setOpts({ ...opts, yearsOnly: e.target.checked })} />
          仅匹配年份{yearLike ? '' : '（查找“2025年”这类内容时有效）'}
        </label>
      </div>
      <div className="find-actions">
        <span className="find-count" aria-live="polite">
          {query === '' ? '' : hits.length === 0 ? '未找到' : `${current >= 0 ? `第 ${current + 1} 处，` : ''}共 ${hits.length} 处`}
        </span>
        <button type="button" onClick={() => go(current - 1)} disabled={hits.length === 0}>
          上一个
        </button>
        <button type="button" onClick={() => go(current + 1)} disabled={hits.length === 0}>
          下一个
        </button>
        {mode === 'replace' && (
          <>
            <button type="button" onClick={() => void replace(false)} disabled={readOnly || busy || hits.length === 0}>
              替换
            </button>
            <button type="button" className="primary" onClick={() => void replace(true)} disabled={readOnly || busy || hits.length === 0}>
              全部替换
            </button>
          </>
        )}
      </div>
      {readOnly && mode === 'replace' && <p className="notice">报告已定稿，只读，不能替换。如需修改，请先用“改变状态”退回起草。</p>}
      {message && (
        <p className={message.kind === 'error' ? 'error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
          {undo && message.kind === 'notice' && (
            <button type="button" className="link" onClick={() => void undoAll()} disabled={busy}>
              撤销全部替换
            </button>
          )}
        </p>
      )}
      {hits.length > 0 && (
        <ol className="find-hits" aria-label="查找结果">
          {hits.slice(0, 500).map((h, i) => (
            <li key={`${h.place.kind}-${'sectionId' in h.place ? h.place.sectionId : ''}-${h.index}`}>
              <button type="button" aria-current={i === current} onClick={() => go(i)}>
                <span className="find-hit-place">{h.label}</span>
                <span className="find-hit-text">
                  {h.before}
                  <mark>{h.match}</mark>
                  {h.after}
                </span>
              </button>
            </li>
          ))}
          {hits.length > 500 && <li className="muted">只列出前 500 处。</li>}
        </ol>
      )}
    </aside>
  );
}

import { useEffect, useMemo, useRef, useState } from 'react';
import { attachmentsOf, sectionsInReadingOrder } from '../../../shared/outline';
import type { ReportDetail } from '../../../shared/report-schema';
import { api, errorMessage } from '../../api/client';
import { saveNow } from '../shortcuts/save-now';
import { applyInlineStyles, openPrintPreview } from './print-preview';
import './full-view.css';

export type FullViewTarget = { kind: 'title' } | { kind: 'closing' } | { kind: 'section'; id: string };

/**
 * 全文视图: the whole report as one continuous document, numbered as it will read (the PDF's own
 * markup), with the outline beside it following the scroll; a click on any place opens that
 * section in the editor.
 */
export function FullView({ detail, onOpen, onClose }: { detail: ReportDetail; onOpen(t: FullViewTarget): void; onClose(): void }) {
  const [html, setHtml] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const doc = useRef<HTMLDivElement>(null);
  const reportId = detail.report.id;

  const entries = useMemo(() => {
    const attachments = attachmentsOf(detail.sections);
    return [
      ...sectionsInReadingOrder(detail.sections).map((e) => ({
        id: e.section.id,
        level: e.level,
        label: e.level === 0 ? '导语' : `${e.number}${e.section.heading}`,
      })),
      ...attachments.map((a, i) => ({ id: a.id, level: 1 as const, label: `附件${attachments.length > 1 ? i + 1 : ''} ${a.heading}` })),
    ];
  }, [detail.sections]);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await saveNow();
        const layout = await api('export.printLayout', { reportId });
        if (live) setHtml(layout.html);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [reportId]);

  // Mark each section's start in the markup (same reading order as the exporter), then follow the scroll.
  useEffect(() => {
    const root = doc.current;
    if (!root || html === null) return;
    applyInlineStyles(root);
    const headings = [...root.querySelectorAll(':scope > h2:not(.attachment-title), :scope > h3')];
    const withHeading = entries.filter((e) => e.level > 0 && !e.label.startsWith('附件'));
    headings.forEach((h, i) => withHeading[i] && h.setAttribute('data-section-id', withHeading[i]!.id));
    const attachments = entries.filter((e) => e.label.startsWith('附件'));
    root
      .querySelectorAll(':scope > section.attachment')
      .forEach((s, i) => attachments[i] && s.setAttribute('data-section-id', attachments[i]!.id));
    const opening = entries.find((e) => e.level === 0);
    const first = root.querySelector(':scope > h1')?.nextElementSibling;
    if (opening && first && !first.hasAttribute('data-section-id')) first.setAttribute('data-opening', opening.id);
    const marked = [...root.querySelectorAll('[data-section-id]')];
    const onScroll = () => {
      const top = root.parentElement!.getBoundingClientRect().top;
      let current: string | null = marked[0]?.getAttribute('data-section-id') ?? null;
      for (const m of marked) if (m.getBoundingClientRect().top - top < 80) current = m.getAttribute('data-section-id');
      setActive(current);
    };
    root.parentElement!.addEventListener('scroll', onScroll, { passive: true });
    onScroll();
    return () => root.parentElement?.removeEventListener('scroll', onScroll);
  }, [html, entries]);

  const openAt = (target: HTMLElement) => {
    const root = doc.current!;
    let el: Element | null = target;
    while (el && el.parentElement !== root) el = el.parentElement;
    if (!el) return;
    if (el.tagName === 'H1') return onOpen({ kind: 'title' });
    if (el.classList.contains('closing')) return onOpen({ kind: 'closing' });
    for (let e: Element | null = el; e; e = e.previousElementSibling) {
      const id = e.getAttribute('data-section-id') ?? e.getAttribute('data-opening');
      if (id) return onOpen({ kind: 'section', id });
    }
    const opening = entries.find((e) => e.level === 0);
    if (opening) onOpen({ kind: 'section', id: opening.id });
  };

  const jump = (id: string) => doc.current?.querySelector(`[data-section-id="${id}"]`)?.scrollIntoView({ block: 'start' });

  return (
    <div className="full-view" role="region" aria-label="全文视图">
      <nav className="full-view-outline" aria-label="全文大纲">
        <div className="full-view-actions">
          <button type="button" onClick={onClose}>
            返回编辑
          </button>
          <button type="button" onClick={() => void openPrintPreview(reportId)} title="打印预览 (Ctrl+P)：与导出的 PDF 相同的分页">
            打印预览
          </button>
        </div>
        <ol>
          {entries.map((e) => (
            <li key={e.id} className={`level-${e.level}`}>
              <button type="button" aria-current={active === e.id} onClick={() => jump(e.id)}>
                {e.label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <div className="full-view-scroll">
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {html === null && !error && <p className="muted">正在排版……</p>}
        {html !== null && (
          <div
            ref={doc}
            className="full-view-doc"
            title="单击打开此处进行编辑"
            onClick={(e) => openAt(e.target as HTMLElement)}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
      </div>
    </div>
  );
}

import { useEffect } from 'react';
import { api } from '../../api/client';
import { saveNow } from '../shortcuts/save-now';

const LAYER = 'nb-print-layer';

/**
 * 打印预览 (Ctrl+P): the report in the PDF's own print layout — the same markup and CSS the PDF
 * export prints (@page A4, margins, 22 × 28, 「— N —」) — handed to the browser's print preview,
 * which paginates it exactly as the PDF. The app itself is hidden from print. The CSS goes in as a
 * constructed style sheet (the strict CSP allows no inline <style>).
 */
export async function openPrintPreview(reportId: string): Promise<void> {
  await preparePrintLayer(reportId);
  window.print();
}

export async function preparePrintLayer(reportId: string): Promise<HTMLElement> {
  await saveNow();
  const { css, html } = await api('export.printLayout', { reportId });
  const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
  const rest = css.replace(/@font-face\{[^}]*\}/g, '');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `${faces.join('\n')}
@media screen{.${LAYER}{display:none}}
@media print{body>*:not(.${LAYER}){display:none!important}.${LAYER}{display:block}
${rest}}`,
  );
  document.adoptedStyleSheets = [
    ...document.adoptedStyleSheets.filter((s) => !(s as CSSStyleSheet & { nbPrint?: boolean }).nbPrint),
    sheet,
  ];
  (sheet as CSSStyleSheet & { nbPrint?: boolean }).nbPrint = true;
  document.querySelector(`.${LAYER}`)?.remove();
  const layer = document.createElement('div');
  layer.className = LAYER;
  layer.innerHTML = html;
  applyInlineStyles(layer);
  document.body.appendChild(layer);
  return layer;
}

/**
 * The strict CSP ignores style="" attributes in markup; the exporter's tables carry their column
 * widths and alignment that way, so they are applied again through the CSSOM (which it allows).
 */
export function applyInlineStyles(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('[style]').forEach((el) => {
    el.style.cssText = el.getAttribute('style') ?? '';
  });
}

/** Ctrl+P: 打印预览 of the report (not of the app's page). */
export function usePrintShortcut(reportId: string): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'p') return;
      e.preventDefault();
      void openPrintPreview(reportId);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [reportId]);
}

/**
 * Turns the print-layout HTML (print-html.ts) into PDF bytes. Each host brings its own: the
 * Electron window's printToPDF, or a headless Chromium/Edge for the browser mode and the CLI.
 * The core knows only this signature (no `electron` import in the services).
 */
export type PdfPrinter = (html: string) => Promise<Buffer>;

/** Thrown by a printer that cannot run on this machine (no browser found): the export falls back to LibreOffice. */
export class PrinterUnavailable extends Error {
  constructor() {
    super('no Chromium-family browser found');
    this.name = 'PrinterUnavailable';
  }
}

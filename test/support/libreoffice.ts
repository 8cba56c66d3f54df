import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, tempDir } from '../helpers';

/** The font mapping of ../shared/render/fonts.conf: official font names → free look-alikes. */
export const FONTS_CONF = path.resolve(REPO_ROOT, '..', 'shared', 'render', 'fonts.conf');

/** Converts a .docx to PDF with LibreOffice headless, in a profile of its own; returns the PDF path. */
export function docxToPdf(docx: string): string {
  const outDir = tempDir('nianbao-pdf-');
  const profile = tempDir('nianbao-lo-profile-');
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], {
    env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
    stdio: 'pipe',
    timeout: 120_000,
  });
  const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
  return pdf;
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const i = line.indexOf(':');
        return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
      }),
  );
}

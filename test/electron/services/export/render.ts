import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, tempDir } from '../../../helpers';

/** LibreOffice + poppler, as domain.md §6 describes: the layout as a reader would see it. */

export const FONTS_CONF = path.resolve(REPO_ROOT, '..', 'shared', 'render', 'fonts.conf');
export const ARTIFACTS = path.join(REPO_ROOT, 'build', 'artifacts');
const env = { ...process.env, FONTCONFIG_FILE: FONTS_CONF };

export function docxToPdfFile(docx: Buffer, name: string): string {
  const dir = tempDir('nianbao-render-');
  const input = path.join(dir, `${name}.docx`);
  fs.writeFileSync(input, docx);
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
    env,
    stdio: 'pipe',
    timeout: 240_000,
  });
  return path.join(dir, `${name}.pdf`);
}

export function pdfInfo(pdf: string): { pages: number; widthPt: number; heightPt: number } {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return { pages: Number(/Pages:\s+(\d+)/.exec(out)![1]), widthPt: Number(size[1]), heightPt: Number(size[2]) };
}

/** Font names per page range (pdffonts), e.g. NotoSansCJKsc-Regular. */
export function pdfFonts(pdf: string, first = 1, last?: number): string[] {
  const args = ['-f', String(first), ...(last ? ['-l', String(last)] : []), pdf];
  const out = execFileSync('pdffonts', args, { encoding: 'utf8', env });
  return out
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0]!)
    .filter(Boolean);
}

export interface Line {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}
export interface Page {
  width: number;
  height: number;
  lines: Line[];
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

/** Every text line with its box, per page (pdftotext -bbox-layout). */
export function pdfLines(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
      const lines = [...chunk.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/line>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          text: [...m[4]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!)).join(' '),
        }),
      );
      return { width: Number(w), height: Number(h), lines };
    });
}

/** PNGs of two pages (1 and 2 unless told) for people to look at (kept as CI artefacts). */
export function savePagePngs(pdf: string, name: string, first = 1): string[] {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const prefix = path.join(ARTIFACTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(first + 1), pdf, prefix]);
  return fs
    .readdirSync(ARTIFACTS)
    .filter((f) => f.startsWith(name) && f.endsWith('.png'))
    .map((f) => path.join(ARTIFACTS, f));
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mammoth from 'mammoth';
import { createChromiumPrinter } from '../../../../electron/services/export/chromium-pdf';
import { tempDir } from '../../../helpers';
import type { Page } from './render';

/** Measuring printed PDFs (Chromium's and LibreOffice's) with poppler, in millimetres from the page's top-left corner. */

export const PT_PER_MM = 72 / 25.4;
/** The GB/T 9704 text block: 28 mm from the left, 26 mm from the right, 37 mm from the top, 35 mm from the bottom. */
export const BLOCK = { left: 28 * PT_PER_MM, right: (210 - 26) * PT_PER_MM, bottom: (297 - 35) * PT_PER_MM };

export const PAGE_NUMBER = /^—\s*(\d+)\s*—$/;
export const chars = (text: string) => [...text.replace(/\s/g, '')].length;
export const pageNumberLine = (page: Page) => page.lines.find((l) => PAGE_NUMBER.test(l.text));
export const bodyLines = (page: Page) => page.lines.filter((l) => !PAGE_NUMBER.test(l.text));

/** The print HTML printed by the same headless Chromium the browser mode and CLI use. */
export async function chromiumPdfFile(html: string, name: string): Promise<string> {
  const file = path.join(tempDir('nianbao-pdftest-'), `${name}.pdf`);
  fs.writeFileSync(file, await createChromiumPrinter()(html));
  return file;
}

/**
 * Names of the fonts a PDF embeds, from the FontName of each font descriptor. pdffonts prints no
 * name for the Type 3 fonts Chromium writes for CFF-based fonts such as Noto CJK; the descriptor has it.
 */
export function pdfFontNames(pdf: string): string[] {
  const bytes = fs.readFileSync(pdf).toString('latin1');
  const names = [...bytes.matchAll(/\/FontName\s*\/(?:[A-Z]{6}\+)?([^\s/>[\]()]+)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}

interface Word {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

function pdfWords(pdf: string): Array<{ width: number; height: number; words: Word[] }> {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          yMax: Number(m[4]),
          text: decode(m[5]!),
        }),
      );
      return { width: Number(w), height: Number(h), words };
    });
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * Text lines of a Chromium PDF, top to bottom: words whose vertical centres lie within 3.5 mm
 * (a third of a line pitch) form one line. pdftotext's own lines split a line where a Type 3 CJK
 * word (tall glyph boxes) meets a TrueType digit, so they are rebuilt from the words.
 */
export function printedLines(pdf: string): Page[] {
  return pdfWords(pdf).map(({ width, height, words }) => {
    const lines: Word[][] = [];
    const centre = (w: Word) => (w.yMin + w.yMax) / 2;
    for (const word of [...words].sort((a, b) => centre(a) - centre(b))) {
      const line = lines.find((l) => Math.abs(centre(l[0]!) - centre(word)) < 3.5 * PT_PER_MM);
      if (line) line.push(word);
      else lines.push([word]);
    }
    return {
      width,
      height,
      lines: lines.map((l) => {
        const sorted = l.sort((a, b) => a.xMin - b.xMin);
        const text = sorted.map((w) => w.text).join(' ');
        return { text, xMin: sorted[0]!.xMin, xMax: Math.max(...sorted.map((w) => w.xMax)), yMin: Math.min(...sorted.map((w) => w.yMin)) };
      }),
    };
  });
}

/** All text of a .docx in reading order (mammoth), whitespace removed. */
export async function docxText(docx: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: docx });
  return value.replace(/\s/g, '');
}

/** All text of a PDF in reading order without the page numbers, whitespace removed. */
export function pdfBodyText(pages: Page[]): string {
  return pages
    .flatMap(bodyLines)
    .map((l) => l.text)
    .join('')
    .replace(/\s/g, '');
}

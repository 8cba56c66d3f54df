import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../app-error';

/**
 * The fallback PDF path, when no Chromium-family browser prints the print layout: LibreOffice
 * headless lays out the very .docx we export (same content, order, fonts and page numbers). Runs as
 * a child process (never blocks the event loop), with its own profile folder so runs never collide.
 */

export const SOFFICE_MISSING =
  '导出 PDF 需要 Edge、Chrome 或 Chromium 浏览器，或者 LibreOffice，本机都未找到。请先导出 Word 文件，再用 Word 或 WPS“另存为 PDF”。';

const WINDOWS_CANDIDATES = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

export function findSoffice(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NIANBAO_SOFFICE) return env.NIANBAO_SOFFICE;
  if (process.platform === 'win32') return WINDOWS_CANDIDATES.find((p) => fs.existsSync(p)) ?? 'soffice.exe';
  return 'soffice';
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout: 180_000, windowsHide: true }, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * LibreOffice's DOCX import ignores w:autoSpaceDE/autoSpaceDN (writerfilter has no mapping for
 * them, up to 7.x and 24.x) and keeps its own Asian/Western spacing: a gap around every run of
 * digits, a character less on lines with figures, so its pages drift from Word's and the print
 * layout's. The .docx we write turns that spacing off; this puts the setting where LibreOffice reads
 * it: the document goes through LibreOffice's own flat format, its paragraph styles get
 * text-autospace "none", and that is what is laid out.
 */
export function withoutAutospace(fodt: string): string {
  return fodt.replace(/style:text-autospace="ideograph-alpha"/g, 'style:text-autospace="none"');
}

/** Converts .docx bytes to PDF bytes. Throws AppError with a Chinese message when LibreOffice is missing or fails. */
export async function docxToPdf(docx: Buffer, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-pdf-'));
  try {
    const input = path.join(dir, 'report.docx');
    fs.writeFileSync(input, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const convert = (format: string, file: string) =>
      run(
        findSoffice(env),
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', dir, file],
        env,
      );
    const flat = path.join(dir, 'report.fodt');
    try {
      await convert('fodt', input);
      if (!fs.existsSync(flat)) throw new Error('no .fodt written');
      fs.writeFileSync(flat, withoutAutospace(fs.readFileSync(flat, 'utf8')));
      await convert('pdf', flat);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('IO_ERROR', SOFFICE_MISSING);
      throw new AppError('IO_ERROR', 'LibreOffice 转换 PDF 失败。请在 Word 或 WPS 中打开导出的 Word 文件，另存为 PDF。');
    }
    const output = path.join(dir, 'report.pdf');
    if (!fs.existsSync(output)) throw new AppError('IO_ERROR', 'LibreOffice 没有生成 PDF 文件，请先导出 Word 文件再另存为 PDF。');
    return fs.readFileSync(output);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

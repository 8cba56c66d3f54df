import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportSettings } from '../../../shared/export-settings';
import { KNOWN_FONTS } from './docx-fonts';

/**
 * Which of the fonts an export names this PC lacks. The .docx names the official fonts and the
 * reader's Word or WPS supplies them; a PC that exports a PDF, or checks its own print, needs them
 * too. Linux (UOS, Kylin, Debian): fontconfig's family names (fc-list). Windows: the font files of
 * the official fonts and of their system stand-ins in the Fonts folder.
 */

/** Font files of these families as commonly installed on Windows (lower case; the official fonts' file names vary by vendor and are unconfirmed: extend as found). */
const WINDOWS_FILES: Record<string, readonly string[]> = {
  仿宋_GB2312: ['仿宋_gb2312.ttf', 'fs_gb2312.ttf', 'simfang_gb2312.ttf'],
  楷体_GB2312: ['楷体_gb2312.ttf', 'kaiti_gb2312.ttf', 'simkai_gb2312.ttf'],
  方正小标宋简体: ['fzxbsjw.ttf', 'fzxbsjw--gb1-0.ttf', '方正小标宋简体.ttf'],
  仿宋: ['simfang.ttf'],
  楷体: ['simkai.ttf'],
  黑体: ['simhei.ttf'],
  宋体: ['simsun.ttc'],
  'Times New Roman': ['times.ttf'],
};

/** Family names fontconfig knows on this PC (empty when fc-list is missing). */
function fontconfigFamilies(env: NodeJS.ProcessEnv): Promise<Set<string> | null> {
  return new Promise((resolve) => {
    execFile('fc-list', [':', 'family'], { env, timeout: 10_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) => {
      if (error) return resolve(null);
      resolve(
        new Set(
          stdout
            .split('\n')
            .flatMap((line) => line.split(',').map((n) => n.trim()))
            .filter(Boolean),
        ),
      );
    });
  });
}

function windowsFonts(env: NodeJS.ProcessEnv): Set<string> | null {
  const dirs = [
    path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts'),
    env.LOCALAPPDATA ? path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts') : '',
  ];
  const files = dirs.filter(Boolean).flatMap((d) => {
    try {
      return fs.readdirSync(d).map((f) => f.toLowerCase());
    } catch {
      return [];
    }
  });
  return files.length ? new Set(files) : null;
}

/** A check that tells whether a family is installed; null when this PC cannot tell. */
export async function installedFontCheck(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): Promise<((name: string) => boolean) | null> {
  if (platform === 'win32') {
    const files = windowsFonts(env);
    return files ? (name) => (WINDOWS_FILES[name] ?? [`${name.toLowerCase()}.ttf`]).some((f) => files.has(f)) : null;
  }
  const families = await fontconfigFamilies(env);
  return families ? (name) => families.has(name) : null;
}

/** The East Asian fonts of the settings this PC lacks, each with the stand-ins it does have. */
export function missingFonts(settings: ExportSettings, installed: (name: string) => boolean): Array<{ font: string; available: string[] }> {
  const { latin: _latin, ...eastAsian } = settings.fonts;
  const names = [...new Set(Object.values(eastAsian))];
  return names
    .filter((name) => !installed(name))
    .map((font) => ({ font, available: (KNOWN_FONTS[font]?.fallbacks ?? []).filter((f) => installed(f)) }));
}

/** One Chinese sentence per missing font, for the CLI and the window. */
export function missingFontWarnings(missing: ReadonlyArray<{ font: string; available: string[] }>): string[] {
  return missing.map(({ font, available }) =>
    available.length
      ? `提示：本机没有安装字体“${font}”，导出的 Word 文件仍写明“${font}”，由阅读者的 Word/WPS 提供；本机可用的替代字体：${available.join('、')}。`
      : `提示：本机没有安装字体“${font}”，导出的 Word 文件仍写明“${font}”，由阅读者的 Word/WPS 提供；本机打印或生成 PDF 时会用其他字体代替。`,
  );
}

import type { ExportSettings } from '../../../shared/export-settings';

/**
 * word/fontTable.xml with an entry for every font the document names. Word and WPS substitute a
 * missing font by these: charset 86 (GB2312) says it is a Chinese font, the panose numbers say
 * what it looks like (仿宋 like 仿宋, not like 黑体), and altName names the same face under the name
 * the reader's PC has (仿宋_GB2312 → 仿宋 on every Windows 10/11 PC, which calls it FangSong in English).
 */

export interface FontInfo {
  /** The face under the name Windows 10/11 (and UOS/Kylin with the Windows fonts) installs. */
  altName?: string;
  panose: string;
  charset: '86' | '00';
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  pitch: 'fixed' | 'variable';
  /** Names a reader's PC may have instead, best first (offered in the font setting and the print CSS). */
  fallbacks: readonly string[];
}

/** The official 公文 fonts and their system stand-ins, with the table data Chinese Word versions write for them. */
export const KNOWN_FONTS: Readonly<Record<string, FontInfo>> = {
  仿宋_GB2312: {
    altName: '仿宋',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
    fallbacks: ['仿宋', 'FangSong'],
  },
  仿宋: { altName: 'FangSong', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', fallbacks: ['FangSong'] },
  楷体_GB2312: {
    altName: '楷体',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
    fallbacks: ['楷体', 'KaiTi'],
  },
  楷体: { altName: 'KaiTi', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', fallbacks: ['KaiTi'] },
  方正小标宋简体: {
    altName: '华文中宋',
    panose: '02000000000000000000',
    charset: '86',
    family: 'script',
    pitch: 'variable',
    fallbacks: ['小标宋', '华文中宋', '宋体'],
  },
  黑体: { altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed', fallbacks: ['SimHei'] },
  宋体: { altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable', fallbacks: ['SimSun'] },
  'Times New Roman': { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable', fallbacks: [] },
};

/** What an unknown name gets: a Chinese font (charset 86) of no stated look. */
const UNKNOWN_CJK: FontInfo = { panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable', fallbacks: [] };
const UNKNOWN_LATIN: FontInfo = { panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable', fallbacks: [] };

export const fontInfo = (name: string, latin: boolean): FontInfo => KNOWN_FONTS[name] ?? (latin ? UNKNOWN_LATIN : UNKNOWN_CJK);

/** Choices a font setting offers per role: the official name first, then the system fallbacks. */
export function fontChoices(official: string): string[] {
  return [official, ...(KNOWN_FONTS[official]?.fallbacks ?? [])];
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function fontTableXml(settings: ExportSettings): string {
  const { latin, ...eastAsian } = settings.fonts;
  const names = new Map<string, boolean>([...Object.values(eastAsian).map((n) => [n, false] as const), [latin, true]]);
  const entries = [...names].map(([name, isLatin]) => {
    const f = fontInfo(name, isLatin);
    const alt = f.altName && f.altName !== name ? `<w:altName w:val="${esc(f.altName)}"/>` : '';
    return `<w:font w:name="${esc(name)}">${alt}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`;
}

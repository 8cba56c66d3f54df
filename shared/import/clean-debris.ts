import type { SourceBlock } from './import-schema';
import { isEmptyTable } from './import-table';

/**
 * What a government web page leaves around the text when it is copied or saved: the index
 * metadata block, QR-code and font-size widgets, print/close buttons, related-links footers.
 * Metadata is kept (it fills the report's data); the rest is removed and reported as a warning.
 */

export const METADATA_KEYS = [
  '索引号',
  '主题分类',
  '主题词',
  '发文日期',
  '发布日期',
  '成文日期',
  '生成日期',
  '发布机构',
  '发文机关',
  '发文机构',
  '文号',
  '发文字号',
  '信息来源',
  '来源',
  '公开方式',
  '公开范围',
  '公开时限',
  '信息分类',
  '体裁分类',
  '组配分类',
  '有效性',
  '标题',
  '名称',
  '发布时间',
  '作者',
  '编辑',
  '责任编辑',
  '点击数',
  '点击量',
  '浏览次数',
  '阅读次数',
  '访问次数',
  '阅读量',
] as const;

const KEY_ONLY = new RegExp(`^(${METADATA_KEYS.join('|')})\\s*[:：]?\\s*$`, 'u');
const KEY_VALUE = new RegExp(`^(${METADATA_KEYS.join('|')})\\s*[:：]\\s*(.{1,80})$`, 'u');
/** Several pairs on one line: 「索引号：xxx 发布机构：yyy」. */
const INLINE_PAIR = new RegExp(`(${METADATA_KEYS.join('|')})\\s*[:：]\\s*([^\\s]{1,40})`, 'gu');

/** Whole lines that are page furniture, never report text. */
const DEBRIS_LINES: RegExp[] = [
  /^扫一扫.{0,20}$/u,
  /^扫码.{0,20}$/u,
  /^【?\s*字号\s*[:：]?\s*(大\s*中\s*小)?\s*】?$/u,
  /^【?\s*字体\s*[:：]?\s*(大\s*中\s*小)?\s*】?$/u,
  /^大\s+中\s+小$/u,
  /^(打印本页|打印|关闭窗口|关闭|返回顶部|分享到.{0,20}|收藏|【打印】|【关闭】|\[打印\]|\[关闭\])$/u,
  /^(上一篇|下一篇)[:：].{0,80}$/u,
  /^(浏览次数|阅读次数|访问量)[:：]?\s*\d*$/u,
  /^(当前位置|您当前的位置|您的位置)[:：].{0,80}$/u,
  /^今天是.{0,30}$/u,
  /^[【[]?\s*大\s*中\s*小\s*[】\]]?$/u,
];

/** Page widgets that come several to a line: 「【打印本页】 【关闭窗口】」「分享到： 微信 微博」. */
const WIDGET_WORDS = new Set(
  '打印 打印本页 打印此页 关闭 关闭窗口 关闭本页 分享 分享到 收藏 扫一扫 返回顶部 字号 字体 大 中 小 默认 保存 纠错 微信 微博 QQ空间 QQ 朋友圈 打印文章'.split(
    ' ',
  ),
);

function isWidgetLine(text: string): boolean {
  const tokens = text
    .replace(/[\s|｜【】[\]()（）:：、/·•]+/gu, ' ')
    .trim()
    .split(' ');
  return tokens.length > 0 && tokens[0] !== '' && tokens.every((t) => WIDGET_WORDS.has(t));
}

/** 「首页 > 政务公开 > 法治政府建设」: a breadcrumb trail. */
function isBreadcrumb(text: string): boolean {
  if (text.length > 80 || /[。！？]/u.test(text)) return false;
  return (text.match(/[>＞»›]/gu)?.length ?? 0) >= 2 || /^(首页|网站首页)\s*[>＞»›]/u.test(text);
}

/** 「• 索引号：…」: a bullet before a metadata line. */
const BULLET = /^[•·●○◆◇■□▪\-*]\s*/u;

/** A metadata block laid out as a table: key cells followed by their value cells. */
function metadataTable(block: SourceBlock, metadata: Record<string, string>): boolean {
  const cells = block.table?.rows.flat().map((c) => c.text.trim().replace(/[:：]$/u, '')) ?? [];
  const keys = cells.filter((c) => (METADATA_KEYS as readonly string[]).includes(c));
  if (keys.length < 2) return false;
  cells.forEach((c, i) => {
    if ((METADATA_KEYS as readonly string[]).includes(c)) metadata[c] = cells[i + 1] ?? '';
  });
  return true;
}
/** The page widget glued to the start of the first line of text: 「大 中 小6月21日,……」. */
const LEADING_WIDGET = /^(【?\s*字号\s*[:：]?\s*)?大\s+中\s+小\s*】?/u;
const FOOTER_START = /^(相关链接|相关文章|相关阅读|相关新闻|相关稿件|相关信息|相关文件|相关解读|附件下载|友情链接)\s*[:：]?$/u;

export interface CleanResult {
  blocks: SourceBlock[];
  metadata: Record<string, string>;
  removed: string[];
}

function isSentence(text: string): boolean {
  return /[。！？!?]/u.test(text) || text.length > 60;
}

/** Reads `key` / `value` lines (value on the next line, possibly missing) and `key：value` lines. */
function takeMetadata(lines: SourceBlock[], i: number, metadata: Record<string, string>, first = lines[i]!.text): number {
  const text = first.trim();
  const pair = KEY_VALUE.exec(text);
  if (pair) {
    metadata[pair[1]!] = pair[2]!.trim();
    return 1;
  }
  const key = KEY_ONLY.exec(text)![1]!;
  const next = (lines[i + 1]?.text.trim() ?? '').replace(BULLET, '');
  if (next && !KEY_ONLY.test(next) && !KEY_VALUE.test(next) && !isSentence(next)) {
    metadata[key] = next;
    return 2;
  }
  metadata[key] = '';
  return 1;
}

function isMetadataLine(text: string): boolean {
  const t = text.trim();
  if (KEY_ONLY.test(t)) return true;
  const pairs = [...t.matchAll(INLINE_PAIR)];
  return pairs.length >= 2 || (pairs.length === 1 && KEY_VALUE.test(t) && !isSentence(t));
}

export function cleanDebris(input: SourceBlock[]): CleanResult {
  const metadata: Record<string, string> = {};
  const removed: string[] = [];
  const blocks: SourceBlock[] = [];
  for (let i = 0; i < input.length;) {
    const block = input[i]!;
    const text = block.text.trim();
    if (block.table) {
      // A table of empty cells is page layout (「| | | |」), not content; a table of 索引号/文号 is metadata.
      if (isEmptyTable(block.table)) removed.push(block.table.rows.map((r) => `|${r.map(() => ' |').join('')}`).join(' '));
      else if (!metadataTable(block, metadata)) blocks.push(block);
      i += 1;
      continue;
    }
    if (!text) {
      i += 1;
      continue;
    }
    const unbulleted = text.replace(BULLET, '');
    if (block.style === null && isMetadataLine(unbulleted)) {
      const pairs = [...unbulleted.matchAll(INLINE_PAIR)];
      if (pairs.length >= 2) {
        pairs.forEach((p) => (metadata[p[1]!] = p[2]!));
        i += 1;
      } else i += takeMetadata(input, i, metadata, unbulleted);
      continue;
    }
    if (DEBRIS_LINES.some((re) => re.test(text)) || isWidgetLine(text) || isBreadcrumb(text)) {
      removed.push(text);
      i += 1;
      continue;
    }
    if (FOOTER_START.test(text)) {
      i = skipFooter(input, i, removed);
      continue;
    }
    const widget = LEADING_WIDGET.exec(text);
    if (widget && text.length > widget[0].length) removed.push(widget[0].trim());
    blocks.push({ ...block, text: widget ? text.slice(widget[0].length) : text });
    i += 1;
  }
  return { blocks, metadata, removed };
}

/** A footer is its title plus the short link lines after it; a real paragraph ends it. */
function skipFooter(input: SourceBlock[], start: number, removed: string[]): number {
  removed.push(input[start]!.text.trim());
  let i = start + 1;
  while (i < input.length && !isSentence(input[i]!.text.trim()) && input[i]!.style === null) {
    if (input[i]!.text.trim()) removed.push(input[i]!.text.trim());
    i += 1;
  }
  return i;
}

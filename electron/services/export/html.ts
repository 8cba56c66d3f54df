import { formatChineseDate } from '../../../shared/dates';
import type { ExportSettings } from '../../../shared/export-settings';
import { attachmentLabel, attachmentListLines, attachmentsOf, headingNumber, sectionsInReadingOrder } from '../../../shared/outline';
import type { ReportDetail, Section } from '../../../shared/report-schema';
import { blockText, toBlocks, type Block, type TextRun } from '../../../shared/rich-text';
import { stripLeadingNumber } from './docx-runs';
import { tableHtml } from './html-table';

/**
 * One self-contained UTF-8 HTML file for the government website: semantic headings (title h1, the
 * outline's levels h2–h5), real tables, metadata in the head, no scripts, no external resources, so
 * it can be pasted into a CMS as it is.
 */

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const escapeHtml = escape;

function inline(runs: readonly TextRun[]): string {
  return runs
    .map((r) => {
      let html = escape(r.text).replace(/\n/g, '<br>');
      if (r.bold) html = `<strong>${html}</strong>`;
      if (r.italic) html = `<em>${html}</em>`;
      if (r.underline) html = `<u>${html}</u>`;
      return html;
    })
    .join('');
}

function table(block: Extract<Block, { kind: 'table' }>): string {
  return tableHtml(block, inline);
}

type HeadingBlock = Extract<Block, { kind: 'heading' }>;

function headingHtml(block: HeadingBlock, counters: { 3: number; 4: number }): { number: string; text: string } {
  counters[block.level] += 1;
  if (block.level === 3) counters[4] = 0;
  const [first, ...rest] = block.runs;
  const runs = first ? [{ ...first, text: stripLeadingNumber(first.text) }, ...rest] : [];
  return { number: escape(headingNumber(block.level, counters[block.level])), text: inline(runs) };
}

/** 「1.健全工作机制。」 then the paragraph's text in one paragraph, as the .docx writes it. */
function runInHtml(block: HeadingBlock, body: Extract<Block, { kind: 'paragraph' }>, counters: { 3: number; 4: number }): string {
  const { number, text } = headingHtml(block, counters);
  const stop = /[。！？；：]$/.test(blockText(block).trim()) ? '' : '。';
  return `<p class="run-in"><span class="h4">${number}${text}${stop}</span>${inline(body.runs)}</p>`;
}

function blocksHtml(blocks: readonly Block[], settings: ExportSettings): string[] {
  const counters = { 3: 0, 4: 0 };
  const visible = blocks.filter((b) => b.kind === 'table' || blockText(b).trim() !== '');
  const out: string[] = [];
  for (let i = 0; i < visible.length; i++) {
    const block = visible[i]!;
    const next = visible[i + 1];
    if (block.kind === 'table') out.push(table(block));
    else if (block.kind === 'heading' && settings.runInHeadings && block.level === 3 && next?.kind === 'paragraph') {
      out.push(runInHtml(block, next, counters));
      i += 1;
    } else if (block.kind === 'heading') {
      const tag = block.level === 3 ? 'h4' : 'h5';
      const { number, text } = headingHtml(block, counters);
      out.push(`<${tag}>${number}${text}</${tag}>`);
    } else if (block.kind === 'list-item') out.push(`<p>${block.ordered ? `${block.index}.` : ''}${inline(block.runs)}</p>`);
    else out.push(`<p>${inline(block.runs)}</p>`);
  }
  return out;
}

const STYLE = `body{max-width:42em;margin:2em auto;font-family:"仿宋_GB2312","仿宋",FangSong,serif;font-size:16pt;line-height:1.8}
h1{font-family:"方正小标宋简体","小标宋",serif;font-size:22pt;font-weight:normal;text-align:center}
h2,h3,h4,h5{font-size:16pt;text-indent:2em;margin:0}h2{font-family:"黑体",SimHei,sans-serif;font-weight:normal}
h3{font-family:"楷体_GB2312","楷体",KaiTi,serif;font-weight:normal}h4,h5{font-weight:normal}
p{text-indent:2em;margin:0;text-align:justify}.closing{margin-top:1.8em}.closing p{text-align:right;text-indent:0}
p.attachment-list{padding-left:6em;text-indent:-4em}p.attachment-list+p.attachment-list{text-indent:-1em}p.attachment-list.single{padding-left:5em;text-indent:-3em}section.attachment{margin-top:3em}p.attachment-label{text-indent:0;font-family:"黑体",SimHei,sans-serif}
h2.attachment-title{font-family:"方正小标宋简体","小标宋",serif;font-size:22pt;font-weight:normal;text-align:center;text-indent:0}
table{border-collapse:collapse;width:100%;margin:0.5em 0}th,td{border:1px solid #000;padding:0.2em 0.4em;vertical-align:top}`;

/** An attachment (附件) after the closing: its label, its title as a heading, then its content. */
function attachmentHtml(section: Section, label: string, settings: ExportSettings): string {
  const content = blocksHtml(toBlocks(section.content), settings).join('\n');
  return `<section class="attachment">\n<p class="attachment-label">${escape(label)}</p>\n<h2 class="attachment-title">${escape(section.heading)}</h2>\n${content}\n</section>`;
}

/**
 * The report's body after the title: section headings, paragraphs, tables, the closing and the
 * attachments, in reading order. Shared by the web page and the print layout (PDF), so both show
 * the same content.
 */
export function reportBodyHtml(detail: ReportDetail, settings: ExportSettings): string[] {
  const { report } = detail;
  const byId = new Map(detail.sections.map((s) => [s.id, s]));
  const body: string[] = [];
  for (const entry of sectionsInReadingOrder(detail.sections)) {
    const section = byId.get(entry.section.id)!;
    if (entry.level > 0) {
      const tag = entry.level === 1 ? 'h2' : 'h3';
      body.push(`<${tag}>${escape(entry.number + stripLeadingNumber(section.heading))}</${tag}>`);
    }
    body.push(...blocksHtml(toBlocks(section.content), settings));
  }
  if (settings.closingPhrase) body.push('<p>特此报告。</p>');
  const attachments = attachmentsOf(detail.sections);
  const listClass = attachments.length === 1 ? 'attachment-list single' : 'attachment-list';
  body.push(...attachmentListLines(attachments.map((a) => a.heading)).map((line) => `<p class="${listClass}">${escape(line)}</p>`));
  const date = report.reportDate ? formatChineseDate(report.reportDate) : '';
  if (settings.closing) {
    const lines = [`<p class="signature">${escape(report.agency)}</p>`, date ? `<p class="date">${escape(date)}</p>` : ''];
    body.push(`<div class="closing">${lines.join('')}</div>`);
  }
  attachments.forEach((a, i) => body.push(attachmentHtml(a, attachmentLabel(i, attachments.length), settings)));
  return body;
}

export function renderHtml(detail: ReportDetail, settings: ExportSettings): string {
  const { report } = detail;
  const body: string[] = [`<h1>${escape(report.title)}</h1>`, ...reportBodyHtml(detail, settings)];
  const meta = [
    `<meta name="author" content="${escape(report.agency)}">`,
    `<meta name="description" content="${escape(`${report.agency}${report.year}年度${report.templateName}`)}">`,
    `<meta name="report-year" content="${report.year}">`,
    report.reportDate ? `<meta name="date" content="${report.reportDate}">` : '',
    `<meta name="generator" content="年报 Nianbao">`,
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escape(report.title)}</title>
${meta.join('\n')}
<style>${STYLE}</style>
</head>
<body>
<article>
${body.join('\n')}
</article>
</body>
</html>
`;
}

import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IRunOptions } from 'docx';
import { formatChineseDate } from '../../shared/dates';
import { headingNumber, sectionsInReadingOrder } from '../../shared/outline';
import type { ReportDetail } from '../../shared/report-schema';
import { blockText, toBlocks, type Block, type TextRun as RichRun } from '../../shared/rich-text';

/**
 * Writes a report as a Word file in the layout of GB/T 9704-2012 (first cut: page, margins, fonts,
 * sizes, indents, literal heading numbers, page numbers). The full layout is issue #3.
 */

const MM = 56.6929; // twips per millimetre
const PT = 20; // twips per point
const BODY_PT = 16;
const LINE_TWIPS = Math.round(28.95 * PT);
const INDENT_2_CHARS = 2 * BODY_PT * PT;

export const PAGE = {
  width: 11906,
  height: 16838,
  top: Math.round(37 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
  right: Math.round(26 * MM),
};

const LATIN = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });
const FONTS = {
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312'),
  h1: font('黑体'),
  h2: font('楷体_GB2312'),
  pageNumber: font('宋体'),
};

const exactLine = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function styles() {
  const heading = (id: string, name: string, level: number, f: ReturnType<typeof font>) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: f, size: BODY_PT * 2, bold: false, color: '000000' },
    paragraph: { spacing: exactLine, indent: { firstLine: INDENT_2_CHARS }, outlineLevel: level, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font: FONTS.body, size: BODY_PT * 2 },
        paragraph: { spacing: exactLine, alignment: AlignmentType.JUSTIFIED },
      },
    },
    paragraphStyles: [
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONTS.title, size: 44, bold: false, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE_TWIPS } },
      },
      heading('Heading1', 'heading 1', 0, FONTS.h1),
      heading('Heading2', 'heading 2', 1, FONTS.h2),
      heading('Heading3', 'heading 3', 2, FONTS.body),
      heading('Heading4', 'heading 4', 3, FONTS.body),
    ],
  };
}

function runs(rich: RichRun[], extra: IRunOptions = {}): TextRun[] {
  return rich.flatMap((r) =>
    r.text.split('\n').map(
      (text, i) =>
        new TextRun({
          ...extra,
          text,
          break: i > 0 ? 1 : undefined,
          bold: r.bold || undefined,
          italics: r.italic || undefined,
          underline: r.underline ? {} : undefined,
        }),
    ),
  );
}

const bodyParagraph = (children: TextRun[]) => new Paragraph({ children, indent: { firstLine: INDENT_2_CHARS } });

/** A number the user typed at the start of a heading is dropped: the exporter numbers headings. */
const LEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、])\s*/;

function blockParagraphs(blocks: Block[]): Paragraph[] {
  const counters = { 3: 0, 4: 0 };
  return blocks.map((block) => {
    if (block.kind === 'heading') {
      counters[block.level] += 1;
      if (block.level === 3) counters[4] = 0;
      const number = headingNumber(block.level, counters[block.level]);
      const [first, ...rest] = block.runs;
      const stripped = first ? [{ ...first, text: first.text.replace(LEADING_NUMBER, '') }, ...rest] : [];
      return new Paragraph({ style: `Heading${block.level}`, children: [new TextRun(number), ...runs(stripped)] });
    }
    if (block.kind === 'list-item') {
      const prefix = block.ordered ? `${block.index}.` : '';
      return bodyParagraph([new TextRun(prefix), ...runs(block.runs)]);
    }
    return bodyParagraph(runs(block.runs));
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONTS.pageNumber, size: 28, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export function buildDocxDocument(detail: ReportDetail, stamp?: DocxStamp): Document {
  const { report, sections } = detail;
  const children: Paragraph[] = [new Paragraph({ style: 'Title', children: [new TextRun(report.title)] })];
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const entry of sectionsInReadingOrder(sections)) {
    const section = byId.get(entry.section.id)!;
    if (entry.level > 0) {
      const heading = section.heading.replace(LEADING_NUMBER, '');
      children.push(new Paragraph({ style: `Heading${entry.level}`, children: [new TextRun(`${entry.number}${heading}`)] }));
    }
    children.push(...blockParagraphs(toBlocks(section.content).filter((b) => blockText(b).trim() !== '')));
  }
  children.push(new Paragraph({ children: [] }));
  children.push(
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT_2_CHARS }, children: [new TextRun(report.agency)] }),
  );
  if (report.reportDate) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: INDENT_2_CHARS },
        children: [new TextRun(formatChineseDate(report.reportDate))],
      }),
    );
  }
  return new Document({
    creator: report.agency,
    title: report.title,
    description: `${report.year}年度 · ${report.templateName}`,
    // A 定稿 export carries its version in the file's properties (issue 6).
    ...(stamp ? { revision: stamp.revision, keywords: stamp.label, subject: stamp.label } : {}),
    styles: styles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: 851, footer: 992 },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

/** The version an exported file records in its properties. */
export interface DocxStamp {
  revision: number;
  label: string;
}

export async function renderDocx(detail: ReportDetail, stamp?: DocxStamp): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(detail, stamp));
}

/** A file name Word and Windows accept: the title without characters that are illegal in paths. */
export function docxFileName(detail: ReportDetail): string {
  const safe = detail.report.title.replace(/[\\/:*?"<>|\r\n]+/g, '').trim() || '年度报告';
  return `${safe}.docx`;
}

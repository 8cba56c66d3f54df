import { Paragraph, type Table } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import { headingNumber } from '../../../shared/outline';
import { blockText, type Block, type TextRun as RichRun } from '../../../shared/rich-text';
import { INDENT_2_CHARS, textRun } from './docx-layout';
import { bodyParagraph, richRuns, stripRunsNumber } from './docx-runs';
import { tableBlock } from './docx-table';
import { bodyParagraphXml, runsXml, type RawParagraphs } from './docx-raw';
import { listMarker, type OutlineLevel } from './list-numbers';

/**
 * One converter per editor block kind. Heading numbers at levels 3 and 4 (1. and （1）) are counted
 * here, per section, so that inserting or removing a heading renumbers the rest.
 */

export interface BlockContext {
  settings: ExportSettings;
  counters: { 3: number; 4: number };
  /** The level of the heading the blocks stand under: the section's, then each 1./（1） heading's. */
  under?: OutlineLevel;
  /** When given, body paragraphs and list items are written as XML text (docx-raw.ts). */
  raw?: RawParagraphs;
}

type Out = Paragraph | Table;
type HeadingBlock = Extract<Block, { kind: 'heading' }>;

function nextNumber(block: HeadingBlock, ctx: BlockContext): string {
  ctx.counters[block.level] += 1;
  ctx.under = block.level;
  if (block.level === 3) ctx.counters[4] = 0;
  return headingNumber(block.level, ctx.counters[block.level]);
}

function headingParagraph(block: HeadingBlock, ctx: BlockContext): Paragraph {
  const kind = block.level === 3 ? 'heading3' : 'heading4';
  const number = nextNumber(block, ctx);
  const children = [textRun(kind, ctx.settings, number), ...richRuns(stripRunsNumber(block.runs), kind, ctx.settings)];
  return new Paragraph({ style: `Heading${block.level}`, children });
}

const END_PUNCTUATION = /[。！？；：]$/;

/** 「1.健全工作机制。」 then the paragraph's text, in one body paragraph that keeps the outline level. */
function runInParagraph(heading: HeadingBlock, body: Extract<Block, { kind: 'paragraph' }>, ctx: BlockContext): Paragraph {
  const number = nextNumber(heading, ctx);
  const runs: RichRun[] = stripRunsNumber(heading.runs);
  const text = runs.map((r) => r.text).join('');
  if (!END_PUNCTUATION.test(text)) runs.push({ text: '。', bold: false, italic: false, underline: false });
  return new Paragraph({
    outlineLevel: 2,
    indent: { firstLine: INDENT_2_CHARS },
    children: [
      textRun('heading3', ctx.settings, number),
      ...richRuns(runs, 'heading3', ctx.settings),
      ...richRuns(body.runs, 'body', ctx.settings),
    ],
  });
}

/** A list item: its number at the level below the heading it stands under (or 一是), then its text. */
function listItem(block: Extract<Block, { kind: 'list-item' }>, ctx: BlockContext): Paragraph {
  const marker = listMarker(ctx.under ?? 0, block.depth, block.index, ctx.settings.listNumbering);
  if (ctx.raw) {
    const markerRun: RichRun = { text: marker, bold: false, italic: false, underline: false };
    return ctx.raw.add(bodyParagraphXml(runsXml([markerRun, ...block.runs], 'body', ctx.settings)));
  }
  return bodyParagraph([textRun('body', ctx.settings, marker), ...richRuns(block.runs, 'body', ctx.settings)]);
}

export function convertBlocks(blocks: readonly Block[], ctx: BlockContext): Out[] {
  const out: Out[] = [];
  const visible = blocks.filter((b) => b.kind === 'table' || blockText(b).trim() !== '');
  for (let i = 0; i < visible.length; i++) {
    const block = visible[i]!;
    const next = visible[i + 1];
    switch (block.kind) {
      case 'heading':
        if (ctx.settings.runInHeadings && block.level === 3 && next?.kind === 'paragraph') {
          out.push(runInParagraph(block, next, ctx));
          i += 1;
        } else out.push(headingParagraph(block, ctx));
        break;
      case 'list-item':
        out.push(listItem(block, ctx));
        break;
      case 'table':
        out.push(...tableBlock(block, ctx.settings));
        break;
      default:
        out.push(
          ctx.raw
            ? ctx.raw.add(bodyParagraphXml(runsXml(block.runs, 'body', ctx.settings)))
            : bodyParagraph(richRuns(block.runs, 'body', ctx.settings)),
        );
    }
  }
  return out;
}

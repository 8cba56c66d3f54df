import { createHash } from 'node:crypto';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { ExportSettings } from '../../../shared/export-settings';
import { textRun } from '../export/docx-layout';
import { sourceProperties, type ExportSource } from './export-source';
import type { BodyUnit } from './paragraph-read';

/**
 * 审签单 (issue 16): a one-page form for a version sent for sign-off — title, version, date, the
 * SHA-256 of the exported text, and rows 拟稿 / 核稿 / 审核 / 签发 with name, opinion and date to fill in.
 * The hash is of the text a reader sees (each paragraph of the exported .docx, in its original state,
 * joined by line breaks), so any copy of the file can be checked against the approved text
 * (`nianbao review hash FILE.docx`).
 */

export function textHash(units: readonly BodyUnit[]): string {
  return createHash('sha256')
    .update(units.map((u) => u.read.original).join('\n'), 'utf8')
    .digest('hex');
}

export interface SheetInput {
  title: string;
  agency: string;
  versionNumber: number;
  exportedAt: string;
  hash: string;
  source: ExportSource;
}

const ROLES = ['拟稿', '核稿', '审核', '签发'] as const;
const FULL = { size: 100, type: WidthType.PERCENTAGE } as const;

function cell(text: string, settings: ExportSettings, width: number, height = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        spacing: height ? { before: 360, after: 360 } : { before: 80, after: 80 },
        children: [textRun('table', settings, text)],
      }),
    ],
  });
}

export async function renderSignoffSheet(input: SheetInput, settings: ExportSettings): Promise<Buffer> {
  const info = [
    ['文件标题', input.title],
    ['拟稿单位', input.agency],
    ['送审版本', `第 ${input.versionNumber} 版（${input.exportedAt.slice(0, 10)} 导出）`],
    ['正文 SHA-256', `${input.hash.slice(0, 32)}\n${input.hash.slice(32)}`],
  ].map(
    ([k, v]) =>
      new TableRow({
        children: [
          cell(k!, settings, 22),
          new TableCell({
            columnSpan: 3,
            children: v!.split('\n').map((line) => new Paragraph({ children: [textRun('table', settings, line)] })),
          }),
        ],
      }),
  );
  const head = new TableRow({
    tableHeader: true,
    children: ['环节', '姓名', '意见', '日期'].map((t, i) => cell(t, settings, [22, 20, 38, 20][i]!)),
  });
  const roles = ROLES.map(
    (role) =>
      new TableRow({ children: [cell(role, settings, 22, true), cell('', settings, 20), cell('', settings, 38), cell('', settings, 20)] }),
  );
  const doc = new Document({
    title: `审签单：${input.title}`,
    customProperties: [...sourceProperties(input.source), { name: 'NianbaoTextSha256', value: input.hash }],
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 360 }, children: [textRun('title', settings, '审 签 单')] }),
          new Table({ width: FULL, rows: [...info, head, ...roles] }),
          new Paragraph({
            spacing: { before: 240 },
            children: [
              textRun(
                'table',
                settings,
                '说明：SHA-256 是送审版本正文文字的指纹；定稿发布的文件可用“nianbao review hash 文件.docx”核对是否与签发的文字一致。',
              ),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';

/**
 * .docx files as Word-like tools write them: one with real styles (Title, Heading 1–4, the way
 * Word's style gallery and our own exporter write), one where the headings are only bold, large or
 * centred text (direct formatting, as many offices type them). Same report text in both.
 */

export const REPORT = {
  agencyLine: '南湖区市场监督管理局',
  titleLine: '关于2024年法治政府建设情况的报告',
  opening: '2024年，我局在区委、区政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：',
  parts: [
    {
      heading: '一、2024年推进法治政府建设的主要举措和成效',
      subs: [
        {
          heading: '（一）深入学习贯彻习近平法治思想',
          items: [
            { heading: '1.健全学法制度', body: '局党组理论学习中心组集体学法6次，全体干部参加年度学法考试，参考率100%。' },
            { heading: '2.开展执法培训', body: '举办执法人员培训班3期，培训240人次。一是讲授新修订的行政处罚法。二是开展案卷评查。' },
          ],
        },
        {
          heading: '（二）严格规范公正文明执法',
          items: [{ heading: '1.落实行政执法三项制度', body: '全年办理行政处罚案件318件，罚没款215.6万元。' }],
        },
      ],
    },
    { heading: '二、2024年党政主要负责人履行推进法治建设第一责任人职责情况', body: '局主要负责人主持召开党组会专题研究法治建设4次。' },
    { heading: '三、存在的问题和不足', body: '基层执法人员专业能力仍需提高，部分案件办理周期偏长。' },
    { heading: '四、2025年工作打算', body: '2025年，我局将重点做好以下工作：推进“双随机、一公开”监管全覆盖。' },
  ],
  signature: '南湖区市场监督管理局',
  date: '2025年1月20日',
};

type Level = 1 | 2 | 3;
const STYLE_OF: Record<Level, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
};

function lines(): Array<{ text: string; level: Level | 'title' | null }> {
  const out: Array<{ text: string; level: Level | 'title' | null }> = [
    { text: REPORT.agencyLine, level: 'title' },
    { text: REPORT.titleLine, level: 'title' },
    { text: REPORT.opening, level: null },
  ];
  for (const part of REPORT.parts) {
    out.push({ text: part.heading, level: 1 });
    if ('body' in part) out.push({ text: part.body!, level: null });
    for (const sub of part.subs ?? []) {
      out.push({ text: sub.heading, level: 2 });
      for (const item of sub.items) out.push({ text: item.heading, level: 3 }, { text: item.body, level: null });
    }
  }
  out.push({ text: REPORT.signature, level: null }, { text: REPORT.date, level: null });
  return out;
}

export async function styledDocx(): Promise<Buffer> {
  const children = lines().map(({ text, level }) =>
    level === 'title'
      ? new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(text)] })
      : level
        ? new Paragraph({ heading: STYLE_OF[level], children: [new TextRun(text)] })
        : new Paragraph({ children: [new TextRun(text)] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

export async function directFormattingDocx(): Promise<Buffer> {
  const children = lines().map(({ text, level }) =>
    level === 'title'
      ? new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 44, font: '方正小标宋简体' })] })
      : level
        ? new Paragraph({ children: [new TextRun({ text, bold: true, size: 32, font: level === 1 ? '黑体' : '楷体_GB2312' })] })
        : new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text, size: 32, font: '仿宋_GB2312' })] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** Headings numbered by Word's automatic numbering (一、（一）1. as list levels), no heading styles. */
export async function autoNumberedDocx(): Promise<Buffer> {
  const strip = (text: string) => text.replace(/^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+\.)/u, '');
  const children = lines().map(({ text, level }) =>
    level === 'title'
      ? new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, size: 44 })] })
      : level
        ? new Paragraph({
            numbering: { reference: 'headings', level: level - 1 },
            children: [new TextRun({ text: strip(text), bold: true })],
          })
        : new Paragraph({ children: [new TextRun(text)] }),
  );
  const numbering = {
    config: [
      {
        reference: 'headings',
        levels: [
          { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
          { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
          { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
        ],
      },
    ],
  };
  return Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));
}

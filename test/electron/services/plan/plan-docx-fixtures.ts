import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** .docx plans as offices write them: measures with brackets in running text, and a task table. */

const p = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading, children: [new TextRun(text)] });

export function bracketPlanDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          p('柳江区2026年法治政府建设工作要点', HeadingLevel.TITLE),
          p('为全面推进依法行政，结合我区实际，制定本要点。'),
          p('一、总体要求'),
          p('坚持以习近平法治思想为指导，全面落实法治政府建设实施纲要。'),
          p('二、加强行政决策规范化建设'),
          p('1.公布年度重大行政决策事项目录并向社会公开。（牵头单位：区政府办公室；责任单位：区司法局；完成时限：2026年3月底前）'),
          p('2.推进重大行政决策合法性审查全覆盖。（区司法局牵头，区直各部门配合，长期坚持）'),
          p('三、推进严格规范公正文明执法'),
          p('3.开展行政执法案卷评查，评查结果纳入年度考核。（牵头单位：区司法局；责任单位：区直各执法部门；完成时限：2026年11月30日前）'),
          p('4.加强行政执法人员培训，年度培训不少于40学时。'),
          p('四、保障措施'),
          p('各部门主要负责人要切实履行推进法治建设第一责任人职责，于2026年12月15日前报送落实情况。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const cell = (text: string, width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: [p(text)] });
const row = (cells: string[]) => new TableRow({ children: cells.map((c, i) => cell(c, [800, 4200, 1500, 1500, 1300][i]!)) });

export function tablePlanDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          p('市场监管局2026年法治政府建设工作计划'),
          p('一、总体要求'),
          p('（一）指导思想'),
          p('以习近平法治思想为指导，推进市场监管领域依法行政。'),
          p('二、主要任务'),
          new Table({
            rows: [
              row(['序号', '工作任务', '牵头单位', '责任单位', '完成时限']),
              row(['一、规范涉企执法', '', '', '', '']),
              row(['1', '制定轻微违法行为不予处罚清单', '法规科', '各执法大队', '2026年6月底前']),
              row(['2', '推行“综合查一次”联合检查', '执法支队', '各业务科室', '全年']),
              row(['二、强化执法监督', '', '', '', '']),
              row(['3', '开展执法案卷评查', '法规科', '各执法大队', '第三季度']),
              row(['4', '落实行政执法公示制度', '办公室', '各科室', '视情况而定']),
            ],
          }),
          p('三、保障措施'),
          p('加强组织领导，强化督促检查。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

import { attachmentLabel, attachmentsOf } from '../../../shared/outline';
import type { SectionSummary } from '../../../shared/report-schema';
import type { Guidance } from '../../../shared/template-schema';

/** 「附件」 or 「附件2」 for an attachment section, by its place among the report's attachments. */
export function attachmentLabelOf(sections: readonly SectionSummary[], id: string): string {
  const list = attachmentsOf(sections);
  const index = list.findIndex((s) => s.id === id);
  return index < 0 ? '' : attachmentLabel(index, list.length);
}

export const ATTACHMENT_GUIDANCE: Guidance = {
  summary:
    '附件排在正文和落款之后，每个附件另起一页：左上角为“附件1”（只有一个附件时为“附件”），第三行居中为附件标题。正文之后会自动列出“附件：1.××××”，名称与这里的标题一致。',
  mustContain: ['附件标题（与正文所附名称一致，末尾不加标点）', '附件内容，如统计表、清单、情况说明'],
  typicalTopics: ['年度数据统计表', '规范性文件目录', '重大行政决策事项目录'],
  pitfalls: ['正文里提到附件，却没有添加附件', '附件标题与正文中的名称不一致'],
};

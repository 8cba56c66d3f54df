import { afterEach, describe, expect, it } from 'vitest';
import { buildOutline, partProgress } from '../../../../shared/outline';
import { createTestCore } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

const TEXT = `市司法局关于2024年法治政府建设情况的报告
2024年，我局坚持以习近平法治思想为指导，全面推进法治政府建设。
一、2024年推进法治政府建设的主要举措和成效
（一）健全依法决策机制
严格落实重大行政决策程序，全年完成合法性审查46件。
1.完善制度
修订决策规则。
（二）严格规范公正文明执法
全面推行行政执法三项制度。
二、2024年推进法治政府建设存在的不足和原因
个别执法人员能力不足。
三、2025年推进法治政府建设的主要安排
持续深化法治政府建设。`;

describe('import preview 字数', () => {
  it('counts each part as the created report will (headings of parts and subsections are not text)', async () => {
    const core = createTestCore();
    cores.push(core);
    const input = { source: { type: 'text' as const, text: TEXT }, templateId: 'fazhi-annual-local' };
    const preview = await core.invoke('import.preview', input);
    const saved = await core.invoke('import.save', input);
    const detail = await core.invoke('reports.get', { id: saved.id });
    const outline = buildOutline(detail.sections);
    const counts = outline.parts.filter((p) => partProgress(p).charCount > 0).map((p) => partProgress(p).charCount);
    expect(preview.sections.map((s) => s.chars)).toEqual(counts);
    // 「健全依法决策机制」 is a subsection heading: not counted; 「完善制度」 (a 1. heading) is a line of its text.
    expect(preview.sections[0]!.children[0]!.chars).toBe(
      '严格落实重大行政决策程序，全年完成合法性审查46件。'.length + '完善制度'.length + '修订决策规则。'.length,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { TemplateSchema } from '../../shared/template-schema';
import { loadBuiltinTemplates } from '../../electron/services/templates/templates';
import { TEMPLATES_DIR } from '../helpers';

const templates = loadBuiltinTemplates(TEMPLATES_DIR);
const PLAN_TEMPLATES = ['fazhi-work-plan', 'fazhi-work-points'];

describe('plan templates (工作计划 / 工作要点)', () => {
  it.each(PLAN_TEMPLATES)('%s: title with agency and year, 总体要求, aspects with measures, 保障措施', (id) => {
    const t = templates.find((x) => x.id === id)!;
    expect(t.kind).toBe('work-plan');
    expect(t.titlePattern).toMatch(/^\{agency\}\{year\}年法治政府建设工作(计划|要点)$/);
    expect(t.parts.map((p) => [p.id, p.heading])).toEqual([
      ['requirements', '总体要求'],
      ['tasks', '主要任务'],
      ['safeguards', '保障措施'],
    ]);
    const requirements = t.parts[0]!;
    expect(requirements.subsections.map((s) => s.heading)).toEqual(['指导思想', '工作目标']);
    const tasks = t.parts[1]!;
    expect(tasks.measureItems).toBe(true);
    // The aspects are the 纲要's ten chapters, created with the plan and editable.
    expect(tasks.subsections).toHaveLength(10);
    expect(tasks.subsections.every((s) => s.createByDefault && s.guidance)).toBe(true);
    expect(tasks.subsections[0]!.heading).toContain('习近平法治思想');
    expect(tasks.guidance.mustContain.join()).toMatch(/牵头单位/);
    expect(tasks.guidance.mustContain.join()).toMatch(/完成时限/);
    for (const g of [t.openingGuidance, t.closingGuidance, ...t.parts.map((p) => p.guidance)]) expect(g.summary.length).toBeGreaterThan(10);
  });

  it('measureItems is optional: the report templates and older template files validate unchanged', () => {
    for (const t of templates.filter((x) => x.kind !== 'work-plan')) expect(t.parts.some((p) => 'measureItems' in p)).toBe(false);
    const old = templates.find((x) => x.id === 'fazhi-annual-local')!;
    expect(TemplateSchema.parse(JSON.parse(JSON.stringify(old)))).toEqual(old);
    const bad = { ...old, parts: old.parts.map((p, i) => (i === 0 ? { ...p, measureItems: 'yes' } : p)) };
    expect(TemplateSchema.safeParse(bad).success).toBe(false);
  });
});

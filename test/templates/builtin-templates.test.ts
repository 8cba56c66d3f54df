import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateSchema } from '../../shared/template-schema';
import { loadBuiltinTemplates } from '../../electron/services/templates/templates';
import { DEPARTMENT_TEMPLATE, LOCAL_TEMPLATE, MANDATORY_PARTS, TEMPLATES_DIR } from '../helpers';

const templates = loadBuiltinTemplates(TEMPLATES_DIR);
const byId = new Map(templates.map((t) => [t.id, t]));

describe('built-in templates', () => {
  it('every file under templates/ validates against the schema', () => {
    const files = fs.readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const result = TemplateSchema.safeParse(JSON.parse(fs.readFileSync(path.join(TEMPLATES_DIR, file), 'utf8')));
      expect(result.success, `${file}: ${result.error?.message}`).toBe(true);
    }
  });

  it.each([LOCAL_TEMPLATE, DEPARTMENT_TEMPLATE])('%s has the five mandatory parts in order, all required', (id) => {
    const t = byId.get(id)!;
    expect(t.kind).toBe('fazhi-annual');
    expect(t.parts.map((p) => p.id)).toEqual(MANDATORY_PARTS);
    expect(t.parts.every((p) => p.required)).toBe(true);
    expect(t.fixedPartOrder).toBe(true);
    expect(t.titlePattern).toContain('{agency}');
    expect(t.titlePattern).toContain('{year}');
    const headings = t.parts.map((p) => p.heading).join('|');
    expect(headings).toMatch(/主要举措和成效/);
    expect(headings).toMatch(/第一责任人职责/);
    expect(headings).toMatch(/不足和原因/);
    expect(headings).toMatch(/主要安排/);
    expect(headings).toMatch(/其他需要报告的情况/);
    expect(t.parts.find((p) => p.id === 'plans')!.heading).toContain('{nextYear}');
  });

  it.each([LOCAL_TEMPLATE, DEPARTMENT_TEMPLATE])('%s suggests the 纲要 chapters under measures, not created by default', (id) => {
    const measures = byId.get(id)!.parts.find((p) => p.id === 'measures')!;
    expect(measures.subsections.length).toBeGreaterThanOrEqual(10);
    expect(measures.subsections.some((s) => s.heading.includes('习近平法治思想'))).toBe(true);
    expect(measures.subsections.some((s) => s.heading.includes('行政执法'))).toBe(true);
    expect(measures.subsections.every((s) => !s.createByDefault)).toBe(true);
  });

  it('guides the drafter in every part: summary, what it must contain and the pitfalls', () => {
    for (const t of templates) {
      for (const g of [t.openingGuidance, t.closingGuidance, ...t.parts.map((p) => p.guidance)]) {
        expect(g.summary.length, t.id).toBeGreaterThan(10);
      }
      for (const p of t.parts) expect(p.guidance.mustContain.length, `${t.id}/${p.id}`).toBeGreaterThan(0);
    }
    const leaders = byId.get(LOCAL_TEMPLATE)!.parts.find((p) => p.id === 'leaders')!;
    expect(JSON.stringify(leaders.guidance)).toContain('亲自部署');
  });

  it('headings carry no typed numbers: the app numbers them', () => {
    for (const t of templates) for (const p of t.parts) expect(p.heading, p.heading).not.toMatch(/^[一二三四五六七八九十]+、|^（/);
  });

  it('依法行政工作报告 has the free structure 工作回顾 / 存在问题 / 下步打算', () => {
    const t = byId.get('yifa-report')!;
    expect(t.kind).toBe('yifa-report');
    expect(t.parts.map((p) => p.heading).join('|')).toMatch(/工作回顾.*\|.*问题.*\|.*(打算|安排)/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, LOCAL_TEMPLATE, saveAtCurrent } from '../../../helpers';

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});

describe('data fields of a report', () => {
  it("the 法治政府 template's fields, last year's value and the change; the prose checked in checks.runReport", async () => {
    const c = createTestCore();
    cores.push(c);
    const create = (year: number) =>
      c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '青石市人民政府', year, reportDate: null });
    const last = await create(2023);
    await c.invoke('fields.set', { reportId: last.report.id, fieldId: 'leader-appearance-rate', value: 90 });
    const now = await create(2024);
    const state = await c.invoke('fields.set', { reportId: now.report.id, fieldId: 'leader-appearance-rate', value: 95 });
    expect(state.lastYear).toMatchObject({ year: 2023 });
    const rate = state.rows.find((r) => r.field.id === 'leader-appearance-rate')!;
    expect(rate).toMatchObject({ value: 95, lastYear: 90, change: 5 });
    expect(state.rows.map((r) => r.field.label)).toContain('行政复议收案数');

    const leaders = now.sections.find((s) => s.partId === 'leaders')!;
    await saveAtCurrent(c, {
      id: leaders.id,
      content: stateFromParagraphs(['主要负责人带头出庭应诉，全年行政机关负责人出庭应诉率100%。']),
    });
    const findings = (await c.invoke('checks.runReport', { reportId: now.report.id })).findings.filter((f) =>
      f.rule.startsWith('figures.'),
    );
    expect(findings.map((f) => [f.rule, f.sectionId, f.excerpt])).toEqual([['figures.field-mismatch', leaders.id, '100%']]);

    await expect(c.invoke('fields.set', { reportId: now.report.id, fieldId: 'leader-appearance-rate', value: 120 })).rejects.toThrow(
      '不能超过 100',
    );
    await expect(c.invoke('fields.set', { reportId: now.report.id, fieldId: 'nope', value: 1 })).rejects.toThrow('没有数据字段');
    const cleared = await c.invoke('fields.set', { reportId: now.report.id, fieldId: 'leader-appearance-rate', value: null });
    expect(cleared.rows.find((r) => r.field.id === 'leader-appearance-rate')!.value).toBeNull();
  });
});

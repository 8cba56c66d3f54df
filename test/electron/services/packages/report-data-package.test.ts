import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cellKey, NOT_APPLICABLE } from '../../../../shared/gov-info/tables';
import { consistentValues } from '../../../shared/gov-info/fixture';
import { createTestCore, LOCAL_TEMPLATE } from '../../../helpers';
import { AGENCY, MEASURES, createAnsweringReport, createPlanWithMeasures } from '../plan/plan-fixtures';

/** Report data kept in its own tables moves with a report package (plan, 信息公开 tables, data fields). */

const cores: Array<ReturnType<typeof createTestCore>> = [];
afterEach(() => {
  while (cores.length) cores.pop()!.close();
});
const core = () => {
  const c = createTestCore();
  cores.push(c);
  return c;
};
type Core = ReturnType<typeof createTestCore>;

const exportOf = (c: Core, reportId: string) => c.invoke('reports.exportPackage', { reportId }).then((f) => f.base64);

/** The package rewritten as another app would have written it, with a correct checksum. */
function rewritten(base64: string, change: (body: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(zlib.gunzipSync(Buffer.from(base64, 'base64')).toString('utf8'));
  change(envelope.body);
  envelope.checksum = createHash('sha256').update(JSON.stringify(envelope.body)).digest('hex');
  return zlib.gzipSync(JSON.stringify(envelope)).toString('base64');
}
const NEW_PARTS = ['measures', 'planAnswers', 'govInfoCells', 'fieldValues'];
const older = (base64: string) => rewritten(base64, (body) => NEW_PARTS.forEach((k) => delete body[k]));

const headingOf = async (c: Core, reportId: string) =>
  new Map((await c.invoke('reports.get', { id: reportId })).sections.map((s) => [s.id, s.heading]));

/** Measures as the user sees them: text, 时限, status, reason and the heading of their aspect. */
async function measuresSeen(c: Core, reportId: string) {
  const headings = await headingOf(c, reportId);
  return (await c.invoke('plan.measures', { reportId })).map((m) => [
    headings.get(m.sectionId),
    m.text,
    m.deadline,
    m.indicator,
    m.status,
    m.reason,
  ]);
}

async function planWithStatus() {
  const c = core();
  const { plan } = await createPlanWithMeasures(c);
  const planId = plan.report.id;
  const list = await c.invoke('plan.measures', { reportId: planId });
  await c.invoke('plan.markMeasure', { id: list[0]!.id, status: 'done' });
  await c.invoke('plan.markMeasure', { id: list[2]!.id, status: 'not-done', reason: '法院排期调整，督导推迟到2026年' });
  return { c, planId, seen: await measuresSeen(c, planId), file: await exportOf(c, planId) };
}

describe('plan measures in report packages', () => {
  it('arrive in a fresh database and in a second copy, under the copy’s own aspects, with their status', async () => {
    const { c, planId, seen, file } = await planWithStatus();
    expect(seen).toHaveLength(6);
    expect(seen[2]).toEqual([expect.any(String), MEASURES[2]!.text, '2025-09-30', '', 'not-done', '法院排期调整，督导推迟到2026年']);

    const other = core();
    await other.invoke('reports.importPackage', { base64: file });
    expect(await measuresSeen(other, planId)).toEqual(seen);

    const copy = await c.invoke('reports.importPackage', { base64: file, ifExists: 'keepBoth' });
    expect(await measuresSeen(c, copy.report.id)).toEqual(seen);
    const copySections = new Set((await c.invoke('reports.get', { id: copy.report.id })).sections.map((s) => s.id));
    const copyMeasures = await c.invoke('plan.measures', { reportId: copy.report.id });
    expect(copyMeasures.every((m) => copySections.has(m.sectionId))).toBe(true);
    const originals = await c.invoke('plan.measures', { reportId: planId });
    expect(copyMeasures.map((m) => m.id).filter((id) => originals.some((o) => o.id === id))).toEqual([]);
    // The original plan keeps its measures; editing the copy's aspect leaves it alone.
    await c.invoke('plan.saveMeasures', { sectionId: copyMeasures[0]!.sectionId, measures: [{ text: '副本中改写的措施' }] });
    expect(await measuresSeen(c, planId)).toEqual(seen);
  });

  it('a confirmed answer moves with its report, on the report’s (remapped) section; replacing the plan keeps it', async () => {
    // One database: the plan and the report that answers it.
    const planCore = core();
    const { plan: created } = await createPlanWithMeasures(planCore, AGENCY, 2025);
    const { report, measuresSectionId } = await createAnsweringReport(planCore);
    const items = (await planCore.invoke('plan.checklist', { reportId: report.report.id })).items;
    await planCore.invoke('plan.confirmAnswer', {
      reportId: report.report.id,
      measureId: items[5]!.measure.id,
      sectionId: measuresSectionId,
      paragraph: 4,
    });
    const confirmed = async (cc: Core, reportId: string) =>
      (await cc.invoke('plan.checklist', { reportId })).items.map((i) => i.answers.map((a) => [a.sectionId, a.paragraph]));
    const expected = await confirmed(planCore, report.report.id);
    expect(expected[5]).toEqual([[measuresSectionId, 4]]);
    const planFile = await exportOf(planCore, created.report.id);
    const reportFile = await exportOf(planCore, report.report.id);

    // Another PC: the plan, then the report.
    const other = core();
    await other.invoke('reports.importPackage', { base64: planFile });
    await other.invoke('reports.importPackage', { base64: reportFile });
    expect(await confirmed(other, report.report.id)).toEqual(expected);

    // A second copy of the report in the same database: the answer sits on the copy's section.
    const copy = await planCore.invoke('reports.importPackage', { base64: reportFile, ifExists: 'keepBoth' });
    const copyMeasuresSection = (await planCore.invoke('reports.get', { id: copy.report.id })).sections.find(
      (s) => s.partId === 'measures',
    )!.id;
    expect(copyMeasuresSection).not.toBe(measuresSectionId);
    const copyAnswers = await confirmed(planCore, copy.report.id);
    expect(copyAnswers[5]).toEqual([[copyMeasuresSection, 4]]);
    expect(await confirmed(planCore, report.report.id)).toEqual(expected);

    // Replacing the plan from its package keeps the answers both reports confirmed.
    await planCore.invoke('reports.importPackage', { base64: planFile, ifExists: 'replace' });
    expect(await confirmed(planCore, report.report.id)).toEqual(expected);
    expect((await confirmed(planCore, copy.report.id))[5]).toEqual([[copyMeasuresSection, 4]]);
  });
});

describe('信息公开 cells and data field values in report packages', () => {
  it('the grid’s numbers and 不适用 arrive in a fresh database and in a second copy', async () => {
    const c = core();
    const detail = await c.invoke('reports.create', {
      templateId: 'gov-info-annual',
      agency: '江宁县市场监督管理局',
      year: 2024,
      reportDate: '2025-01-20',
    });
    const id = detail.report.id;
    const values = (await c.invoke('govinfo.setCells', { reportId: id, cells: consistentValues() })).values;
    expect(values[cellKey('t2', 'rules', 'issued')]).toBe(NOT_APPLICABLE);
    expect(values[cellKey('t3', 'open', 'research')]).toBe(0);
    const file = await exportOf(c, id);

    const other = core();
    await other.invoke('reports.importPackage', { base64: file });
    expect((await other.invoke('govinfo.grids', { reportId: id })).values).toEqual(values);

    const copy = await c.invoke('reports.importPackage', { base64: file, ifExists: 'keepBoth' });
    expect((await c.invoke('govinfo.grids', { reportId: copy.report.id })).values).toEqual(values);
    await c.invoke('govinfo.setCells', { reportId: copy.report.id, cells: { [cellKey('t3', 'open', 'research')]: 7 } });
    expect((await c.invoke('govinfo.grids', { reportId: id })).values).toEqual(values);
  });

  it('data field values arrive in a fresh database and in a second copy', async () => {
    const c = core();
    const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '青石市人民政府', year: 2024, reportDate: null });
    const id = detail.report.id;
    await c.invoke('fields.set', { reportId: id, fieldId: 'leader-appearance-rate', value: 95.5 });
    await c.invoke('fields.set', { reportId: id, fieldId: 'review-received', value: 0 });
    const values = async (cc: Core, reportId: string) =>
      Object.fromEntries(
        (await cc.invoke('fields.list', { reportId })).rows.filter((r) => r.value !== null).map((r) => [r.field.id, r.value]),
      );
    expect(await values(c, id)).toEqual({ 'leader-appearance-rate': 95.5, 'review-received': 0 });
    const file = await exportOf(c, id);

    const other = core();
    await other.invoke('reports.importPackage', { base64: file });
    expect(await values(other, id)).toEqual({ 'leader-appearance-rate': 95.5, 'review-received': 0 });
    const copy = await c.invoke('reports.importPackage', { base64: file, ifExists: 'keepBoth' });
    expect(await values(c, copy.report.id)).toEqual({ 'leader-appearance-rate': 95.5, 'review-received': 0 });
  });
});

describe('older and invalid packages', () => {
  it('a package of an older app, without these parts, still imports (fresh database and as a copy)', async () => {
    const { c, planId, seen, file } = await planWithStatus();
    const old = older(file);
    expect(Object.keys(JSON.parse(zlib.gunzipSync(Buffer.from(old, 'base64')).toString('utf8')).body)).not.toContain('measures');
    const other = core();
    const imported = await other.invoke('reports.importPackage', { base64: old });
    expect(imported.report.id).toBe(planId);
    expect(await other.invoke('plan.measures', { reportId: planId })).toEqual([]);
    const copy = await c.invoke('reports.importPackage', { base64: old, ifExists: 'keepBoth' });
    expect(await c.invoke('plan.measures', { reportId: copy.report.id })).toEqual([]);
    expect(await c.invoke('plan.measures', { reportId: planId })).toHaveLength(6);
    // Replacing with it keeps what this PC has of the parts the package does not carry.
    await c.invoke('reports.importPackage', { base64: old, ifExists: 'replace' });
    expect(await measuresSeen(c, planId)).toEqual(seen);
  });

  it('refuses data the app would not have written, naming the field, and writes nothing', async () => {
    const c = core();
    const detail = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '青石市人民政府', year: 2024, reportDate: null });
    await c.invoke('fields.set', { reportId: detail.report.id, fieldId: 'leader-appearance-rate', value: 95 });
    const file = await exportOf(c, detail.report.id);
    const other = core();
    const bad = (change: (body: Record<string, unknown>) => void) =>
      other.invoke('reports.importPackage', { base64: rewritten(file, change) });
    await expect(bad((b) => ((b.fieldValues as Record<string, unknown>)['leader-appearance-rate'] = 120))).rejects.toThrow(
      /字段 fieldValues\.leader-appearance-rate：百分比应在 0 到 100 之间/,
    );
    await expect(bad((b) => ((b.fieldValues as Record<string, unknown>)['nope'] = 1))).rejects.toThrow(/模板中没有这个数据字段/);
    await expect(bad((b) => (b.govInfoCells = { 't3:open:research': 1 }))).rejects.toThrow(/只有政府信息公开工作年度报告才有统计表格/);
    await expect(
      bad((b) => (b.planAnswers = [{ measureId: 'm1', sectionId: 'not-a-section', paragraph: 0, excerpt: '', confirmedAt: '' }])),
    ).rejects.toThrow(/所选部分不属于这份报告/);
    await expect(
      bad(
        (b) =>
          (b.measures = [
            {
              id: 'm1',
              sectionId: (b.sections as Array<{ id: string }>)[0]!.id,
              position: 0,
              text: '措施',
              leadUnit: '',
              units: '',
              deadline: '明年',
              indicator: '',
              status: 'open',
              reason: '',
              updatedAt: '',
            },
          ]),
      ),
    ).rejects.toThrow(/完成时限应为日期/);
    expect(await other.invoke('reports.list', {})).toEqual([]);
  });
});

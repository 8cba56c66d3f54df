import { afterEach, describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../../../shared/rich-text';
import { createTestCore, DEPARTMENT_TEMPLATE, LOCAL_TEMPLATE } from '../../../helpers';

// Issue 10, points 5 (定稿 means final) and 6 (duplicates are deliberate).

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function core() {
  const c = createTestCore();
  cleanups.push(() => c.close());
  return c;
}

const MEASURES = '2024年，全县坚持以习近平法治思想为指导，审查规范性文件36件，办理行政复议案件57件。';

async function finalReport() {
  const c = core();
  const detail = await c.invoke('reports.create', {
    templateId: LOCAL_TEMPLATE,
    agency: '东湖县人民政府',
    year: 2024,
    reportDate: '2025-01-07',
  });
  const reportId = detail.report.id;
  const measures = detail.sections.find((s) => s.partId === 'measures')!;
  const saved = await c.invoke('sections.save', { id: measures.id, content: stateFromParagraphs([MEASURES]), baseRevision: 0 });
  const draftVersion = await c.invoke('versions.create', { reportId, name: '送审稿' });
  await c.invoke('reports.update', { id: reportId, status: 'final', reason: '主要负责人已签批' });
  const text = async () => (await c.invoke('reports.get', { id: reportId })).sections.find((s) => s.id === measures.id)!.plainText;
  return { c, detail, reportId, measures: { ...measures, revision: saved.revision }, draftVersion, text };
}

describe('定稿 means final', () => {
  it('refuses deleting, editing, renaming, fixing and restoring through the API with FORBIDDEN; nothing changes', async () => {
    const { c, reportId, measures, draftVersion, text } = await finalReport();
    const refused = [
      await c.call('reports.delete', { id: reportId }),
      await c.call('sections.save', { id: measures.id, content: stateFromParagraphs(['改正后的文字']), baseRevision: measures.revision }),
      await c.call('sections.rename', { id: measures.id, heading: '新标题', baseRevision: measures.revision }),
      await c.call('reports.update', { id: reportId, title: '新标题' }),
      await c.call('reports.update', { id: reportId, note: '备注' }),
      await c.call('versions.restore', { reportId, versionId: draftVersion.id, sectionId: measures.id }),
      await c.call('versions.restore', { reportId, versionId: draftVersion.id }),
      await c.call('sections.setComplete', { id: measures.id, complete: true }),
      await c.call('sections.add', { reportId, parentId: null, heading: '其他', partId: null }),
    ];
    for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/定稿/) } });
    const after = await c.invoke('reports.get', { id: reportId });
    expect(after.report).toMatchObject({ status: 'final', title: '东湖县人民政府关于2024年法治政府建设情况的报告' });
    expect(await text()).toBe(MEASURES);
  });

  it('a package import cannot overwrite it; keeping both is allowed', async () => {
    const { c, reportId, text } = await finalReport();
    const pkg = await c.invoke('reports.exportPackage', { reportId });
    // The same report, edited elsewhere, would replace the 定稿 one here: refused.
    const replaced = await c.call('reports.importPackage', { base64: pkg.base64, ifExists: 'replace' });
    expect(replaced).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('已定稿，不能被报告包覆盖') },
    });
    expect(await text()).toBe(MEASURES);
    expect((await c.invoke('reports.list', {})).length).toBe(1);
    const kept = await c.invoke('reports.importPackage', { base64: pkg.base64, ifExists: 'keepBoth' });
    expect(kept.report.id).not.toBe(reportId);
  });

  it('reopening needs a reason; then it can be edited; deleting a report that was 定稿 needs its title typed', async () => {
    const { c, reportId, detail } = await finalReport();
    const noReason = await c.call('reports.update', { id: reportId, status: 'draft' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('请填写理由') } });
    await c.invoke('reports.update', { id: reportId, status: 'draft', reason: '领导要求补充数据' });
    const [reopen] = await c.invoke('versions.list', { reportId });
    expect(reopen).toMatchObject({ kind: 'reopen', reason: '定稿 → 起草：领导要求补充数据' });
    const report = await c.invoke('reports.update', { id: reportId, note: '补充数据稿' });
    expect(report).toMatchObject({ note: '补充数据稿', hasFinalVersion: true });

    expect(await c.call('reports.delete', { id: reportId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('请输入完整标题') },
    });
    expect(await c.call('reports.delete', { id: reportId, confirmTitle: '东湖县人民政府' })).toMatchObject({ ok: false });
    expect((await c.invoke('reports.list', {})).length).toBe(1);
    await c.invoke('reports.delete', { id: reportId, confirmTitle: detail.report.title });
    expect(await c.invoke('reports.list', {})).toEqual([]);
  });

  it('a draft that was never 定稿 is deleted without typing the title', async () => {
    const c = core();
    const d = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '西山区司法局', year: 2024, reportDate: null });
    expect(d.report.hasFinalVersion).toBe(false);
    await c.invoke('reports.delete', { id: d.report.id });
    expect(await c.invoke('reports.list', {})).toEqual([]);
  });

  it('going to 定稿 runs the full check: open errors need a reason (recorded); unfinished sections are listed', async () => {
    const c = core();
    const d = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '东湖县人民政府', year: 2024, reportDate: null });
    const reportId = d.report.id;
    const measures = d.sections.find((s) => s.partId === 'measures')!;
    await c.invoke('sections.save', { id: measures.id, content: stateFromParagraphs([MEASURES]), baseRevision: 0 });
    await c.invoke('sections.setComplete', { id: measures.id, complete: true });

    const check = await c.invoke('reports.checkFinal', { id: reportId });
    // Empty required parts and the missing date are error-level findings.
    expect(check.openErrors.length).toBeGreaterThan(0);
    expect(check.openErrors.map((e) => e.message).join('\n')).toContain('还没有内容');
    expect(check.unfinished.map((s) => s.heading)).toContain('导语');
    expect(check.unfinished.map((s) => s.id)).not.toContain(measures.id);

    for (const call of [
      () => c.call('reports.update', { id: reportId, status: 'final' }),
      () => c.call('versions.setStatus', { reportId, status: 'final' }),
    ]) {
      const refused = await call();
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining(`尚有 ${check.openErrors.length} 条错误级问题未处理`) },
      });
    }
    expect((await c.invoke('reports.get', { id: reportId })).report.status).toBe('draft');
    expect(await c.invoke('versions.list', { reportId })).toEqual([]);

    const { version } = await c.invoke('versions.setStatus', { reportId, status: 'final', reason: '数据待统计局核实，先行报送' });
    expect(version.reason).toBe(
      `起草 → 定稿：数据待统计局核实，先行报送（定稿时仍有 ${check.openErrors.length} 条错误级问题未处理；${check.unfinished.length} 个部分未标记已完成）`,
    );
  });

  it('with no open errors, 定稿 needs no reason; ignored findings do not count', async () => {
    const c = core();
    const d = await c.invoke('reports.create', {
      templateId: LOCAL_TEMPLATE,
      agency: '东湖县人民政府',
      year: 2024,
      reportDate: '2025-01-07',
    });
    const reportId = d.report.id;
    const { findings } = await c.invoke('checks.runReport', { reportId });
    for (const f of findings.filter((x) => x.severity === 'error')) {
      await c.invoke('checks.ignore', { reportId, fingerprint: f.fingerprint, rule: f.rule, excerpt: f.excerpt });
    }
    expect((await c.invoke('reports.checkFinal', { id: reportId })).openErrors).toEqual([]);
    const report = await c.invoke('reports.update', { id: reportId, status: 'final' });
    expect(report).toMatchObject({ status: 'final', hasFinalVersion: true });
  });
});

describe('duplicates are deliberate', () => {
  it('a second report of the same agency, kind and year is refused with CONFLICT naming the first, unless allowed', async () => {
    const c = core();
    const first = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '东湖县人民政府', year: 2024, reportDate: null });
    // The department template is of the same kind (法治政府建设年度报告); spaces in the name do not matter.
    const again = await c.call('reports.create', {
      templateId: DEPARTMENT_TEMPLATE,
      agency: '东湖县 人民政府',
      year: 2024,
      reportDate: null,
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('“东湖县人民政府关于2024年法治政府建设情况的报告”（起草') },
    });
    expect((await c.invoke('reports.list', {})).length).toBe(1);

    const found = await c.invoke('reports.findDuplicates', { agency: '东湖县人民政府', year: 2024, kind: first.report.kind });
    expect(found.map((r) => r.id)).toEqual([first.report.id]);
    expect(await c.invoke('reports.findDuplicates', { agency: '东湖县人民政府', year: 2023, kind: first.report.kind })).toEqual([]);

    const second = await c.invoke('reports.create', {
      templateId: LOCAL_TEMPLATE,
      agency: '东湖县人民政府',
      year: 2024,
      reportDate: null,
      allowDuplicate: true,
      note: '按新模板重写',
    });
    const list = await c.invoke('reports.list', {});
    expect(list.map((r) => [r.id, r.note])).toEqual(
      expect.arrayContaining([
        [first.report.id, ''],
        [second.report.id, '按新模板重写'],
      ]),
    );
    // Another year or agency is no duplicate.
    await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '东湖县人民政府', year: 2023, reportDate: null });
    await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '西山区人民政府', year: 2024, reportDate: null });
  });

  it('rollover and import ask the same way', async () => {
    const c = core();
    const last = await c.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '东湖县人民政府', year: 2024, reportDate: null });
    const rolled = await c.invoke('rollover.create', { reportId: last.report.id, year: 2025 });
    const twice = await c.call('rollover.create', { reportId: last.report.id, year: 2025 });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('2025年度的同类报告') } });
    const allowed = await c.invoke('rollover.create', { reportId: last.report.id, year: 2025, allowDuplicate: true, note: '第二稿' });
    expect(allowed.id).not.toBe(rolled.id);
    expect((await c.invoke('reports.get', { id: allowed.id })).report.note).toBe('第二稿');

    const text = ['东湖县人民政府关于2024年法治政府建设情况的报告', '一、2024年推进法治政府建设的主要举措和成效', MEASURES].join('\n');
    const source = { type: 'text' as const, text };
    const imported = await c.call('import.save', { source, agency: '东湖县人民政府', year: 2024 });
    expect(imported).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await c.invoke('reports.list', {})).length).toBe(3);
    const ok = await c.invoke('import.save', { source, agency: '东湖县人民政府', year: 2024, allowDuplicate: true, note: '旧稿导入' });
    expect((await c.invoke('reports.get', { id: ok.id })).report.note).toBe('旧稿导入');
  });

  it('a package of another report of the same agency, kind and year asks too', async () => {
    const a = core();
    const b = core();
    const d = await a.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '东湖县人民政府', year: 2024, reportDate: null });
    await b.invoke('reports.create', { templateId: LOCAL_TEMPLATE, agency: '东湖县人民政府', year: 2024, reportDate: null });
    const pkg = await a.invoke('reports.exportPackage', { reportId: d.report.id });
    expect(await b.call('reports.importPackage', { base64: pkg.base64 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await b.invoke('reports.importPackage', { base64: pkg.base64, ifExists: 'keepBoth' });
    expect((await b.invoke('reports.list', {})).length).toBe(2);
  });
});

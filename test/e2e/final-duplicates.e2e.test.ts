import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { screenshot, useFreshApp } from './harness';

// Issue 10, points 5 and 6 in Chromium: 定稿 means final; duplicates are deliberate.

const app = useFreshApp();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

interface Detail {
  report: { id: string; title: string };
  sections: Array<{ id: string; partId: string | null; kind: string }>;
}

const TITLE = '东湖县人民政府关于2024年法治政府建设情况的报告';

async function createReport(extra: Record<string, unknown> = {}) {
  const d = await post<Detail>('reports.create', {
    templateId: 'fazhi-annual-local',
    agency: '东湖县人民政府',
    year: 2024,
    reportDate: '2025-01-07',
    ...extra,
  });
  const measures = d.sections.find((s) => s.partId === 'measures')!;
  await post('sections.save', { id: measures.id, content: stateFromParagraphs(['全年审查规范性文件36件。']), baseRevision: 0 });
  return d;
}

async function openLibrary() {
  const { page } = app.session;
  await page.goto(app.server.pageUrl);
  await page.getByRole('heading', { name: '报告库' }).waitFor();
  return page;
}

describe('定稿 means final', () => {
  it('deleting a 定稿 report is refused in the API and in the UI; once reopened, the title must be typed', async () => {
    const d = await createReport();
    await post('reports.update', { id: d.report.id, status: 'final', reason: '主要负责人已签批' });
    await expect(post('reports.delete', { id: d.report.id })).rejects.toThrow('已定稿，不能删除');

    const page = await openLibrary();
    await page.locator(`tr[data-report-id="${d.report.id}"]`).getByRole('button', { name: '删除' }).click();
    const dialog = page.getByRole('dialog', { name: '删除报告' });
    // The dialog names the report fully: title, agency, year, status, last edit.
    const facts = await dialog.locator('.report-facts').textContent();
    for (const fact of [TITLE, '东湖县人民政府', '2024年度', '定稿', '最后编辑']) expect(facts).toContain(fact);
    await dialog.getByText('这份报告已定稿，不能删除').waitFor();
    await expect(dialog.getByRole('button', { name: '删除' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'issue10-delete-final-refused');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await post('reports.list', {})).toHaveLength(1);

    // Reopened with a reason: deletable, but only by typing the title.
    await post('reports.update', { id: d.report.id, status: 'draft', reason: '需要重新起草' });
    await page.reload();
    await page.locator(`tr[data-report-id="${d.report.id}"]`).getByRole('button', { name: '删除' }).click();
    const again = page.getByRole('dialog', { name: '删除报告' });
    const confirm = again.getByRole('button', { name: '删除' });
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await again.getByLabel('输入报告标题以确认删除').fill('东湖县人民政府');
    await expect(confirm.isDisabled()).resolves.toBe(true);
    await again.getByLabel('输入报告标题以确认删除').fill(TITLE);
    await screenshot(page, 'issue10-delete-type-title');
    await confirm.click();
    await page.getByText(`已删除“${TITLE}”。`).waitFor();
    expect(await post('reports.list', {})).toEqual([]);
    expect(app.session.problems).toEqual([]);
  });

  it('going to 定稿 with open errors lists them and asks for a reason, recorded in the version list', async () => {
    const d = await createReport();
    const page = await openLibrary();
    await page.getByRole('button', { name: TITLE }).first().click();
    await page.getByRole('navigation', { name: '大纲' }).waitFor();
    await page.getByLabel('改变状态').selectOption({ label: '定稿' });
    const dialog = page.getByRole('dialog', { name: '起草 → 定稿' });
    await dialog.getByText(/全文校对发现 \d+ 条错误尚未改正/).waitFor();
    await dialog.getByText(/以下 \d+ 个部分尚未标记“已完成”/).waitFor();
    await expect(dialog.locator('.final-check-unfinished').textContent()).resolves.toContain('导语');
    await screenshot(page, 'issue10-final-check');

    // Without a reason nothing happens: the field is required.
    await dialog.getByRole('button', { name: '仍然定稿' }).click();
    expect((await post('reports.get', { id: d.report.id })).report.status).toBe('draft');
    await dialog.getByLabel('仍要定稿的理由（必填）').fill('数据待统计局核实，先行报送');
    await dialog.getByRole('button', { name: '仍然定稿' }).click();
    await page.getByText('状态已改为“定稿”').waitFor();
    expect((await post('reports.get', { id: d.report.id })).report.status).toBe('final');

    await page.getByRole('button', { name: '版本记录' }).click();
    await expect
      .poll(() => page.locator('.version-table tbody tr').first().textContent(), { timeout: 10_000 })
      .toMatch(/起草 → 定稿：数据待统计局核实，先行报送（定稿时仍有 \d+ 条错误级问题未处理/);
    await screenshot(page, 'issue10-final-reason-in-versions');
    expect(app.session.problems).toEqual([]);
  });
});

describe('duplicates are deliberate', () => {
  it('creating a second report of the same agency, type and year offers the existing one; going on asks for a note', async () => {
    const existing = await createReport();
    const page = await openLibrary();
    const fillNew = async () => {
      await page.getByRole('button', { name: '新建报告' }).click();
      const dialog = page.getByRole('dialog', { name: '新建报告' });
      await dialog.getByLabel('模板').selectOption({ label: '法治政府建设年度报告（地方政府）' });
      await dialog.getByLabel('单位名称').fill('东湖县人民政府');
      await dialog.getByLabel('报告年度').fill('2024');
      await dialog.getByRole('button', { name: '创建' }).click();
      const offer = page.getByRole('dialog', { name: '已有同类报告' });
      await offer.waitFor();
      return offer;
    };

    const offer = await fillNew();
    await expect(offer.textContent()).resolves.toContain(TITLE);
    await expect(offer.textContent()).resolves.toContain('起草');
    await screenshot(page, 'issue10-duplicate-offer');
    await offer.getByRole('button', { name: '打开已有报告' }).click();
    await page.getByRole('navigation', { name: '大纲' }).waitFor();
    expect(await post('reports.list', {})).toHaveLength(1);
    await expect(page.locator('h1.report-title').textContent()).resolves.toBe(TITLE);

    await page.getByRole('button', { name: '← 报告库' }).click();
    const second = await fillNew();
    await second.getByLabel(/如确需再建一份/).fill('按新模板重写');
    await second.getByRole('button', { name: '仍然新建' }).click();
    await page.getByRole('navigation', { name: '大纲' }).waitFor();
    const list = await post<Array<{ id: string; note: string }>>('reports.list', {});
    expect(list.map((r) => r.note).sort()).toEqual(['', '按新模板重写']);

    await page.getByRole('button', { name: '← 报告库' }).click();
    const rows = page.locator('.library-table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    const texts = await rows.allTextContents();
    expect(texts.every((t) => t.includes('同单位同年度同类'))).toBe(true);
    expect(texts.some((t) => t.includes('备注：按新模板重写'))).toBe(true);
    expect(await page.locator(`tr[data-report-id="${existing.report.id}"]`).textContent()).toContain('（无备注）');
    await screenshot(page, 'issue10-library-duplicates');
    expect(app.session.problems).toEqual([]);
  });
});

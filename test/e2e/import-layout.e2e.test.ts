import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();

describe('import preview at 1280 px', () => {
  it('shows the mapping readably and counts 字数 as the created report will', async () => {
    const { page } = app.session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.server.pageUrl);
    await page.getByRole('heading', { name: '报告库' }).waitFor();
    await page.getByRole('button', { name: '导入往年报告' }).click();
    const dialog = page.getByRole('dialog', { name: /导入往年报告/ });
    const text = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/import/pasted-web-report.txt'), 'utf8');
    await dialog.getByLabel('或粘贴网页上的报告全文').fill(text);
    await dialog.getByRole('button', { name: '识别粘贴的文字' }).click();
    const result = dialog.getByRole('region', { name: '识别结果' });
    await result.getByText(/识别结果：/).waitFor();
    const selects = result.locator('select[aria-label$="归入"]');
    await expect.poll(() => selects.count()).toBeGreaterThan(2);
    // Every mapping shows its whole choice (「2024年推进法治政府建设存在的不足和原因」-length labels are cut at most
    // by the select's own ellipsis, never squeezed to a couple of characters).
    for (const box of await selects.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width)))
      expect(box).toBeGreaterThanOrEqual(180);
    await screenshot(page, 'import-preview-1280');
    const previewCounts = (await result.locator('.import-part > .import-part-row .import-chars').allTextContents()).map((t) =>
      Number(/\d+/.exec(t)![0]),
    );
    await dialog.getByRole('button', { name: '创建报告' }).click();
    const outline = page.getByRole('navigation', { name: '大纲' });
    await outline.waitFor();
    const list = await app.server.call('reports.list', {});
    const detail = await app.server.call('reports.get', { id: list[0].id });
    const parts = detail.sections.filter((s: { kind: string }) => s.kind === 'part');
    const counts = parts.map(
      (p: { id: string; charCount: number }) =>
        p.charCount +
        detail.sections
          .filter((c: { parentId: string | null }) => c.parentId === p.id)
          .reduce((n: number, c: { charCount: number }) => n + c.charCount, 0),
    );
    expect(previewCounts.length).toBeGreaterThan(2);
    for (const n of previewCounts) expect(counts).toContain(n);
  });
});

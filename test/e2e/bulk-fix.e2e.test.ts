import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { useFreshApp } from './harness';

// Issue 10, point 4: 全部改正 is one undoable step — Ctrl+Z in the open editor, or 撤销 in the banner.

const app = useFreshApp();

interface SectionJson {
  id: string;
  kind: string;
  revision: number;
  plainText: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

async function stored(reportId: string, sectionId: string): Promise<string> {
  const detail = await post<{ sections: SectionJson[] }>('reports.get', { id: reportId });
  return detail.sections.find((s) => s.id === sectionId)!.plainText;
}

describe('bulk fixes', () => {
  it('fix all goes into the open editor as one step: Ctrl+Z restores the text and the earlier history stays', async () => {
    const detail = await post<{ report: { id: string }; sections: SectionJson[] }>('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '江宁县人民政府',
      year: 2024,
      reportDate: '2025-01-15',
    });
    const reportId = detail.report.id;
    const opening = detail.sections.find((s) => s.kind === 'opening')!;
    const part = detail.sections.find((s) => s.kind === 'part')!;
    // 导语 is not open: its fix goes through the core, after a version of the report.
    await post('sections.save', {
      id: opening.id,
      content: stateFromParagraphs(['今年,全县上下齐心协力。']),
      baseRevision: opening.revision,
    });

    const { page } = app.session;
    await page.goto(`${app.server.pageUrl}&r=${reportId}&s=${part.id}`);
    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.type('第一段已经写好。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2024年,全县推进法治政府建设,成效明显。');
    await expect.poll(() => stored(reportId, part.id)).toBe('第一段已经写好。\n2024年,全县推进法治政府建设,成效明显。');

    await page.getByRole('button', { name: '校对' }).click();
    const panel = page.getByRole('complementary', { name: '校对' });
    await panel.getByRole('button', { name: '全部改正“半角标点”（3）' }).click();
    const fixed = '第一段已经写好。\n\n2024年，全县推进法治政府建设，成效明显。';
    await expect.poll(() => editor.innerText()).toBe(fixed);
    await expect.poll(() => stored(reportId, part.id)).toBe('第一段已经写好。\n2024年，全县推进法治政府建设，成效明显。');
    expect(await stored(reportId, opening.id)).toBe('今年，全县上下齐心协力。');
    await panel.getByRole('status').getByText('已修改 3 处。').waitFor();
    const versions = await post<Array<{ id: string; name: string | null }>>('versions.list', { reportId });
    const before = versions.find((v) => v.name === '批量改正前')!;
    const diffs = await post<Array<{ sectionId: string; oldText: string }>>('versions.compare', {
      reportId,
      from: before.id,
      to: 'current',
    });
    expect(diffs.find((d) => d.sectionId === opening.id)?.oldText).toBe('今年,全县上下齐心协力。');

    // One Ctrl+Z undoes both commas of the open section, and the typing before is still undoable.
    await editor.click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.innerText()).toBe('第一段已经写好。\n\n2024年,全县推进法治政府建设,成效明显。');
    await expect.poll(() => stored(reportId, part.id)).toBe('第一段已经写好。\n2024年,全县推进法治政府建设,成效明显。');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.innerText()).not.toContain('成效明显');
    expect(await editor.innerText()).toContain('第一段已经写好。');
    await page.keyboard.press('Control+y');
    await expect.poll(() => editor.innerText()).toBe('第一段已经写好。\n\n2024年,全县推进法治政府建设,成效明显。');
    await expect.poll(() => stored(reportId, part.id)).toBe('第一段已经写好。\n2024年,全县推进法治政府建设,成效明显。');
  });

  it('the banner’s 撤销 takes back the whole batch, in the open editor and in sections not open', async () => {
    const detail = await post<{ report: { id: string }; sections: SectionJson[] }>('reports.create', {
      templateId: 'fazhi-annual-local',
      agency: '江宁县人民政府',
      year: 2024,
      reportDate: '2025-01-15',
    });
    const reportId = detail.report.id;
    const opening = detail.sections.find((s) => s.kind === 'opening')!;
    const part = detail.sections.find((s) => s.kind === 'part')!;
    await post('sections.save', {
      id: opening.id,
      content: stateFromParagraphs(['今年,全县上下齐心协力。']),
      baseRevision: opening.revision,
    });
    await post('sections.save', {
      id: part.id,
      content: stateFromParagraphs(['全年办结案件12件,群众满意。']),
      baseRevision: part.revision,
    });

    const { page } = app.session;
    await page.goto(`${app.server.pageUrl}&r=${reportId}&s=${part.id}&p=checks`);
    const panel = page.getByRole('complementary', { name: '校对' });
    await panel.getByRole('button', { name: /^全部改正（\d+ 处）$/ }).click();
    await panel
      .getByRole('status')
      .getByText(/^已修改 \d+ 处。/)
      .waitFor();
    await expect.poll(() => stored(reportId, part.id)).toBe('全年办结案件12件，群众满意。');
    expect(await stored(reportId, opening.id)).toBe('今年，全县上下齐心协力。');

    await panel.getByRole('status').getByRole('button', { name: '撤销' }).click();
    await panel
      .getByRole('status')
      .getByText(/^已撤销这次改正/)
      .waitFor();
    await expect.poll(() => page.locator('.editor-content').innerText()).toBe('全年办结案件12件,群众满意。');
    await expect.poll(() => stored(reportId, part.id)).toBe('全年办结案件12件,群众满意。');
    expect(await stored(reportId, opening.id)).toBe('今年,全县上下齐心协力。');
  });
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { stateFromParagraphs } from '../../shared/rich-text';
import { LOCAL_TEMPLATE } from '../helpers';
import { reviewedDocx } from '../electron/services/review/reviewed-fixture';
import { edits } from '../electron/services/review/review-scenario';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads the JSON it asserts on
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

/** The scenario's report, made through the API of the running app, and its export reviewed in Word. */
async function seed() {
  const d = await post('reports.create', { templateId: LOCAL_TEMPLATE, agency: '市司法局', year: 2024, reportDate: '2025-01-07' });
  const [a, b, c] = (d.sections as Array<{ id: string; kind: string }>).filter((s) => s.kind === 'part');
  await post('sections.save', {
    id: a!.id,
    baseRevision: 0,
    content: stateFromParagraphs(['今年我局共办理行政复议案件十二件，全部按期办结。']),
  });
  await post('sections.save', {
    id: b!.id,
    baseRevision: 0,
    content: stateFromParagraphs(['全年组织法治培训三次，参训人员二百余人次。', '下一步将继续完善制度建设，加强队伍建设。']),
  });
  const table = {
    root: {
      type: 'root',
      version: 1,
      children: [
        { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: '主要数据如下表。', format: 0 }] },
        {
          type: 'table',
          version: 1,
          children: [
            ['项目', '件数'],
            ['行政复议', '十二'],
          ].map((row) => ({
            type: 'tablerow',
            version: 1,
            children: row.map((t) => ({
              type: 'tablecell',
              version: 1,
              children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: t, format: 0 }] }],
            })),
          })),
        },
      ],
    },
  };
  await post('sections.save', { id: c!.id, baseRevision: 0, content: table });
  const exported = await post<{ base64: string }>('export.docx', { reportId: d.report.id });
  const file = await reviewedDocx(Buffer.from(exported.base64, 'base64'), edits('word'), 'word');
  return { title: d.report.title as string, reportId: d.report.id as string, aId: a!.id, file };
}

describe('审阅 in the browser', () => {
  it('imports a reviewed .docx from the report, lists its suggestions and comments, accepts one into the text', async () => {
    const { title, reportId, aId, file } = await seed();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('button', { name: title }).first().click();
    await page.getByRole('button', { name: '审阅' }).click();
    const panel = page.getByRole('complementary', { name: '审阅' });
    await panel.locator('input[type=file]').setInputFiles({
      name: '审阅稿.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: file,
    });
    const preview = panel.getByRole('region', { name: '审阅稿内容' });
    await preview.getByText(/对照导出的第 \d+ 版，找到 \d+ 处/).waitFor();
    await screenshot(page, 'review-import-preview');
    await preview.getByRole('button', { name: '记录为修订建议' }).click();
    await panel.getByText(/已从“审阅稿.docx”记录修订建议 \d+ 条、批注 2 条/).waitFor();

    const edit = panel.getByTestId('suggestion').filter({ hasText: '张科长' }).filter({ hasText: '年我局共办理' });
    await expect.poll(() => edit.locator('del').textContent()).toBe('十二');
    expect(await edit.locator('ins').textContent()).toBe('十三');
    const thread = panel.getByTestId('comment').filter({ hasText: '请核对办结率。' });
    await thread.getByText('已核对，全部办结。').waitFor();
    await screenshot(page, 'review-panel');

    await edit.getByRole('button', { name: '接受' }).click();
    await expect
      .poll(async () => {
        const detail = await post('reports.get', { id: reportId });
        return (detail.sections as Array<{ id: string; plainText: string }>).find((s) => s.id === aId)!.plainText;
      })
      .toBe('今年我局共办理行政复议案件十三件，全部按期办结。');
    await thread.getByRole('button', { name: '解决' }).click();
    await expect.poll(() => panel.getByTestId('comment').count()).toBe(0);
    await screenshot(page, 'review-after-accept');

    // Exporting while suggestions are still open asks first.
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void (d.message().includes('修订建议') ? d.dismiss() : d.accept());
    });
    await page.getByRole('button', { name: '导出 Word' }).click();
    await expect.poll(() => dialogs.find((m) => m.includes('修订建议'))).toMatch(/还有 \d+ 条修订建议未处理/);
  });

  it('批注 in the editor: selected text gets a comment, marked in the text and listed in the panel', async () => {
    const { title, reportId, aId } = await seed();
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('button', { name: title }).first().click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('一、2024年推进法治政府建设的主要举措和成效').click();
    const editor = page.locator('.editor-content');
    await editor.getByText('今年我局共办理行政复议案件十二件，全部按期办结。').click();
    await page.keyboard.press('Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('button', { name: '批注', exact: true }).click();
    await page.getByLabel('批注内容').fill('请补充数据来源。');
    await page.getByRole('button', { name: '添加批注' }).click();
    await editor.locator('mark').getByText('行政复议案件').waitFor();
    const panel = page.getByRole('complementary', { name: '审阅' });
    const thread = panel.getByTestId('comment').filter({ hasText: '请补充数据来源。' });
    await expect.poll(() => thread.locator('mark').textContent()).toBe('行政复议案件');
    // The mark is saved with the text, so the comment stays on it through later edits.
    await expect
      .poll(async () => {
        const detail = await post('reports.get', { id: reportId });
        return JSON.stringify((detail.sections as Array<{ id: string; content: unknown }>).find((x) => x.id === aId)!.content);
      })
      .toContain('"type":"mark"');
    await screenshot(page, 'review-editor-comment');

    // 提出修订: select 全部, suggest 均已; the text stays until the suggestion is accepted.
    await editor.getByText('全部按期办结。').click();
    await page.keyboard.press('End');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('button', { name: '提出修订' }).click();
    await page.getByLabel('修订后的文字').fill('均已');
    await page.getByRole('button', { name: '记录修订' }).click();
    const suggestion = panel.getByTestId('suggestion').filter({ hasText: '均已' });
    await expect.poll(() => suggestion.locator('del').textContent()).toBe('全部');
    expect(await editor.textContent()).toContain('全部按期办结。');
    await suggestion.getByRole('button', { name: '接受' }).click();
    await editor.getByText(/均已按期办结/).waitFor();
    await screenshot(page, 'review-editor-suggestion-accepted');
  });

  it('a reviewed file without the export marks is read against the version the user picks', async () => {
    const { title, file } = await seed();
    const zip = await JSZip.loadAsync(file);
    zip.remove('docProps/custom.xml');
    const unmarked = await zip.generateAsync({ type: 'nodebuffer' });
    const { page } = app.session;
    await page.goto(app.server.pageUrl);
    await page.getByRole('button', { name: title }).first().click();
    await page.getByRole('button', { name: '审阅' }).click();
    const panel = page.getByRole('complementary', { name: '审阅' });
    await panel
      .locator('input[type=file]')
      .setInputFiles({ name: '另存的审阅稿.docx', mimeType: 'application/octet-stream', buffer: unmarked });
    await panel
      .getByRole('alert')
      .getByText(/没有年报导出时写入的标记/)
      .waitFor();
    await panel.getByLabel('对照的导出版本').selectOption({ index: 0 });
    await panel.getByRole('button', { name: '对照此版本' }).click();
    await panel
      .getByRole('region', { name: '审阅稿内容' })
      .getByText(/对照导出的第 1 版，找到 \d+ 处/)
      .waitFor();
    await screenshot(page, 'review-import-chosen-version');
  });
});

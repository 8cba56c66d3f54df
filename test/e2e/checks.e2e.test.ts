import { describe, expect, it } from 'vitest';
import { screenshot, useFreshApp } from './harness';

const app = useFreshApp();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const post = <T = any>(method: string, input: unknown) => app.server.call<T>(method, input);

async function storedText(partId: string): Promise<string> {
  const [report] = await post('reports.list', {});
  const detail = await post('reports.get', { id: report.id });
  return detail.sections.find((s: { partId: string }) => s.partId === partId).plainText;
}

async function createReportAndOpenPartOne() {
  const { page } = app.session;
  await page.goto(app.server.pageUrl);
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('模板').selectOption({ label: '法治政府建设年度报告（地方政府）' });
  await dialog.getByLabel('单位名称').fill('江宁县人民政府');
  await dialog.getByLabel('报告年度').fill('2024');
  await dialog.getByLabel('成文日期').fill('2025-01-15');
  await dialog.getByRole('button', { name: '创建' }).click();
  await page.getByRole('navigation', { name: '大纲' }).getByText('一、2024年推进法治政府建设的主要举措和成效').click();
}

const editor = () => app.session.page.locator('.editor-content');
const attr = async (name: string) => Number(await editor().getAttribute(name));
// TypeScript's DOM types declare the registry without its Map methods; Chromium has them.
type Registry = Map<string, Set<AbstractRange>>;
const highlights = (name: string) => app.session.page.evaluate((n) => (CSS.highlights as unknown as Registry).get(n)?.size ?? 0, name);
const waitForAttr = (name: string, predicate: (v: number) => boolean) =>
  expect.poll(() => attr(name), { timeout: 5000 }).toSatisfy(predicate);

describe('proofreading in the browser', () => {
  it('underlines while typing (not while composing), fixes from the hover card', async () => {
    await createReportAndOpenPartOne();
    const { page } = app.session;
    await editor().click();
    await page.keyboard.type('2024年,全县推进法制政府建设。');
    await waitForAttr('data-check-count', (n) => n === 2);
    expect(await highlights('check-error')).toBe(2);

    // While an IME composition is open nothing is checked; the committed text is checked after it.
    const runs = await attr('data-check-runs');
    const cdp = await page.context().newCDPSession(page);
    for (const partial of ['c', 'ch', 'che', 'chen', 'cheng']) {
      await cdp.send('Input.imeSetComposition', { text: partial, selectionStart: partial.length, selectionEnd: partial.length });
    }
    await page.waitForTimeout(800);
    expect(await attr('data-check-runs')).toBe(runs);
    await cdp.send('Input.insertText', { text: '成效明显。。' });
    await cdp.detach();
    await waitForAttr('data-check-count', (n) => n === 3);
    expect(await attr('data-check-runs')).toBeGreaterThan(runs);

    // Hover the underlined 法制: the card says why and fixes it in one click.
    const box = await page.evaluate(() => {
      const range = [...(CSS.highlights as unknown as Registry).get('check-error')!].find(
        (x) => (x as Range).toString() === '法制',
      ) as Range;
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const card = page.getByRole('dialog', { name: '校对提示' });
    await expect.poll(() => card.textContent()).toContain('不用“法制”');
    await expect.poll(() => card.locator('.check-card-basis').textContent()).toBe('依据：常见错别字');
    await screenshot(page, 'checks-hover-card');
    await card.getByRole('button', { name: '改为“法治”' }).click();
    await expect.poll(() => editor().textContent()).toBe('2024年,全县推进法治政府建设。成效明显。。');
    await expect.poll(() => storedText('measures'), { timeout: 5000 }).toBe('2024年,全县推进法治政府建设。成效明显。。');
  });

  it('check panel: counts, grouped findings, jump, fix all of a kind, ignore (remembered), export warning', async () => {
    await createReportAndOpenPartOne();
    const { page } = app.session;
    await editor().click();
    await page.keyboard.type('2024年,全县推进法制政府建设,成效明显。。');
    await expect.poll(() => storedText('measures'), { timeout: 5000 }).toContain('成效明显');
    await page.getByRole('button', { name: '校对' }).click();
    const panel = page.getByRole('complementary', { name: '校对' });
    // Four required parts are still empty (结构), plus the mistakes typed above.
    await expect.poll(() => panel.getByTestId('check-counts').textContent()).toContain('错误 8');
    await expect.poll(() => panel.getByRole('heading', { name: /^结构/ }).count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => panel.getByRole('heading', { name: '一、2024年推进法治政府建设的主要举措和成效' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await screenshot(page, 'checks-panel');

    await panel.getByRole('button', { name: '全部改正“半角标点”（2）' }).click();
    await expect.poll(() => storedText('measures')).toBe('2024年，全县推进法制政府建设，成效明显。。');
    await expect.poll(() => editor().textContent()).toBe('2024年，全县推进法制政府建设，成效明显。。');

    const confusable = panel.locator('.check-item', { hasText: '不用“法制”' });
    await confusable.getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => panel.locator('details summary').textContent()).toBe('已忽略 1 处');
    await page.reload(); // back in the same section with the panel open (issue 10)
    await page.getByRole('complementary', { name: '校对' }).waitFor();
    await page.getByRole('button', { name: '← 报告库' }).click();
    await page.getByRole('button', { name: /江宁县人民政府关于2024年/ }).click();
    await page.getByRole('navigation', { name: '大纲' }).getByText('二、2024年党政主要负责人', { exact: false }).click();
    await page.getByRole('button', { name: '校对' }).click();
    await expect.poll(() => panel.locator('details summary').textContent()).toBe('已忽略 1 处');

    // Click a finding: the editor opens that section and marks the place.
    await panel.locator('.check-item', { hasText: '标点“。”重复' }).locator('.check-item-jump').click();
    await expect.poll(() => editor().getAttribute('aria-label')).toBe('2024年推进法治政府建设的主要举措和成效');
    await expect.poll(() => highlights('check-focus')).toBe(1);

    let dialogText = '';
    page.once('dialog', (d) => {
      dialogText = d.message();
      void d.dismiss();
    });
    await page.getByRole('button', { name: '导出 Word' }).click();
    await expect.poll(() => dialogText).toContain('校对发现');
    expect(dialogText).toContain('标点“。”重复');
    expect(dialogText).not.toContain('不用“法制”');
    expect(app.session.problems).toEqual([]);
  });

  it('the office’s own word lists are edited in the app and applied live', async () => {
    await createReportAndOpenPartOne();
    const { page } = app.session;
    await page.getByRole('button', { name: '校对' }).click();
    await page.getByRole('button', { name: '词表' }).click();
    const dialog = page.getByRole('dialog', { name: '本单位校对词表' });
    await dialog.getByLabel(/易混词/).fill('江宁区→江宁县\n截止');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('易混词第2行“截止”缺少正确写法');
    await dialog.getByLabel(/易混词/).fill('江宁区→江宁县');
    await dialog.getByLabel(/领导姓名/).fill('王明 县长\n李华 副县长');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await editor().click();
    await page.keyboard.type('江宁区召开会议，副县长李华、县长王明出席。');
    await waitForAttr('data-check-count', (n) => n === 2);
    await page.getByRole('button', { name: '重新检查' }).click();
    const panel = page.getByRole('complementary', { name: '校对' });
    await expect.poll(() => panel.textContent()).toContain('按本单位词表，“江宁区”应写作“江宁县”。');
    await expect.poll(() => panel.textContent()).toContain('“王明”应排在“李华”之前');
    await screenshot(page, 'checks-user-lists');
  });

  it('each finding shows its basis; a false alarm goes into the word list and is not shown again', async () => {
    await createReportAndOpenPartOne();
    const { page } = app.session;
    await editor().click();
    await page.keyboard.type('认真贯彻落时各项部署，建立常效机制，落实《法治中国建设规划（2021—2025年）》。');
    await expect.poll(() => storedText('measures'), { timeout: 5000 }).toContain('建设规划');
    await page.getByRole('button', { name: '校对' }).click();
    const panel = page.getByRole('complementary', { name: '校对' });
    const typo = panel.locator('.check-item', { hasText: '应为“贯彻落实”' });
    await expect.poll(() => typo.locator('.check-item-basis').textContent(), { timeout: 10_000 }).toBe('依据：常见错别字');
    const citation = panel.locator('.check-item', { hasText: '法治中国建设规划（2020—2025年）' });
    await expect.poll(() => citation.locator('.check-item-basis').textContent()).toContain('《法治中国建设规划（2020—2025年）》');
    await expect.poll(() => panel.locator('.check-item', { hasText: '应为“长效机制”' }).count()).toBe(1);
    await screenshot(page, 'checks-basis');
    // Punctuation and numbering cannot be silenced through the word list.
    await expect
      .poll(() => panel.locator('.check-item', { hasText: '缺少' }).getByRole('button', { name: '误报，加入词表' }).count())
      .toBe(0);

    await panel.locator('.check-item', { hasText: '应为“长效机制”' }).getByRole('button', { name: '误报，加入词表' }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('已把“常效机制”加入本单位词表');
    await expect.poll(() => panel.locator('.check-item', { hasText: '应为“长效机制”' }).count()).toBe(0);
    await expect.poll(() => typo.count()).toBe(1);
    await page.getByRole('button', { name: '词表', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '本单位校对词表' });
    await expect.poll(() => dialog.getByLabel(/不再提示的词/).inputValue()).toBe('常效机制');
    expect(app.session.problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../shared/rich-text';
import { createReportInUi, screenshot, useFreshApp } from './harness';

const app = useFreshApp({ acceptDialogs: true });

async function openPart(name: string) {
  await app.session.page.getByRole('navigation', { name: '大纲' }).getByText(name).click();
}

async function reportDetail() {
  const list = await app.server.call('reports.list', {});
  return app.server.call('reports.get', { id: list[0].id });
}

describe('Word-grade editing, in Chromium', () => {
  it('查找和替换 across sections (title, headings, text), years only; replace all is one step and is undone', async () => {
    await createReportInUi(app);
    const { page } = app.session;
    const editor = page.locator('.editor-content');
    await openPart('一、2024年推进法治政府建设的主要举措和成效');
    await editor.click();
    await page.keyboard.type('2024年共办理行政复议案件12件。');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2024年度计划全部完成。');
    await openPart('三、2024年推进法治政府建设存在的不足和原因');
    await editor.click();
    await page.keyboard.type('截至2024年底仍有短板。');
    await page.keyboard.press('Control+s');
    await page.locator('.save-status', { hasText: /已保存（/ }).waitFor();

    await page.keyboard.press('Control+h');
    const panel = page.getByRole('dialog', { name: '查找和替换' });
    await panel.getByLabel('查找内容').fill('2024年');
    await panel.getByLabel('替换为').fill('2025年');
    await panel.getByLabel(/仅匹配年份/).check();
    const hits = panel.getByRole('list', { name: '查找结果' }).getByRole('listitem');
    // Title, four part headings with 2024年 (一、二、三 and the title), two text hits — never 2024年度计划.
    const texts = await hits.allInnerTexts();
    expect(texts.some((t) => t.includes('2024年度计划'))).toBe(false);
    expect(texts[0]).toContain('标题');
    expect(texts.filter((t) => t.includes('共办理行政复议'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('截至2024年底'))).toHaveLength(1);
    const count = texts.length;

    // Next goes to the first text hit of part 三 as well: the section opens, the hit selected.
    await hits.filter({ hasText: '截至2024年底' }).getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('2024年');
    await screenshot(page, 'find-replace-panel');

    await panel.getByRole('button', { name: '全部替换' }).click();
    await panel.getByText(`已替换 ${count} 处`).waitFor();
    await expect.poll(() => hits.count()).toBe(0);
    let detail = await reportDetail();
    expect(detail.report.title).toBe('市司法局关于2025年法治政府建设情况的报告');
    const plain = detail.sections.map((s: { content: never }) => toPlainText(s.content)).join('\n');
    expect(plain).toContain('2025年共办理行政复议案件12件。');
    expect(plain).toContain('2024年度计划全部完成。');
    expect(plain).toContain('截至2025年底');
    await expect.poll(() => editor.innerText()).toContain('截至2025年底');
    await screenshot(page, 'find-replace-done');

    await panel.getByRole('button', { name: '撤销全部替换' }).click();
    await panel.getByText('已撤销全部替换').waitFor();
    detail = await reportDetail();
    expect(detail.report.title).toBe('市司法局关于2024年法治政府建设情况的报告');
    expect(detail.sections.map((s: { content: never }) => toPlainText(s.content)).join('\n')).toContain('2024年共办理行政复议案件12件。');
    await expect.poll(() => editor.innerText()).toContain('截至2024年底');
  });

  it('Ctrl+S saves now and says 已保存, without the browser’s save dialog; Ctrl+B bolds', async () => {
    await createReportInUi(app);
    const { page } = app.session;
    await openPart('一、2024年推进法治政府建设的主要举措和成效');
    const editor = page.locator('.editor-content');
    await editor.click();
    await page.evaluate(() => {
      (window as unknown as { ctrlS: boolean[] }).ctrlS = [];
      window.addEventListener(
        'keydown',
        (e) => {
          if (e.ctrlKey && e.key === 's') (window as unknown as { ctrlS: boolean[] }).ctrlS.push(e.defaultPrevented);
        },
        true,
      );
    });
    await page.keyboard.press('Control+b');
    await page.keyboard.type('严格规范公正文明执法');
    await page.keyboard.press('Control+s');
    await page.locator('.save-status', { hasText: /已保存（/ }).waitFor();
    // The browser's default action (网页另存为) was cancelled.
    expect(await page.evaluate(() => (window as unknown as { ctrlS: boolean[] }).ctrlS)).toEqual([true]);
    const detail = await reportDetail();
    const part = detail.sections.find((s: { heading: string }) => s.heading.startsWith('2024年推进'));
    expect(toPlainText(part.content)).toBe('严格规范公正文明执法');
    expect(JSON.stringify(part.content)).toMatch(
      /"format":1[,}][^}]*"text":"严格规范公正文明执法"|"text":"严格规范公正文明执法"[^}]*"format":1/,
    );
    await screenshot(page, 'ctrl-s-saved');

    // Copy and paste inside the app goes through the editor's own format (not the cleaning paste).
    await app.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    await page.keyboard.press('Enter');
    await page.keyboard.type('健全依法决策机制');
    await page.getByRole('button', { name: '小标题' }).click();
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('End');
    // Let the editor take the collapsed caret (the browser reports it by a later selectionchange event);
    // Enter pressed within the same frame would still see the whole line selected and replace it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await editor.innerText()).split('健全依法决策机制').length - 1).toBe(2);
  });

  it('a paste from a web page is cleaned: paragraphs, bold and the table kept; styles, &nbsp; runs, empty paragraphs and the 来源/浏览次数 line dropped', async () => {
    await createReportInUi(app);
    const { page } = app.session;
    await openPart('一、2024年推进法治政府建设的主要举措和成效');
    const editor = page.locator('.editor-content');
    await editor.click();
    const html = `<html><head><style>p{color:red}</style></head><body>
      <div class="article-info">（来源：市司法局&nbsp;&nbsp;发布时间：2025-01-08&nbsp;&nbsp;浏览次数：1,024）</div>
      <p style="text-indent:2em;font-family:宋体">&nbsp;&nbsp;&nbsp;&nbsp;一年来，我局<span style="font-weight:bold">坚持依法行政</span>，&nbsp;&nbsp;全面推进&nbsp;法治政府建设。</p>
      <p>&nbsp;</p><p><br></p>
      <p class="MsoNormal" style="mso-line-height-rule:exactly">全年办理行政复议案件<b>12</b>件。</p>
      <table style="width:600px" border="1"><tr><th>项目</th><th colspan="2">数量</th></tr><tr><td>复议</td><td>12</td><td>件</td></tr></table>
      <p>【字体：大 中 小】【打印本页】【关闭窗口】</p>
      <script>alert(1)</script>
    </body></html>`;
    await page.evaluate((h) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', 'fallback');
      document
        .querySelector('.editor-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await page.keyboard.press('Control+s');
    await page.locator('.save-status', { hasText: /已保存（/ }).waitFor();
    const detail = await reportDetail();
    const part = detail.sections.find((s: { heading: string }) => s.heading.startsWith('2024年推进'));
    const plain = toPlainText(part.content);
    expect(plain).toBe('一年来，我局坚持依法行政，全面推进法治政府建设。\n全年办理行政复议案件12件。\n项目\t数量\n复议\t12\t件');
    const json = JSON.stringify(part.content);
    expect(json).not.toMatch(/宋体|color|mso-|text-indent|\u00a0/);
    expect(json).toMatch(/"format":1[^}]*"text":"坚持依法行政"|"text":"坚持依法行政"[^}]*"format":1/);
    expect(json).toContain('"colSpan":2');
    await screenshot(page, 'paste-cleaned');

    // A table copied from Word (Office HTML: MsoNormal paragraphs, o:p, widths) and one from Excel
    // (col widths, xl classes, number formats) arrive as tables with their text only.
    const pasted = await page.evaluate(() => {
      const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
        <table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
        <tr style='mso-yfti-irow:0'><td width=277 valign=top style='width:207.4pt'><p class=MsoNormal><b><span style='font-family:黑体'>指标<o:p></o:p></span></b></p></td>
        <td width=277 valign=top><p class=MsoNormal align=center><span lang=EN-US>2024</span><span style='font-family:仿宋'>年<o:p></o:p></span></p></td></tr>
        <tr><td width=277><p class=MsoNormal>备案审查<o:p></o:p></p></td><td width=277><p class=MsoNormal><span lang=EN-US>46<o:p></o:p></span></p></td></tr>
        </table><!--EndFragment--></body></html>`;
      const excel = `<table border=0 cellpadding=0 cellspacing=0 width=144 style='border-collapse:collapse;width:108pt'>
        <col width=72 span=2 style='width:54pt'><tr height=19><td height=19 class=xl65 width=72>类别</td><td class=xl66 width=72 x:num>12</td></tr>
        <tr height=19><td height=19 class=xl65>比例</td><td class=xl67 x:num="0.985">98.5%</td></tr></table>`;
      return [word, excel];
    });
    for (const h of pasted) {
      // Each at the end of the first paragraph, on a line of its own (a table is not pasted into a table).
      await editor.locator('p').first().click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.evaluate((html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'x');
        document
          .querySelector('.editor-content')!
          .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, h);
    }
    await expect.poll(() => editor.locator('table').count()).toBe(3);
    // Pasted into a table cell, a table arrives as its text (tables do not nest).
    await editor.locator('td', { hasText: '复议' }).click();
    await page.keyboard.press('End');
    // The editor has taken the caret into the cell once a typed character lands there.
    await page.keyboard.type('：');
    await expect.poll(() => editor.locator('td', { hasText: '复议：' }).count()).toBe(1);
    await page.keyboard.press('Backspace');
    await expect.poll(() => editor.locator('td', { hasText: '复议：' }).count()).toBe(0);
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '甲\t乙\n丙\t丁');
      document
        .querySelector('.editor-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, '<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>');
    await expect
      .poll(async () => (await editor.locator('td', { hasText: '复议' }).innerText()).replace(/\n+/g, '\n'))
      .toBe('复议甲\u3000乙\n丙\u3000丁');
    expect(await editor.locator('table').count()).toBe(3);
    await page.keyboard.press('Control+s');
    await page.locator('.save-status', { hasText: /已保存（/ }).waitFor();
    const withTables = toPlainText(
      (await reportDetail()).sections.find((s: { heading: string }) => s.heading.startsWith('2024年推进')).content,
    );
    expect(withTables).toContain('指标\t2024年\n备案审查\t46');
    expect(withTables).toContain('类别\t12\n比例\t98.5%');
    expect(withTables).toContain('复议甲\u3000乙\n丙\u3000丁\t12');
    expect(withTables).not.toMatch(/o:p|mso|xl65|StartFragment/);

    // Half-width punctuation between Chinese characters is made full-width, with a one-click undo.
    await editor.locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', '复议纠错率下降,群众满意度提高;共1,024件。');
      document
        .querySelector('.editor-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => editor.innerText()).toContain('复议纠错率下降，群众满意度提高；共1,024件。');
    const notice = page.getByRole('status').filter({ hasText: '已把 2 处半角标点改为全角。' });
    await screenshot(page, 'paste-punctuation');
    await notice.getByRole('button', { name: '撤销' }).click();
    await expect.poll(() => editor.innerText()).toContain('复议纠错率下降,群众满意度提高;共1,024件。');
  });

  it('right-click menu: copy and paste as plain text through the clipboard, 加入词表; zoom remembered after a reload', async () => {
    await createReportInUi(app);
    const { page, context } = app.session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    await openPart('一、2024年推进法治政府建设的主要举措和成效');
    const editor = page.locator('.editor-content');
    await editor.click();
    await page.keyboard.type('推进严格规范公正文明执法。');
    // Select 「公正文明」 (4 characters before 执法。).
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
    // Right-click on the selection itself (as a user does; elsewhere the browser moves the caret).
    const rightClickSelection = async () => {
      const box = await page.evaluate(() => {
        const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await page.mouse.click(box.x, box.y, { button: 'right' });
    };
    await rightClickSelection();
    const menu = page.getByRole('menu', { name: '编辑菜单' });
    await expect.poll(() => menu.getByRole('menuitem', { name: /复制/ }).isEnabled()).toBe(true);
    expect(await menu.getByRole('menuitem', { name: /表格|在上方插入行/ }).count()).toBe(0);
    await screenshot(page, 'context-menu-text');
    await menu.getByRole('menuitem', { name: /复制/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('公正文明');
    await page.keyboard.press('End');
    await editor.click({ button: 'right' });
    await menu.getByRole('menuitem', { name: /粘贴为纯文本/ }).click();
    await expect.poll(() => editor.innerText()).toContain('推进严格规范公正文明执法。公正文明');

    // 加入词表 with the selection.
    await page.keyboard.press('Home');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
    await rightClickSelection();
    await menu.getByRole('menuitem', { name: '加入词表…' }).click();
    const dialog = page.getByRole('dialog', { name: '加入词表' });
    expect(await dialog.getByLabel('词语').inputValue()).toBe('严格规范');
    await dialog.getByRole('button', { name: '加入' }).click();
    await page.getByText('已把“严格规范”加入敏感词词表。').waitFor();
    const config = await app.server.call('checks.getConfig', {});
    expect(config.user.sensitiveTerms.map((t: { term: string }) => t.term)).toContain('严格规范');

    // The check's fix for the word under the cursor: 法制 → 法治, from the menu.
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('全县推进法制政府建设。');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const set = (CSS.highlights as unknown as Map<string, Set<Range>>).get('check-error');
          const range = set ? [...set].find((r) => r.toString() === '法制') : undefined;
          if (!range) return null;
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }),
      )
      .not.toBeNull();
    const box = (await page.evaluate(() => {
      const range = [...(CSS.highlights as unknown as Map<string, Set<Range>>).get('check-error')!].find((r) => r.toString() === '法制')!;
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }))!;
    await page.mouse.click(box.x, box.y, { button: 'right' });
    await screenshot(page, 'context-menu-check-fix');
    await menu.getByRole('menuitem', { name: '改为“法治”' }).click();
    await expect.poll(() => editor.innerText()).toContain('全县推进法治政府建设。');

    // Zoom: Ctrl+= twice → 125 %, kept after a reload.
    await page.keyboard.press('Control+=');
    await page.keyboard.press('Control+=');
    await expect.poll(() => page.getByRole('group', { name: '缩放' }).innerText()).toContain('125%');
    const size = () => editor.evaluate((el) => el.getBoundingClientRect().height);
    await page.reload(); // F5 stays in the report and the part (issue 10: the address names the place)
    await page.locator('.report-title').waitFor();
    await openPart('一、2024年推进法治政府建设的主要举措和成效');
    await expect.poll(() => page.getByRole('group', { name: '缩放' }).innerText()).toContain('125%');
    expect(await editor.evaluate((el) => getComputedStyle(el).zoom)).toBe('1.25');
    expect(await size()).toBeGreaterThan(0);
    await screenshot(page, 'zoom-125');
  });

  it('a paste of 500,000 characters arrives whole, split into its paragraphs, and is saved', async () => {
    await createReportInUi(app);
    const { page } = app.session;
    await openPart('一、2024年推进法治政府建设的主要举措和成效');
    const editor = page.locator('.editor-content');
    await editor.click();
    const count = await page.evaluate(() => {
      const para = '一年来，我局坚持依法行政，全面推进法治政府建设，取得明显成效。';
      const text = Array.from({ length: 16_200 }, (_, i) => `${i + 1}.${para}`).join('\r\n');
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document
        .querySelector('.editor-content')!
        .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      return text.replace(/\s/g, '').length;
    });
    expect(count).toBeGreaterThan(500_000);
    await expect.poll(() => editor.locator('p').count(), { timeout: 60_000 }).toBe(16_200);
    await page.keyboard.press('Control+s');
    await page.locator('.save-status', { hasText: /已保存（/ }).waitFor({ timeout: 60_000 });
    const detail = await reportDetail();
    const part = detail.sections.find((s: { heading: string }) => s.heading.startsWith('2024年推进'));
    const plain = toPlainText(part.content);
    expect(plain.replace(/\s/g, '').length).toBe(count);
    expect(plain.split('\n')[16_199]).toBe('16200.一年来，我局坚持依法行政，全面推进法治政府建设，取得明显成效。');
  });
});

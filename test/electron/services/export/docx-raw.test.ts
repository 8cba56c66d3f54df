import { saveAtCurrent } from '../../../helpers';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocxDocument, renderDocx } from '../../../../electron/services/export/docx-document';
import { packDocx } from '../../../../electron/services/export/docx-package';
import { defaultExportSettings, type ExportSettings } from '../../../../shared/export-settings';
import { createTestCore } from '../../../helpers';
import { createReport, H3, state } from './fixtures';
import { proseReport } from './prose-fixtures';

/** Body paragraphs written as XML text (docx-raw.ts) are exactly what docx's objects write. */

const core = createTestCore();
afterAll(() => core.close());

const documentXml = (buffer: Buffer) => strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
const run = (text: string, format = 0) => ({ type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' });
const para = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children });
const list = (listType: string, items: string[]) => ({
  type: 'list',
  listType,
  version: 1,
  children: items.map((t) => ({ type: 'listitem', version: 1, children: [run(t)] })),
});

async function compare(detail: Awaited<ReturnType<typeof createReport>>, settings: ExportSettings) {
  const viaObjects = documentXml(packDocx(buildDocxDocument(detail, settings), settings));
  const viaText = documentXml(await renderDocx(detail, settings));
  expect(viaText).not.toContain('\uE000');
  let at = 0;
  while (at < viaText.length && viaText[at] === viaObjects[at]) at++;
  // Where they part, with context (a whole document would bury the message).
  expect(viaText.slice(at - 100, at + 100)).toBe(viaObjects.slice(at - 100, at + 100));
  expect(viaText).toBe(viaObjects);
}

describe('body paragraphs as XML text', () => {
  it('bold, italic, underline, soft line breaks, quotes and dashes, & < >, control characters, lists: same XML as docx', async () => {
    const detail = await createReport(core);
    const opening = detail.sections.find((s) => s.kind === 'opening')!;
    const content = state([
      para(run('普通文字，'), run('加粗', 1), run('斜体', 2), run('下划线', 8), run('粗斜', 3)) as never,
      para(run('第一行\n第二行“引号”……2021—2025年\n\n空行后')) as never,
      para(run('A&B <C> "D" \u0001控制字符\u000b')) as never,
      para(run('“开头引号')) as never,
      H3('小标题'),
      list('number', ['甲“乙”', '丙']) as never,
      list('bullet', ['丁']) as never,
    ]);
    await saveAtCurrent(core, { id: opening.id, content });
    const full = await core.invoke('reports.get', { id: detail.report.id });
    await compare(full, defaultExportSettings());
    await compare(full, {
      ...defaultExportSettings(),
      listNumbering: 'yishi',
      fonts: { ...defaultExportSettings().fonts, body: '方正仿宋_GBK', latin: 'Arial' },
    });
  });

  it('a 20,000-character report of ordinary prose: same XML', async () => {
    await compare(await proseReport(core, 20_000), defaultExportSettings());
  });
});

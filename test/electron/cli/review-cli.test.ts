import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/cli';
import { createTestCore, REPO_ROOT, tempDir } from '../../helpers';
import { reviewedDocx } from '../services/review/reviewed-fixture';
import { edits, setup } from '../services/review/review-scenario';
import { docxToPdfFile, pdfInfo } from '../services/export/render';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), env: process.env, root: REPO_ROOT } };
}

/** LibreOffice's flat ODT of a .docx: tracked changes are text:changed-region, comments office:annotation. */
function fodtOf(docx: string): string {
  const dir = path.dirname(docx);
  const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'fodt', '--outdir', dir, docx], {
    stdio: 'pipe',
    timeout: 240_000,
  });
  return fs.readFileSync(docx.replace(/\.docx$/, '.fodt'), 'utf8');
}

const count = (xml: string, tag: string) => xml.split(`<${tag} `).length - 1 + (xml.split(`<${tag}>`).length - 1);

describe('nianbao review import / export --review', () => {
  it('prints the changes as JSON, records them with --apply, and writes them back as Word revisions LibreOffice counts', async () => {
    const s = await setup();
    s.core.close();
    const dir = tempDir();
    const reviewed = path.join(dir, '审阅稿.docx');
    fs.writeFileSync(reviewed, await reviewedDocx(s.exported, edits('word'), 'word'));
    const db = s.core.dbPath;

    const preview = io();
    expect(await runCli(['review', 'import', s.reportId, reviewed, '--json', '--db', db], preview.io)).toBe(0);
    const json = JSON.parse(preview.out.join('')) as { matchedVersion: string; changes: Array<Record<string, unknown>> };
    expect(json.matchedVersion).toMatch(/\S/);
    expect(json.changes).toContainEqual(expect.objectContaining({ sectionId: s.a.id, kind: 'edit', text: '十三', author: '张科长' }));
    expect(json.changes).toContainEqual(
      expect.objectContaining({ sectionId: s.a.id, kind: 'comment', text: '请核对办结率。', author: '王主任' }),
    );

    const apply = io();
    expect(await runCli(['review', 'import', s.reportId, reviewed, '--apply', '--db', db], apply.io)).toBe(0);
    expect(apply.err.join('')).toMatch(/已记录为修订建议 \d+ 条、批注 2 条/);

    const out = path.join(dir, 'review-copy.docx');
    const exp = io();
    expect(await runCli(['export', s.reportId, '--format', 'docx', '--review', '--out', out, '--db', db], exp.io)).toBe(0);
    const written = /修订 (\d+) 处，批注 (\d+) 条/.exec(exp.err.join(''))!;
    // Open suggestions: edit, insert in the link, untracked edit, two move halves, new paragraph, and the
    // table edit (not applied automatically in the app, but shown to the next reviewer).
    expect(Number(written[1])).toBe(7);
    expect(Number(written[2])).toBe(2);
    fs.copyFileSync(out, path.join(REPO_ROOT, 'build', 'artifacts', 'review-copy.docx'));
    const fodt = fodtOf(out);
    // Each tracked change keeps its reviewer's name.
    expect(fodt).toContain('<dc:creator>张科长</dc:creator>');
    expect(fodt).toContain('<dc:creator>王主任</dc:creator>');
    // An edit is a deletion plus an insertion: 7 suggestions with 3 edits → 10 tracked changes.
    expect(count(fodt, 'text:changed-region')).toBe(10);
    expect(count(fodt, 'office:annotation')).toBe(2);
    expect(fodt).toContain('请核对办结率。');
    expect(fodt).toContain('已核对，全部办结。');

    // Read back, the review copy holds each suggestion in its own paragraph (regression: a one-character
    // edit once landed on the same character of the section's heading).
    const back = io();
    expect(await runCli(['review', 'import', s.reportId, out, '--json', '--db', db], back.io)).toBe(0);
    const again = (
      JSON.parse(back.out.join('')) as { changes: Array<{ sectionId: string; kind: string; text: string; context: string; note: string }> }
    ).changes;
    expect(again.filter((c) => c.note.includes('部分标题'))).toEqual([]);
    expect(again).toContainEqual(
      expect.objectContaining({ sectionId: s.b.id, kind: 'edit', text: '三', context: expect.stringContaining('参训人员【二】百余') }),
    );
    expect(again).toContainEqual(
      expect.objectContaining({ sectionId: s.a.id, kind: 'edit', text: '十三', context: expect.stringContaining('案件【十二】件') }),
    );
    expect(again.filter((c) => c.kind === 'comment').map((c) => c.text)).toEqual(['请核对办结率。', '已核对，全部办结。']);
  });

  it('a file that is not a reviewed export gets a Chinese message and exit code 1', async () => {
    const s = await setup();
    s.core.close();
    const dir = tempDir();
    const plain = path.join(dir, 'plain.docx');
    fs.writeFileSync(plain, Buffer.from('PK not really a zip'));
    const run = io();
    expect(await runCli(['review', 'import', s.reportId, plain, '--json', '--db', s.core.dbPath], run.io)).toBe(1);
    expect(run.err.join('')).toMatch(/不是有效的 Word/);
  });

  it('a file without the export marks is refused, and read against the version given with --version-id', async () => {
    const s = await setup();
    s.core.close();
    const dir = tempDir();
    const zip = await JSZip.loadAsync(await reviewedDocx(s.exported, edits('word'), 'word'));
    zip.remove('docProps/custom.xml');
    const unmarked = path.join(dir, 'unmarked.docx');
    fs.writeFileSync(unmarked, await zip.generateAsync({ type: 'nodebuffer' }));
    const refused = io();
    expect(await runCli(['review', 'import', s.reportId, unmarked, '--json', '--db', s.core.dbPath], refused.io)).toBe(1);
    expect(refused.err.join('')).toMatch(/没有年报导出时写入的标记/);

    const list = io();
    expect(await runCli(['review', 'import', s.reportId, unmarked, '--json', '--version-id', 'nope', '--db', s.core.dbPath], list.io)).toBe(
      1,
    );
    const core = createTestCore(s.core.dbPath);
    const [version] = await core.invoke('versions.list', { reportId: s.reportId });
    core.close();
    const chosen = io();
    expect(
      await runCli(['review', 'import', s.reportId, unmarked, '--json', '--version-id', version!.id, '--db', s.core.dbPath], chosen.io),
    ).toBe(0);
    const json = JSON.parse(chosen.out.join('')) as { matchedVersion: string; changes: unknown[] };
    expect(json.matchedVersion).toBe(version!.id);
    expect(json.changes).toContainEqual(expect.objectContaining({ kind: 'edit', text: '十三', sectionId: s.a.id }));
  });
});

describe('nianbao review sheet / review hash', () => {
  it('the 审签单 is one page with the version and the SHA-256 of the exported text; the exported file hashes the same', async () => {
    const s = await setup();
    s.core.close();
    const dir = tempDir();
    const exported = path.join(dir, 'report.docx');
    fs.writeFileSync(exported, s.exported);
    const sheet = path.join(dir, 'sheet.docx');
    const made = io();
    expect(await runCli(['review', 'sheet', s.reportId, '--out', sheet, '--json', '--db', s.core.dbPath], made.io)).toBe(0);
    const { sha256, versionNumber } = JSON.parse(made.out.join('')) as { sha256: string; versionNumber: number };
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);

    const hashed = io();
    expect(await runCli(['review', 'hash', exported, '--db', s.core.dbPath], hashed.io)).toBe(0);
    expect(hashed.out.join('')).toBe(sha256);
    // A reviewed copy (text changed) no longer matches.
    const reviewed = path.join(dir, 'reviewed.docx');
    fs.writeFileSync(reviewed, await reviewedDocx(s.exported, edits('word'), 'word'));
    const other = io();
    expect(await runCli(['review', 'hash', reviewed, '--db', s.core.dbPath], other.io)).toBe(0);
    expect(other.out.join('')).not.toBe(sha256);

    const fodt = fodtOf(sheet);
    for (const text of [
      '审 签 单',
      '市司法局关于2024年法治政府建设情况的报告',
      `第 ${versionNumber} 版`,
      sha256.slice(0, 32),
      sha256.slice(32),
      '拟稿',
      '核稿',
      '审核',
      '签发',
    ])
      expect(fodt).toContain(text);
    const pdf = docxToPdfFile(fs.readFileSync(sheet), 'signoff-sheet');
    expect(pdfInfo(pdf).pages).toBe(1);
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', pdf, path.join(REPO_ROOT, 'build', 'artifacts', 'signoff-sheet')]);
  });
});

import fc from 'fast-check';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../electron/services/app-error';
import type { Core } from '../../../../electron/services/core';
import { readReviewedFile } from '../../../../electron/services/review/review-read';
import { applySuggestion } from '../../../../shared/review/apply-suggestion';
import { anchorAt, locateAnchor } from '../../../../shared/review/text-anchor';
import { stateFromParagraphs, toPlainText } from '../../../../shared/rich-text';
import { commentEnd, commentStart, reviewedDocx, run } from './reviewed-fixture';
import { setup } from './review-scenario';

let opened: Core | undefined;
afterEach(() => opened?.close());

async function withDocumentXml(docx: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/document.xml', edit(await zip.file('word/document.xml')!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const noComments = { comments: [], lastModifiedBy: '刘处长' };

describe('reading a reviewed file that is unusual or hostile', () => {
  it('a tracked change inside a field result (page number) is listed, not applied', async () => {
    const s = await setup();
    opened = s.core;
    const field =
      run('今年我局共办理行政复议案件十二件，全部按期办结。') +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:ins w:id="5" w:author="张科长" w:date="2026-12-01T09:00:00Z"><w:r><w:t>3</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const file = await reviewedDocx(s.exported, { ...noComments, paragraphs: [{ find: '今年我局共办理', inner: field }] }, 'word');
    const { changes } = await s.core.invoke('review.importPreview', { reportId: s.reportId, base64: file.toString('base64') });
    expect(changes).toEqual([
      expect.objectContaining({ sectionId: s.a.id, kind: 'insert', text: '3', applicable: false, note: expect.stringContaining('域') }),
    ]);
  });

  it('a file whose text moved too far, one without the export marks, and one with a DTD get clear messages', async () => {
    const s = await setup();
    opened = s.core;
    const rewritten = await withDocumentXml(s.exported, (xml) => xml.replace(/<w:t( [^>]*)?>[^<]*<\/w:t>/g, '<w:t>完全不同的内容</w:t>'));
    await expect(s.core.invoke('review.importPreview', { reportId: s.reportId, base64: rewritten.toString('base64') })).rejects.toThrow(
      /相差过大/,
    );

    const zip = await JSZip.loadAsync(s.exported);
    zip.remove('docProps/custom.xml');
    const unmarked = await zip.generateAsync({ type: 'nodebuffer' });
    await expect(s.core.invoke('review.importPreview', { reportId: s.reportId, base64: unmarked.toString('base64') })).rejects.toThrow(
      /没有年报导出时写入的标记/,
    );
    const [version] = await s.core.invoke('versions.list', { reportId: s.reportId });
    const chosen = await s.core.invoke('review.importPreview', {
      reportId: s.reportId,
      base64: unmarked.toString('base64'),
      versionId: version!.id,
    });
    expect(chosen.changes).toEqual([]);

    const dtd = await withDocumentXml(s.exported, (xml) =>
      xml.replace('<w:document', '<!DOCTYPE w:document [<!ENTITY a "aaaa">]><w:document'),
    );
    await expect(readReviewedFile(dtd)).rejects.toThrow(/XML 内容已损坏/);
  });

  it('a formatting-only change (bold added with tracking, Word and WPS alike) is listed, not applied', async () => {
    const s = await setup();
    opened = s.core;
    const bold =
      run('今年我局共办理行政复议案件') +
      '<w:r><w:rPr><w:b/><w:rPrChange w:id="8" w:author="张科长" w:date="2026-12-01T09:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>十二件</w:t></w:r>' +
      run('，全部按期办结。');
    const file = await reviewedDocx(s.exported, { ...noComments, paragraphs: [{ find: '今年我局共办理', inner: bold }] }, 'wps');
    const { changes } = await s.core.invoke('review.importPreview', { reportId: s.reportId, base64: file.toString('base64') });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'format',
        text: '十二件',
        author: '张科长',
        sectionId: s.a.id,
        applicable: false,
        note: expect.stringContaining('仅格式'),
      }),
    ]);
  });

  it('a comment spanning two paragraphs is placed at its start and says it spans paragraphs', async () => {
    const s = await setup();
    opened = s.core;
    const file = await reviewedDocx(
      s.exported,
      {
        lastModifiedBy: '刘处长',
        paragraphs: [
          { find: '今年我局共办理', inner: run('今年我局共办理行政复议案件十二件，') + commentStart(4) + run('全部按期办结。') },
          { find: '全年组织法治培训三次', inner: run('全年组织法治培训三次，') + commentEnd(4) + run('参训人员二百余人次。') },
        ],
        comments: [{ id: 4, author: '王主任', date: '2026-12-02T10:30:00Z', text: '这两句合并写。' }],
      },
      'word',
    );
    const { changes } = await s.core.invoke('review.importPreview', { reportId: s.reportId, base64: file.toString('base64') });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'comment',
        sectionId: s.a.id,
        text: '这两句合并写。',
        replaced: '全部按期办结。',
        note: expect.stringContaining('跨越多段'),
      }),
    ]);
  });

  it('a file of more than 50 MB is refused before it is opened', async () => {
    await expect(readReviewedFile(Buffer.alloc(50 * 1024 * 1024 + 1))).rejects.toThrow(/超过 50 MB/);
  });

  it('a zip bomb (a small file that inflates enormously) is refused by the zip guard before it is read', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(30 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readReviewedFile(bomb)).rejects.toThrow(/异常庞大/);
  });

  it('corrupted document XML never crashes the reader: it reads or refuses in Chinese', async () => {
    const s = await setup();
    opened = s.core;
    const xml = await (await JSZip.loadAsync(s.exported)).file('word/document.xml')!.async('string');
    await fc.assert(
      fc.asyncProperty(fc.nat(xml.length - 1), fc.nat(200), fc.string({ maxLength: 12 }), async (at, cut, junk) => {
        const broken = await withDocumentXml(s.exported, () => xml.slice(0, at) + junk + xml.slice(at + cut));
        try {
          await readReviewedFile(broken);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('anchors', () => {
  it('an anchored replacement applied to a paragraph gives the paragraph with the replacement (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 8 }),
        (text, i, j, replacement) => {
          const clean = text.replace(/\n/g, ' ');
          const start = i % (clean.length + 1);
          const end = start + (j % (clean.length - start + 1));
          const anchor = anchorAt(clean, start, end);
          const found = locateAnchor(clean, anchor);
          const next = applySuggestion(stateFromParagraphs([clean]), anchor, replacement.replace(/\n/g, ' '));
          // Either the place is unique and the text is exactly the edit, or it is refused (never a wrong place).
          if (next)
            expect(toPlainText(next)).toBe(clean.slice(0, found!) + replacement.replace(/\n/g, ' ') + clean.slice(found! + end - start));
          if (found !== null && next) expect(found).toBe(start);
        },
      ),
      { numRuns: 300 },
    );
  });
});

import type { ExportSettings } from '../../../shared/export-settings';
import type { ReportDetail } from '../../../shared/report-schema';
import type { ReviewImportResult, ReviewState } from '../../../shared/review/review-schema';
import type { Snapshot } from '../../../shared/versions-schema';
import { AppError } from '../app-error';
import { renderDocx } from '../export/docx-document';
import { exportFileName } from '../export/export-docx';
import { compareWithBase } from './review-compare';
import { writeReviewCopy } from './review-docx-write';
import { readReviewedFile, sourceOf } from './review-read';
import { bodyUnits } from './paragraph-read';
import { elementChildren, isW, parseXml } from './ooxml';
import { sectionSpans } from './section-spans';
import { renderSignoffSheet, textHash } from './signoff-sheet';
import type { ReviewStore } from './review-store';
import JSZip from 'jszip';
import { markAnchors } from '../../../shared/review/mark-anchors';

/**
 * Sign-off through Word and back (issue 16): the review copy export, the reviewed-file import
 * (preview or record as suggestions) and the review state of a report.
 */

export interface ReviewDeps {
  store: ReviewStore;
  /** The report as every export writes it (plan measures included). */
  exportedReport(reportId: string): ReportDetail;
  /** Applies the same export decoration to a version's detail. */
  decorate(detail: ReportDetail): ReportDetail;
  settings(reportId: string): ExportSettings;
  recordExport(reportId: string): { id: string; number: number };
  snapshot(reportId: string, versionId: string): Snapshot;
  versionNumber(reportId: string, versionId: string): number;
  /** The newest version recorded by an export, if any. */
  lastExport(reportId: string): { id: string; number: number; createdAt: string } | null;
  isFinal(reportId: string): boolean;
}

const NOT_THIS_REPORT =
  '这个文件不是本报告导出的审阅稿（文件中记录的是另一份报告），无法逐处对照。请确认选择的报告和文件；也可以改用普通导入（导入往年报告）。';
const NO_MARK =
  '这个文件没有年报导出时写入的标记（报告编号和版本），可能不是从本程序导出的，或已被另存为新文件。请选择它对应的导出版本后再导入，或改用普通导入。';

function detailAt(current: ReportDetail, snapshot: Snapshot): ReportDetail {
  return {
    ...current,
    report: { ...current.report, title: snapshot.title, agency: snapshot.agency, year: snapshot.year, reportDate: snapshot.reportDate },
    sections: snapshot.sections.map((s) => ({
      id: s.id,
      reportId: current.report.id,
      parentId: s.parentId,
      kind: s.kind,
      partId: s.partId,
      heading: s.heading,
      position: s.position,
      required: s.required,
      markedComplete: s.markedComplete,
      charCount: 0,
      state: 'in-progress' as const,
      revision: 0,
      updatedAt: '',
      content: JSON.parse(s.contentJson),
      plainText: s.plainText,
    })),
  };
}

async function unitsOf(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const doc = parseXml(await zip.file('word/document.xml')!.async('string'));
  return bodyUnits(elementChildren(doc.documentElement).find((e) => isW(e, 'body'))!);
}

export function createReviewService(d: ReviewDeps) {
  return {
    state(reportId: string): ReviewState {
      return { suggestions: d.store.suggestions(reportId), comments: d.store.comments(reportId) };
    },

    /** 「带修订和批注导出」: a version is recorded as for every export, and named in the file. */
    async exportReview(reportId: string) {
      const version = d.recordExport(reportId);
      const detail = d.exportedReport(reportId);
      const settings = d.settings(reportId);
      const source = { reportId, versionId: version.id, versionNumber: version.number };
      const stamp = d.isFinal(reportId) ? { revision: version.number, label: `定稿 第 ${version.number} 版`, source } : { source };
      const clean = await renderDocx(detail, settings, stamp);
      // A comment made in the editor follows its mark node: its anchor is read from the current text.
      const marks = new Map(detail.sections.flatMap((s) => [...markAnchors(s.content)]));
      const comments = d.store.comments(reportId).map((c) => ({ ...c, anchor: marks.get(c.id) ?? c.anchor }));
      const copy = await writeReviewCopy(clean, sectionSpans(detail, settings), d.store.suggestions(reportId), comments);
      const fileName = exportFileName(detail, 'docx').replace(/\.docx$/, '（审阅稿）.docx');
      return {
        fileName,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        base64: copy.buffer.toString('base64'),
        skipped: copy.skipped,
        written: copy.written,
      };
    },

    /** What a reviewed file holds against the version it was exported from; changes nothing. */
    async preview(reportId: string, file: Buffer, chosenVersionId?: string): Promise<ReviewImportResult> {
      const reviewed = await readReviewedFile(file);
      const source = sourceOf(reviewed);
      if (source && source.reportId !== reportId) throw new AppError('INVALID_INPUT', NOT_THIS_REPORT);
      const versionId = chosenVersionId ?? source?.versionId;
      if (!versionId) throw new AppError('INVALID_INPUT', NO_MARK);
      const detail = d.decorate(detailAt(d.exportedReport(reportId), d.snapshot(reportId, versionId)));
      const settings = d.settings(reportId);
      const base = await unitsOf(await renderDocx(detail, settings));
      const changes = compareWithBase(base, sectionSpans(detail, settings), reviewed);
      return { matchedVersion: versionId, versionNumber: d.versionNumber(reportId, versionId), changes };
    },

    /** 审签单 of the last exported version (or a chosen one): its text's SHA-256 and the sign-off rows. */
    async signoffSheet(reportId: string, versionId?: string) {
      const last = d.lastExport(reportId);
      const id = versionId ?? last?.id;
      if (!id) throw new AppError('INVALID_INPUT', '这份报告还没有导出过 Word 文件。审签单针对送审的导出版本，请先导出。');
      const detail = d.decorate(detailAt(d.exportedReport(reportId), d.snapshot(reportId, id)));
      const settings = d.settings(reportId);
      const hash = textHash(await unitsOf(await renderDocx(detail, settings)));
      const versionNumber = d.versionNumber(reportId, id);
      const buffer = await renderSignoffSheet(
        {
          title: detail.report.title,
          agency: detail.report.agency,
          versionNumber,
          exportedAt: id === last?.id ? last.createdAt : new Date().toISOString(),
          hash,
          source: { reportId, versionId: id, versionNumber },
        },
        settings,
      );
      return {
        fileName: exportFileName(detail, 'docx').replace(/\.docx$/, '（审签单）.docx'),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        base64: buffer.toString('base64'),
        sha256: hash,
        versionNumber,
      };
    },

    /** Records every applicable change as a suggestion and every comment (with replies) as a comment. */
    async apply(reportId: string, file: Buffer, chosenVersionId?: string) {
      const result = await this.preview(reportId, file, chosenVersionId);
      const commentIds = new Map<number, string>();
      let suggestions = 0;
      let comments = 0;
      for (const [i, c] of result.changes.entries()) {
        if (!c.sectionId) continue;
        if (c.kind === 'comment') {
          const parentId = c.replyTo === null ? null : (commentIds.get(c.replyTo) ?? null);
          const text = c.text || '（空批注）';
          commentIds.set(
            i,
            d.store.addComment({
              reportId,
              sectionId: c.sectionId,
              parentId,
              anchor: c.anchor,
              text,
              author: c.author,
              date: c.date,
              resolved: c.resolved,
            }),
          );
          comments += 1;
          continue;
        }
        const replacement = c.kind === 'delete' || (c.kind === 'move' && c.replaced) ? '' : c.newParagraph ? `\n${c.text}` : c.text;
        const kind = c.kind;
        d.store.addSuggestion({
          reportId,
          sectionId: c.sectionId,
          kind,
          anchor: c.anchor,
          replacement,
          author: c.author,
          date: c.date,
          source: 'file',
          applicable: c.applicable,
          note: c.note,
        });
        suggestions += 1;
      }
      return { ...result, recorded: { suggestions, comments } };
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;

import type { FindPlace, ReplaceInputSchema, ReplaceResult } from '../../../shared/contract-find';
import { findInState, findInText, replaceInState, replaceInString } from '../../../shared/find-replace';
import type { ReportDetail } from '../../../shared/report-schema';
import { AgencySchema, HeadingSchema, TitleSchema } from '../../../shared/report-schema';
import type { z } from '../../../shared/z';
import type { Db } from '../../db/connection';
import { AppError } from '../app-error';
import type { ReportAccess } from '../reports/report-access';
import type { ReportService } from '../reports/reports';
import type { SectionService } from '../sections/sections';
import type { VersionService } from '../versions/versions';

type Input = z.output<typeof ReplaceInputSchema>;

const samePlace = (a: FindPlace, b: FindPlace) =>
  a.kind === b.kind && ('sectionId' in a ? a.sectionId : '') === ('sectionId' in b ? b.sectionId : '');

/**
 * 替换 / 全部替换 in one transaction. A 定稿 report is refused with the reason; a section whose
 * revision is not the one the hits were found in is refused (the user finds again); replace all
 * takes an automatic version first, so that restoring it undoes the whole replacement.
 */
export function createFindReplaceService(deps: {
  db: Db;
  access: ReportAccess;
  reports: ReportService;
  sections: SectionService;
  versions: VersionService;
}) {
  const { db, access, reports, sections, versions } = deps;
  return {
    replace(input: Input): ReplaceResult {
      const { reportId, query, replacement, options, target } = input;
      if (access.row(reportId).status === 'final') {
        throw new AppError('FORBIDDEN', '报告已定稿，不能替换。如需修改，请先用“改变状态”退回起草（会记录理由）。');
      }
      const detail: ReportDetail = reports.get(reportId);
      const scoped = input.sectionIds ? new Set(input.sectionIds) : null;
      const inScope = (id: string) => !scoped || scoped.has(id);
      for (const [id, revision] of Object.entries(input.baseRevisions)) {
        const s = detail.sections.find((x) => x.id === id);
        if (!s) throw new AppError('CONFLICT', '报告的结构已变化（有部分被删除），请重新查找。');
        if (s.revision !== revision) throw new AppError('CONFLICT', `“${s.heading || '导语'}”已被修改，请重新查找后再替换。`);
      }
      const wanted = (place: FindPlace, index: number) => !target || (samePlace(place, target.place) && index === target.index);

      // Work out every change first; nothing is written if one of them is invalid.
      let replaced = 0;
      const contentChanges: Array<{ id: string; content: ReportDetail['sections'][number]['content'] }> = [];
      const headingChanges: Array<{ id: string; heading: string }> = [];
      let title: string | null = null;
      let agency: string | null = null;
      const stringPlace = (place: FindPlace, text: string): string | null => {
        const hits = findInText(text, query, options);
        if (hits.length === 0) return null;
        if (target) {
          if (!samePlace(place, target.place) || target.index >= hits.length) return null;
          const m = hits[target.index]!;
          replaced += 1;
          return text.slice(0, m.start) + replacement + text.slice(m.end);
        }
        const r = replaceInString(text, query, replacement, options);
        replaced += r.count;
        return r.text;
      };
      if (!scoped) {
        title = stringPlace({ kind: 'title' }, detail.report.title);
        agency = stringPlace({ kind: 'agency' }, detail.report.agency);
      }
      for (const s of detail.sections) {
        if (!inScope(s.id)) continue;
        if (s.kind !== 'opening') {
          const heading = stringPlace({ kind: 'heading', sectionId: s.id }, s.heading);
          if (heading !== null) headingChanges.push({ id: s.id, heading });
        }
        const place: FindPlace = { kind: 'content', sectionId: s.id };
        const total = findInState(s.content, query, options).length;
        if (total === 0 || (target && !wanted(place, target.index))) continue;
        const { state, count } = replaceInState(s.content, query, replacement, options, target ? new Set([target.index]) : undefined);
        if (count > 0) {
          contentChanges.push({ id: s.id, content: state });
          replaced += count;
        }
      }
      if (replaced === 0) return { replaced: 0, versionId: null, versionNumber: null, detail };
      const check = (schema: typeof TitleSchema, value: string, what: string) => {
        const r = schema.safeParse(value);
        if (!r.success) throw new AppError('INVALID_INPUT', `替换后${what}${r.error.issues[0]?.message ?? '不合要求'}，未替换。`);
      };
      if (title !== null) check(TitleSchema, title, '的标题：');
      if (agency !== null) check(AgencySchema, agency, '的落款单位：');
      for (const h of headingChanges) check(HeadingSchema, h.heading, '的标题：');

      return db.transaction(() => {
        const version = target
          ? null
          : versions.create(reportId, { kind: 'auto', reason: `全部替换前自动保存：“${query}”→“${replacement}”` });
        for (const c of contentChanges) sections.save(c.id, c.content);
        for (const h of headingChanges) sections.rename(h.id, h.heading.trim());
        if (title !== null || agency !== null)
          reports.update({
            id: reportId,
            ...(title !== null ? { title: title.trim() } : {}),
            ...(agency !== null ? { agency: agency.trim() } : {}),
          });
        return { replaced, versionId: version?.id ?? null, versionNumber: version?.number ?? null, detail: reports.get(reportId) };
      })();
    },
  };
}

export type FindReplaceService = ReturnType<typeof createFindReplaceService>;

import path from 'node:path';
import { EMPTY_USER_LISTS, type UserLists } from '../../../shared/checks/data-schema';
import { loadCheckData } from '../../../electron/services/checks/checks-data';
import { runChecks } from '../../../shared/checks/engine';
import { documentFromLines, inferKind, inferYear, PLAIN_SECTION, splitLines } from '../../../shared/checks/plain-text';
import type { CheckContext, CheckParagraph, Finding } from '../../../shared/checks/types';
import type { TemplateKind } from '../../../shared/template-schema';
import { REPO_ROOT } from '../../helpers';

export const CHECK_DATA = loadCheckData(path.join(REPO_ROOT, 'templates'));
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/checks');
export const EXAMPLES = '/work/shared/examples';

export function ctx(over: Partial<Omit<CheckContext, 'user'>> & { user?: Partial<UserLists> } = {}): CheckContext {
  return { year: 2024, kind: 'fazhi-annual', parts: null, data: CHECK_DATA, ...over, user: { ...EMPTY_USER_LISTS, ...over.user } };
}

export function para(text: string, role: CheckParagraph['role'] = 'body'): CheckParagraph {
  return { sectionId: PLAIN_SECTION, index: 0, text, role };
}

/** Checks a plain text the way the CLI does: kind and year inferred unless given. */
export function checkText(
  text: string,
  over: { year?: number | null; kind?: TemplateKind | null; user?: Partial<UserLists> } = {},
): Finding[] {
  const doc = documentFromLines(splitLines(text));
  const kind = over.kind !== undefined ? over.kind : inferKind(doc.title, CHECK_DATA);
  const year = over.year !== undefined ? over.year : inferYear(doc.title, doc.date);
  return runChecks(doc, ctx({ kind, year, user: over.user }));
}

export const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);
export const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

/** The examples were extracted from web pages with ASCII punctuation; the originals are full-width. */
export function normaliseExtracted(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/!/g, '！')
    .replace(/\?/g, '？');
}

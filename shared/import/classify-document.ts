import type { ImportKind } from './import-schema';

/**
 * Recognises what kind of document was imported and reads its year, agency and date. Web pages
 * mix reports with plans, policy explanations and press briefings: only reports make reports.
 */

const KIND_RULES: Array<{ kind: ImportKind; test: (title: string, text: string) => boolean }> = [
  {
    kind: 'briefing',
    test: (title, text) =>
      /(解读|吹风会|发布会|答记者问|新闻发布)/u.test(title) || (text.match(/记者/gu)?.length ?? 0) >= 3 || /各位记者/u.test(text),
  },
  { kind: 'gov-info', test: (title) => /政府信息公开/u.test(title) && /(年度报告|工作报告)/u.test(title) },
  { kind: 'work-plan', test: (title) => /(工作计划|工作要点|工作安排|实施方案)/u.test(title) && !/报告/u.test(title) },
  { kind: 'fazhi-annual', test: (title) => /法治政府/u.test(title) && /(报告|情况)/u.test(title) },
  { kind: 'yifa-report', test: (title) => /依法行政/u.test(title) && /(报告|总结|情况)/u.test(title) },
];

export function recogniseKind(title: string, text: string): ImportKind {
  return KIND_RULES.find((rule) => rule.test(title, text))?.kind ?? 'other';
}

const CN_DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function chineseNumber(text: string): number {
  if (text.includes('十')) {
    const [tens, ones] = text.split('十');
    return (tens ? CN_DIGITS[tens]! : 1) * 10 + (ones ? CN_DIGITS[ones]! : 0);
  }
  return Number([...text].map((c) => CN_DIGITS[c]).join(''));
}

function iso(y: number, m: number, d: number): string | null {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s) ? s : null;
}

/** 「2018年12月10日」, 「二〇一八年十二月十日」, 「2018-12-10 15:23」 → 2018-12-10. */
export function parseChineseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const arabic = /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/u.exec(text);
  if (arabic) return iso(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]));
  const chinese = /([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/u.exec(text);
  if (chinese) return iso(chineseNumber(chinese[1]!), chineseNumber(chinese[2]!), chineseNumber(chinese[3]!));
  return null;
}

/** The year the document is about: the first 4-digit year in the title, else the date's year before. */
export function recogniseYear(title: string, opening: string, date: string | null): number | null {
  const inTitle = /(\d{4})\s*年/u.exec(title) ?? /(19|20)\d{2}/u.exec(title);
  if (inTitle) return Number(inTitle[1]!.length === 4 ? inTitle[1] : inTitle[0]);
  const inOpening = /^(\d{4})年/u.exec(opening);
  if (inOpening) return Number(inOpening[1]);
  if (date) {
    const [y, m] = date.split('-').map(Number);
    return m! <= 4 ? y! - 1 : y!;
  }
  return null;
}

/** The agency named before the year or before 「关于」 in the title; else the signature or 发布机构. */
export function recogniseAgency(title: string, signature: string | null, metadata: Record<string, string>): string {
  const inner = /《([^》]+)》/u.exec(title)?.[1];
  const source = /^(解读|关于)/u.test(title) && inner ? inner : title;
  const m = /^(.{2,40}?)(?:关于|\d{4}\s*年)/u.exec(source);
  if (m && !/^关于/u.test(m[1]!)) return m[1]!.trim();
  return signature?.trim() || metadata['发布机构'] || metadata['发文机关'] || metadata['发文机构'] || '';
}

const DEPARTMENT_END = /(局|委员会|委|办公室|厅|院|中心|署|所|支队|大队)$/u;

/** The built-in template that suits the kind and agency; a county or city government gets the local one. */
export function suggestTemplate(kind: ImportKind, agency: string): string {
  if (kind === 'yifa-report') return 'yifa-report';
  if (kind === 'gov-info') return 'gov-info-annual';
  if (!/人民政府$/u.test(agency) && DEPARTMENT_END.test(agency)) return 'fazhi-annual-department';
  return 'fazhi-annual-local';
}

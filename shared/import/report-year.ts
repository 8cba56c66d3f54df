import { analyzeYears } from '../years/analyze-years';
import { FIXED_YEAR_ROLES } from '../years/year-schema';
import { roleOfHeading } from './map-parts';

/**
 * The year a document reports on, from the title, else the part headings (a plans heading names
 * the year after), else the first lines (「2024年，我局……」「统计期限自2024年1月1日起」), else the date
 * (reports are written early the next year). Citations, ranges and document numbers never count
 * (the shared year analysis tells them apart).
 */
function firstYear(text: string, citations = false): number | null {
  const ms = analyzeYears(text, { reportingYear: 0 });
  const m = ms.find((y) => !FIXED_YEAR_ROLES.has(y.role) && y.year !== null);
  // A title 「解读《聊城市2024年法治政府建设工作计划》」 is about the year of what it quotes.
  const quoted = citations ? ms.find((y) => y.role === 'citation' && y.year !== null && y.endYear === y.year) : undefined;
  return m?.year ?? quoted?.year ?? null;
}

export function reportYearOf(input: {
  title: string;
  headings: readonly string[];
  lines: readonly string[];
  date: string | null;
}): number | null {
  const inTitle = firstYear(input.title, true);
  if (inTitle !== null) return inTitle;
  for (const h of input.headings) {
    const y = firstYear(h);
    if (y !== null) return roleOfHeading(h) === 'plans' ? y - 1 : y;
  }
  for (const line of input.lines.slice(0, 8)) {
    const period = /统计期限自\s*(\d{4})\s*年/u.exec(line) ?? /^(\d{4})\s*年(度)?[，,以是]/u.exec(line);
    if (period) return Number(period[1]);
  }
  if (input.date) {
    const [y, m] = input.date.split('-').map(Number);
    return m! <= 4 ? y! - 1 : y!;
  }
  return null;
}

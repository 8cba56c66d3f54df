import type { SearchHit, SearchInput, SearchResult } from '../../../shared/search-schema';
import type { Db } from '../../db/connection';
import { buildSnippet } from './search-snippet';

/** The trigram index answers terms of three or more characters; shorter ones need a scan. */
export const MIN_INDEXED_CHARS = 3;

interface HitRow {
  section_id: string;
  report_id: string;
  heading: string;
  plain_text: string;
  part_id: string | null;
  title: string;
  year: number;
  agency: string;
}

/** Splits on white space; a term is matched as an exact substring (Chinese has no word breaks). */
export function searchTerms(query: string): string[] {
  return [...new Set(query.split(/\s+/u).filter(Boolean))];
}

/** A LIKE pattern matching the term anywhere, with LIKE's wildcards taken literally. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** An FTS5 phrase: double quotes inside are doubled, so user input is never query syntax. */
const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/**
 * Full-text search over the current text of every report. Long terms go through the FTS5 trigram
 * index; one- and two-character terms are checked with LIKE on the rows (the fallback the
 * trigram tokenizer needs), and alone they scan the table.
 */
export function createSearchService(db: Db) {
  return {
    search(input: SearchInput): SearchResult {
      const terms = searchTerms(input.query);
      const long = terms.filter((t) => [...t].length >= MIN_INDEXED_CHARS);
      const short = terms.filter((t) => [...t].length < MIN_INDEXED_CHARS);
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, ...values: unknown[]) => {
        where.push(clause);
        params.push(...values);
      };
      if (long.length) add('s.rowid IN (SELECT rowid FROM sections_fts WHERE sections_fts MATCH ?)', long.map(ftsPhrase).join(' AND '));
      for (const t of short) add("(s.plain_text LIKE ? ESCAPE '\\' OR s.heading LIKE ? ESCAPE '\\')", likePattern(t), likePattern(t));
      if (input.year !== null) add('r.year = ?', input.year);
      if (input.kind !== null) add("json_extract(r.template_snapshot, '$.kind') = ?", input.kind);
      if (input.agency) add('instr(r.agency, ?) > 0', input.agency);
      if (input.partId !== null) add('coalesce(p.part_id, s.part_id) = ?', input.partId);
      const rows = db
        .prepare(
          `SELECT s.id AS section_id, s.report_id, s.heading, s.plain_text, coalesce(p.part_id, s.part_id) AS part_id,
                  r.title, r.year, r.agency
           FROM sections s JOIN reports r ON r.id = s.report_id LEFT JOIN sections p ON p.id = s.parent_id
           WHERE ${where.join(' AND ')}
           LIMIT ?`,
        )
        .all(...params, input.limit + 1) as HitRow[];
      const hits = rows.slice(0, input.limit).map((r) => toHit(r, terms));
      // Newest year first: last year's report is the one users copy from most.
      hits.sort((a, b) => b.year - a.year);
      return { hits, truncated: rows.length > input.limit, mode: long.length ? 'index' : 'scan' };
    },
  };
}

function toHit(r: HitRow, terms: string[]): SearchHit {
  const inText = terms.some((t) => r.plain_text.toLowerCase().includes(t.toLowerCase()));
  const { snippet, paragraph } = buildSnippet(inText ? r.plain_text : r.heading, terms);
  return {
    reportId: r.report_id,
    reportTitle: r.title,
    year: r.year,
    agency: r.agency,
    sectionId: r.section_id,
    heading: r.heading,
    partId: r.part_id,
    snippet,
    paragraph,
  };
}

export type SearchService = ReturnType<typeof createSearchService>;

import { SearchInputSchema, SearchResultSchema } from './search-schema';

/** Full-text search across every report (issue 6); spread at the end of the contract. */
export const searchContract = {
  'search.query': { input: SearchInputSchema, output: SearchResultSchema },
} as const;

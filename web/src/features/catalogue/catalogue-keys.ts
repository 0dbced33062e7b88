/** Query keys of the public catalogue pages (kept beside them; all start with 'catalogue'). */
import type { SearchQuery } from './types';

export const catalogueKeys = {
  codeLists: ['catalogue', 'code-lists'] as const,
  home: ['catalogue', 'home'] as const,
  search: (query: SearchQuery) => ['catalogue', 'search', query] as const,
  suggest: (q: string) => ['catalogue', 'suggest', q] as const,
  guide: (code: string) => ['catalogue', 'guide', code] as const,
  bundle: (code: string) => ['catalogue', 'bundle', code] as const,
};

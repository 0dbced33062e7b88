/**
 * The search page's state lives in its URL (/search?q=…&theme=P01&page=2), so a search can be shared and
 * the back button works. Values the server would refuse are dropped rather than sent. Pure, unit-tested.
 */
import type { Audience, SearchQuery } from './types';

export interface SearchFilters {
  q?: string;
  audience?: Audience;
  departmentId?: string;
  theme?: string;
  itemType?: string;
  /** The least 网办深度等级 (0–4). */
  onlineLevel?: number;
  /** At most this many trips to the office (0 = 零跑动, 1 = 最多跑一次). */
  maxVisits?: number;
  /** 1-based. */
  page: number;
}

export const PAGE_SIZE = 20;
/** The server reads at most offset 10000. */
const MAX_PAGE = Math.floor(10_000 / PAGE_SIZE) + 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const THEME = /^[PE][0-9]{2}$/;
const ITEM_TYPE = /^[0-9]{2}$/;

function intIn(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d{1,4}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

const when = <T>(ok: boolean, value: T): T | undefined => (ok ? value : undefined);

export function parseSearchParams(params: URLSearchParams): SearchFilters {
  const q = params.get('q')?.trim().slice(0, 100);
  const audience = params.get('audience');
  const departmentId = params.get('departmentId') ?? '';
  const theme = params.get('theme') ?? '';
  const itemType = params.get('itemType') ?? '';
  return {
    q: q || undefined,
    audience: audience === 'person' || audience === 'enterprise' ? audience : undefined,
    departmentId: when(UUID.test(departmentId), departmentId.toLowerCase()),
    theme: when(THEME.test(theme), theme),
    itemType: when(ITEM_TYPE.test(itemType), itemType),
    onlineLevel: intIn(params.get('onlineLevel'), 0, 4),
    maxVisits: intIn(params.get('maxVisits'), 0, 9),
    page: intIn(params.get('page'), 1, MAX_PAGE) ?? 1,
  };
}

/** The URL query of some filters, in a fixed order; empty values and page 1 are left out. */
export function toSearchParams(filters: Partial<SearchFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  if (filters.audience) params.set('audience', filters.audience);
  if (filters.departmentId) params.set('departmentId', filters.departmentId);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.itemType) params.set('itemType', filters.itemType);
  if (filters.onlineLevel !== undefined) params.set('onlineLevel', String(filters.onlineLevel));
  if (filters.maxVisits !== undefined) params.set('maxVisits', String(filters.maxVisits));
  if (filters.page !== undefined && filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** `/search?…` for some filters (used by links on the home pages). */
export function searchPath(filters: Partial<SearchFilters>): string {
  const query = toSearchParams(filters).toString();
  return query ? `/search?${query}` : '/search';
}

/** The API query of the filters. */
export function toApiQuery(filters: SearchFilters): SearchQuery {
  const query: SearchQuery = { limit: PAGE_SIZE, offset: (filters.page - 1) * PAGE_SIZE };
  if (filters.q) query.q = filters.q;
  if (filters.audience) query.audience = filters.audience;
  if (filters.departmentId) query.departmentId = filters.departmentId;
  if (filters.theme) query.theme = filters.theme;
  if (filters.itemType) query.itemType = filters.itemType;
  if (filters.onlineLevel !== undefined) query.onlineLevel = filters.onlineLevel;
  if (filters.maxVisits !== undefined) query.maxVisits = filters.maxVisits;
  return query;
}

/** Whether anything narrows the search beyond the words (for the 清除筛选 button). */
export function hasFilters(filters: SearchFilters): boolean {
  return (
    filters.audience !== undefined ||
    filters.departmentId !== undefined ||
    filters.theme !== undefined ||
    filters.itemType !== undefined ||
    filters.onlineLevel !== undefined ||
    filters.maxVisits !== undefined
  );
}

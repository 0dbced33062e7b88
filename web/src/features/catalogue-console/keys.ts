/** Query keys of the catalogue console, in one place so invalidation after a write is easy to get right. */
import type { ConsoleItemsQuery } from './types';

export const catalogueKeys = {
  all: ['catalogue-console'] as const,
  itemsAll: ['catalogue-console', 'items'] as const,
  items: (query: ConsoleItemsQuery) => ['catalogue-console', 'items', 'list', query] as const,
  item: (id: string) => ['catalogue-console', 'items', 'detail', id] as const,
  version: (id: string) => ['catalogue-console', 'versions', id] as const,
  diff: (from: string, to: string) => ['catalogue-console', 'diff', from, to] as const,
  bundles: ['catalogue-console', 'bundles'] as const,
  mappings: (integration: string) => ['catalogue-console', 'code-mappings', integration] as const,
};

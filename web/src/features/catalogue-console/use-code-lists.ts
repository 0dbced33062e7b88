/** The national code lists with labels (GET /api/catalogue/code-lists): every code → label in the console. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './keys';
import type { CodeEntry, CodeListKey, CodeLists } from './types';

export function useCodeLists() {
  return useQuery({
    queryKey: catalogueKeys.codeLists,
    queryFn: async (): Promise<CodeLists> => (await unwrap(api.GET('/api/catalogue/code-lists'))).lists,
    staleTime: Infinity,
  });
}

/** The entries of one list (empty while loading). */
export function useCodeList(key: CodeListKey): CodeEntry[] {
  return useCodeLists().data?.[key] ?? [];
}

/** code → label for one list; the code itself when unknown. */
export function useCodeLabel(): (key: CodeListKey, code: string) => string {
  const lists = useCodeLists().data;
  return (key, code) => lists?.[key]?.find((e) => e.code === code)?.label ?? code;
}

/** The catalogue code lists (GET /api/catalogue/code-lists) and a code → label lookup over them. */
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './catalogue-keys';
import type { CodeLists } from './types';

export type CodeListKey =
  | 'item_type'
  | 'audience'
  | 'handling_form'
  | 'case_type'
  | 'result_type'
  | 'online_level'
  | 'online_depth'
  | 'contact_method'
  | 'material_kind'
  | 'material_format'
  | 'source_channel'
  | 'person_theme'
  | 'enterprise_theme'
  | 'exercise_level'
  | 'power_source'
  | 'subject_nature'
  | 'service_scope';

export function useCodeLists() {
  return useQuery({
    queryKey: catalogueKeys.codeLists,
    queryFn: async (): Promise<CodeLists> => (await unwrap(api.GET('/api/catalogue/code-lists'))).lists,
    staleTime: Infinity,
  });
}

/** `label('item_type', '01')` → 行政许可; the code itself while the lists load or when it is unknown. */
export function useCodeLabel(): (list: CodeListKey, code: string) => string {
  const { data } = useCodeLists();
  return useCallback((list, code) => data?.[list]?.find((e) => e.code === code)?.label ?? code, [data]);
}

/** The entries of one list, empty while loading. */
export function useCodeList(list: CodeListKey): Array<{ code: string; label: string }> {
  const { data } = useCodeLists();
  return data?.[list] ?? [];
}

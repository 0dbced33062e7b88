/** 导入导出: download an export, import a file, read and save code mappings of an integration. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { exportFileName, type ExchangeFormat } from './exchange-helpers';
import { catalogueKeys } from './keys';
import type { CodeMapping, CodeMappingInput } from './types';

export type ExportVersions = 'published' | 'latest';

/** Save a Blob under a file name through a temporary link. */
function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useExport() {
  return useMutation({
    mutationFn: async (input: { format: ExchangeFormat; integration?: string; versions: ExportVersions }): Promise<string> => {
      const query = { format: input.format, versions: input.versions, ...(input.integration ? { integration: input.integration } : {}) };
      const blob = await unwrap(api.GET('/api/console/catalogue/export', { params: { query }, parseAs: 'blob' }));
      const fileName = exportFileName(input.format, new Date(), input.integration);
      saveBlob(blob, fileName);
      return fileName;
    },
  });
}

export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { format: ExchangeFormat; integration?: string; data: string }) =>
      unwrap(api.POST('/api/console/catalogue/import', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.itemsAll }),
  });
}

/** Mappings of one integration; with '' every integration's (to list the integrations). */
export function useCodeMappings(integration: string) {
  return useQuery({
    queryKey: catalogueKeys.mappings(integration),
    queryFn: async (): Promise<CodeMapping[]> =>
      (await unwrap(api.GET('/api/console/catalogue/code-mappings', { params: { query: integration ? { integration } : {} } }))).items,
  });
}

export function useSaveMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CodeMappingInput) => unwrap(api.PUT('/api/console/catalogue/code-mappings', { body })),
    onSuccess: (_data, body) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogueKeys.mappings(body.integration) }),
        queryClient.invalidateQueries({ queryKey: catalogueKeys.mappings('') }),
      ]),
  });
}

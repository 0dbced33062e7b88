/** Upload a catalogue file (blank form, filled sample, result sample): read in the browser, sent as base64. */
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { bytesToBase64 } from './file-base64';
import type { FileMeta } from './types';

export function useUploadFile() {
  return useMutation({
    mutationFn: async (file: File): Promise<FileMeta> => {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      return unwrap(api.POST('/api/console/catalogue/files', { body: { fileName: file.name, contentBase64 } }));
    },
  });
}

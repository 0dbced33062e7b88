/** Bytes → base64 for the upload body (chunked, so a 10 MB file does not overflow the argument list). */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** The largest file the server takes (catalogue-files.ts MAX_FILE_BYTES). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

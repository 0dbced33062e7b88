/**
 * Upload one file to POST /api/uploads as its raw bytes (application/octet-stream) with XMLHttpRequest,
 * because fetch cannot report upload progress. Sends the session's CSRF token like every other write
 * (see api/client.ts) and turns failures into the same ApiError the rest of the app uses.
 */
import { ApiError, NETWORK_ERROR, toApiError } from '../../api/errors';

export interface UploadedFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  /** SHA-256 of the bytes, hex; the applicant can compare it with their own copy */
  sha256: string;
  scanStatus: 'not_scanned' | 'clean';
  createdAt: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100 */
  percent: number;
}

export interface UploadOptions {
  /** defaults to the file's own name */
  fileName?: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** the CSRF token; read from GET /api/auth/session when not given */
  csrfToken?: string;
  /** tests pass a fake */
  createRequest?: () => XMLHttpRequest;
  /** tests pass a fake */
  fetchSession?: () => Promise<{ csrfToken?: string }>;
}

/** The server's file types (checked again there, from the content). */
export const UPLOAD_EXTENSIONS = ['pdf', 'ofd', 'jpg', 'jpeg', 'png'] as const;
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const UPLOAD_ABORTED = 'UPLOAD_ABORTED';

async function sessionCsrfToken(fetchSession?: UploadOptions['fetchSession']): Promise<string | undefined> {
  if (fetchSession) return (await fetchSession()).csrfToken;
  const response = await fetch('/api/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) return undefined;
  return ((await response.json()) as { csrfToken?: string }).csrfToken;
}

function errorOf(xhr: XMLHttpRequest): ApiError {
  let body: unknown;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    body = undefined;
  }
  return toApiError(body, { status: xhr.status } as Response);
}

export async function uploadFile(file: Blob & { name?: string }, options: UploadOptions = {}): Promise<UploadedFile> {
  const fileName = options.fileName ?? file.name ?? 'file';
  let token = options.csrfToken;
  if (token === undefined) {
    try {
      token = await sessionCsrfToken(options.fetchSession);
    } catch (cause) {
      throw new ApiError({ code: NETWORK_ERROR, message: '网络连接失败，请检查网络后重试', status: 0, details: String(cause) });
    }
  }
  return new Promise<UploadedFile>((resolve, reject) => {
    const xhr = options.createRequest ? options.createRequest() : new XMLHttpRequest();
    xhr.open('POST', `/api/uploads?fileName=${encodeURIComponent(fileName)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      options.onProgress?.({
        loaded: event.loaded,
        total,
        percent: total > 0 ? Math.min(100, Math.round((event.loaded / total) * 100)) : 0,
      });
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadedFile);
        } catch {
          reject(errorOf(xhr));
        }
      } else {
        reject(errorOf(xhr));
      }
    };
    xhr.onerror = () => reject(new ApiError({ code: NETWORK_ERROR, message: '网络连接失败，请检查网络后重试', status: 0 }));
    xhr.onabort = () => reject(new ApiError({ code: UPLOAD_ABORTED, message: '已取消上传', status: 0 }));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new ApiError({ code: UPLOAD_ABORTED, message: '已取消上传', status: 0 }));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}

/** `a1b2c3d4…9f0e`: enough to compare by eye; the full value goes in a tooltip. */
export function shortSha256(hex: string): string {
  return hex.length > 12 ? `${hex.slice(0, 8)}…${hex.slice(-4)}` : hex;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Whether a file name has one of the extensions (case-insensitive). */
export function hasExtension(fileName: string, extensions: readonly string[]): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && extensions.includes(fileName.slice(dot + 1).toLowerCase());
}

/** The `accept` attribute for a file input: `.pdf,.ofd,…` */
export function acceptAttribute(extensions: readonly string[]): string {
  return extensions.map((e) => `.${e}`).join(',');
}

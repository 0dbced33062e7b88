import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { acceptAttribute, formatBytes, hasExtension, shortSha256, uploadFile, type UploadProgress } from './upload-file';

/** Just enough of XMLHttpRequest to drive uploadFile: records what was sent, lets the test answer. */
class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  withCredentials = false;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  aborted = false;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

const uploaded = {
  id: '6f1c4f1e-9d7a-4c55-8a61-0d7f4b2d2f10',
  fileName: '营业执照.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 5,
  sha256: 'a'.repeat(64),
  scanStatus: 'not_scanned',
  createdAt: '2026-03-02T01:00:00.000Z',
};

async function started(file: Blob & { name?: string }, extra: Parameters<typeof uploadFile>[1] = {}) {
  const xhr = new FakeXhr();
  const progress: UploadProgress[] = [];
  const promise = uploadFile(file, {
    createRequest: () => xhr as unknown as XMLHttpRequest,
    fetchSession: async () => ({ csrfToken: 'token-123' }),
    onProgress: (p) => progress.push(p),
    ...extra,
  });
  await new Promise((r) => setTimeout(r, 0)); // the session is read before the request opens
  return { xhr, progress, promise };
}

describe('uploadFile (XHR)', () => {
  it('posts the raw bytes with the name in the query, the CSRF token, and reports progress', async () => {
    const file = Object.assign(new Blob(['%PDF-']), { name: '营业执照 (副本).pdf' });
    const { xhr, progress, promise } = await started(file);
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/api/uploads?fileName=${encodeURIComponent('营业执照 (副本).pdf')}`);
    expect(xhr.headers['content-type']).toBe('application/octet-stream');
    expect(xhr.headers['x-csrf-token']).toBe('token-123');
    expect(xhr.body).toBe(file);
    xhr.upload.onprogress?.({ loaded: 2, total: 5, lengthComputable: true });
    xhr.upload.onprogress?.({ loaded: 5, total: 5, lengthComputable: true });
    xhr.answer(201, uploaded);
    await expect(promise).resolves.toEqual(uploaded);
    expect(progress.map((p) => p.percent)).toEqual([40, 100]);
  });

  it('uses a given token without asking for the session', async () => {
    let asked = false;
    const { xhr, promise } = await started(new Blob(['x']), {
      csrfToken: 'given',
      fetchSession: async () => {
        asked = true;
        return {};
      },
    });
    expect(xhr.headers['x-csrf-token']).toBe('given');
    expect(asked).toBe(false);
    xhr.answer(201, uploaded);
    await promise;
  });

  it("turns the server's error body into an ApiError with its code and Chinese message", async () => {
    const { xhr, promise } = await started(new Blob(['MZ']));
    xhr.answer(415, { code: 'UNSUPPORTED_FILE_TYPE', message: '仅支持 PDF、OFD、JPG、PNG 文件', requestId: 'r1' });
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', status: 415, message: '仅支持 PDF、OFD、JPG、PNG 文件' });
  });

  it('reports a proxy page, a network failure and a cancelled upload with codes of their own', async () => {
    const proxy = await started(new Blob(['x']));
    proxy.xhr.answer(502, '<html>Bad Gateway</html>');
    await expect(proxy.promise).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 502 });

    const network = await started(new Blob(['x']));
    network.xhr.onerror?.();
    await expect(network.promise).rejects.toMatchObject({ code: 'NETWORK_ERROR' });

    const controller = new AbortController();
    const cancelled = await started(new Blob(['x']), { signal: controller.signal });
    controller.abort();
    expect(cancelled.xhr.aborted).toBe(true);
    await expect(cancelled.promise).rejects.toMatchObject({ code: 'UPLOAD_ABORTED' });
  });
});

describe('helpers', () => {
  it('shortens a SHA-256 for display', () => {
    expect(shortSha256('0123456789abcdef'.repeat(4))).toBe('01234567…cdef');
  });
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(20 * 1024 * 1024)).toBe('20.0 MB');
  });
  it('checks extensions and builds the accept attribute', () => {
    expect(hasExtension('身份证.JPG', ['jpg', 'png'])).toBe(true);
    expect(hasExtension('setup.exe', ['pdf'])).toBe(false);
    expect(hasExtension('pdf', ['pdf'])).toBe(false);
    expect(acceptAttribute(['pdf', 'ofd'])).toBe('.pdf,.ofd');
  });
});

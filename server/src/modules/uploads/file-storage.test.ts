import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createFileStorage, LocalFileStorage, newStorageKey, S3FileStorage, StoredFileMissingError } from './file-storage.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-storage-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('LocalFileStorage', () => {
  it('writes and reads back bytes under a generated key, leaving no temporary file', async () => {
    const storage = new LocalFileStorage(dir);
    const key = newStorageKey(new Date('2026-03-02T01:00:00Z'));
    expect(key).toMatch(/^2026\/03\/[0-9a-f-]{36}$/);
    const bytes = Buffer.from('%PDF-1.7 申请材料');
    await storage.put(key, bytes);
    expect((await storage.get(key)).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.join(dir, '2026', '03'))).toEqual([key.split('/')[2]]);
  });

  it('reports a missing key', async () => {
    const storage = new LocalFileStorage(dir);
    await expect(storage.get('2026/03/00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('refuses keys that could leave the folder', async () => {
    const storage = new LocalFileStorage(dir);
    for (const key of ['../escape', '/etc/passwd', 'a/../../b', 'a//b', 'UPPER', '']) {
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/invalid storage key/);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('createFileStorage', () => {
  it('is local in DATA_DIR/uploads by default, UPLOAD_DIR when set', () => {
    const config = loadConfig({ DATA_DIR: dir });
    expect(config.storage).toEqual({ kind: 'local', uploadDir: path.join(dir, 'uploads'), s3: undefined });
    expect(createFileStorage(config).kind).toBe('local');
    expect(loadConfig({ UPLOAD_DIR: '/srv/ow-files' }).storage.uploadDir).toBe('/srv/ow-files');
  });

  it('is S3 with STORAGE=s3, and the configuration checks what S3 needs', () => {
    const config = loadConfig({
      STORAGE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'onewindow',
      S3_ACCESS_KEY_ID: 'ak',
      S3_SECRET_ACCESS_KEY: 'sk',
    });
    expect(config.storage.s3).toEqual({
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      bucket: 'onewindow',
      accessKeyId: 'ak',
      secretAccessKey: 'sk',
      forcePathStyle: true,
    });
    expect(createFileStorage(config)).toBeInstanceOf(S3FileStorage);
    expect(() => loadConfig({ STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'ak' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ STORAGE: 'ftp' })).toThrow(/STORAGE/);
    expect(() => loadConfig({ UPLOAD_MAX_BYTES: '12MB' })).toThrow(/UPLOAD_MAX_BYTES/);
    expect(() => loadConfig({ CLAMAV_HOST: 'clamd', CLAMAV_PORT: '0' })).toThrow(/CLAMAV_PORT/);
    expect(loadConfig({}).uploadMaxBytes).toBe(20 * 1024 * 1024);
  });
});

describe('S3FileStorage', () => {
  /** A fake S3-compatible store on 127.0.0.1 (path-style: /bucket/key), like MinIO. */
  async function fakeS3() {
    const objects = new Map<string, Buffer>();
    const requests: { method: string; url: string; authorization: string | undefined }[] = [];
    const server = http.createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (d: Buffer) => parts.push(d));
      req.on('end', () => {
        requests.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
        const key = decodeURIComponent(req.url!.split('?')[0]!);
        if (req.method === 'PUT') {
          objects.set(key, Buffer.concat(parts));
          res.writeHead(200, { etag: '"e"' }).end();
        } else if (req.method === 'GET' && objects.has(key)) {
          const body = objects.get(key)!;
          res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length }).end(body);
        } else {
          res
            .writeHead(404, { 'content-type': 'application/xml' })
            .end(
              '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
            );
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    return { objects, requests, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  it('puts and gets objects path-style with signed requests; a missing key is StoredFileMissingError', async () => {
    const s3 = await fakeS3();
    try {
      const storage = new S3FileStorage({
        endpoint: `http://127.0.0.1:${s3.port}`,
        region: 'cn-north-1',
        bucket: 'onewindow',
        accessKeyId: 'AKTEST',
        secretAccessKey: 'secret',
        forcePathStyle: true,
      });
      const key = newStorageKey(new Date('2026-03-02T01:00:00Z'));
      const bytes = Buffer.from('%PDF-1.7 材料');
      await storage.put(key, bytes);
      expect(s3.objects.get(`/onewindow/${key}`)?.equals(bytes)).toBe(true);
      expect((await storage.get(key)).equals(bytes)).toBe(true);
      expect(s3.requests[0]!.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKTEST\/\d{8}\/cn-north-1\/s3\/aws4_request/);
      await expect(storage.get('2026/03/00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(StoredFileMissingError);
      await expect(storage.put('../x', bytes)).rejects.toThrow(/invalid storage key/);
    } finally {
      await s3.close();
    }
  });
});

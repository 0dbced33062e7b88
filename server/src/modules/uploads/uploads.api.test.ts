// POST /api/uploads (raw bytes) and GET /api/uploads/:id[/meta]: type from content, size limit, virus scan,
// owner-only reading, audit.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFromResponse, createTestApp, type Caller, type TestContext } from '../../../test/helpers.js';
import { PASSWORD, randomIdNumber, randomMobile } from '../../../test/factories.js';
import { EICAR, sampleDocx, sampleExe, sampleOfd, samplePdf, samplePng } from './test-files.js';
import { noVirusScanner, type VirusScanner } from './virus-scan.js';

const MAX = 4096;
let scanner: VirusScanner = noVirusScanner;
/** Delegates to `scanner`, so one test can switch scanning on. */
const switchable: VirusScanner = {
  get kind() {
    return scanner.kind;
  },
  scan: (bytes) => scanner.scan(bytes),
};
const fakeClamd: VirusScanner = {
  kind: 'clamd',
  scan: async (bytes) => (bytes.includes(EICAR) ? { clean: false, signature: 'Win.Test.EICAR_HDB-1' } : { clean: true }),
};

let t: TestContext;
let alice: Caller;
let bob: Caller;

async function registerPerson(name: string): Promise<Caller> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/register/person',
    payload: { name, idNumber: randomIdNumber(), mobile: randomMobile(), password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(201);
  return callerFromResponse(res);
}

beforeAll(async () => {
  t = await createTestApp({ UPLOAD_MAX_BYTES: String(MAX) }, { scanner: switchable });
  alice = await registerPerson('王小明');
  bob = await registerPerson('李小红');
});
afterAll(() => t.close());

function upload(caller: Caller | null, fileName: string, bytes: Buffer, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/uploads?fileName=${encodeURIComponent(fileName)}`,
    headers: { ...(caller?.headers ?? {}), 'content-type': 'application/octet-stream', ...headers },
    payload: bytes,
  });
}

const get = (url: string, caller: Caller | null) => t.app.inject({ method: 'GET', url, headers: caller?.headers ?? {} });
const countUploads = async () =>
  Number(
    (
      await t.db
        .selectFrom('uploads')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const storedFiles = () =>
  (fs.readdirSync(t.uploadDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(t.uploadDir, f)).isFile());

describe('POST /api/uploads', () => {
  it('stores a PDF, returns its SHA-256 and records the upload with an audit record', async () => {
    const bytes = samplePdf();
    const res = await upload(alice, '营业执照.pdf', bytes);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      fileName: '营业执照.pdf',
      mediaType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      scanStatus: 'not_scanned',
      createdAt: t.clock.now().toISOString(),
    });

    const row = await t.db.selectFrom('uploads').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.owner_account_id).toBe(alice.accountId);
    expect(row.storage_key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(row.storage_key).not.toContain('营业执照');
    expect(fs.readFileSync(path.join(t.uploadDir, row.storage_key)).equals(bytes)).toBe(true);
    expect(storedFiles().some((f) => f.endsWith('.tmp'))).toBe(false);

    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', body.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'upload.create', actor_id: alice.accountId, target_type: 'upload' });
    expect(audit[0]!.detail).toMatchObject({ fileName: '营业执照.pdf', sha256: body.sha256, sizeBytes: bytes.length });
  });

  it('accepts OFD and PNG by content', async () => {
    const ofd = await upload(alice, '电子证照.ofd', sampleOfd());
    expect(ofd.statusCode, ofd.body).toBe(201);
    expect(ofd.json().mediaType).toBe('application/ofd');
    const png = await upload(alice, '照片.png', samplePng());
    expect(png.json().mediaType).toBe('image/png');
  });

  it('refuses an executable, a Word file named .ofd and a PDF named .exe with 415, storing nothing', async () => {
    const before = { rows: await countUploads(), files: storedFiles().length };
    for (const [name, bytes] of [
      ['setup.exe', sampleExe()],
      ['申请书.pdf', sampleExe()],
      ['材料.ofd', sampleDocx()],
      ['材料.exe', samplePdf()],
    ] as const) {
      const res = await upload(alice, name, bytes);
      expect(res.statusCode, name).toBe(415);
      expect(res.json().code).toBe('UNSUPPORTED_FILE_TYPE');
      expect(res.json().message).toContain('PDF');
    }
    expect(await countUploads()).toBe(before.rows);
    expect(storedFiles()).toHaveLength(before.files);
  });

  it('refuses a file over UPLOAD_MAX_BYTES with 413 FILE_TOO_LARGE; exactly the limit is fine', async () => {
    const big = samplePdf('x'.repeat(MAX));
    const res = await upload(alice, '大文件.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FILE_TOO_LARGE');
    expect(res.json().message).toContain('MB');
    const base = samplePdf();
    const exact = samplePdf('%'.repeat(MAX - base.length));
    expect(exact.length).toBe(MAX);
    expect((await upload(alice, '刚好.pdf', exact)).statusCode).toBe(201);
  });

  it('refuses an empty file, a bad name and a missing name with 400', async () => {
    const empty = await upload(alice, '空.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('VALIDATION_FAILED');
    expect((await upload(alice, '../../etc/passwd.pdf', samplePdf())).statusCode).toBe(400);
    const noName = await t.app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: { ...alice.headers, 'content-type': 'application/octet-stream' },
      payload: samplePdf(),
    });
    expect(noName.statusCode).toBe(400);
  });

  it('requires login, the CSRF token and application/octet-stream', async () => {
    expect((await upload(null, 'a.pdf', samplePdf())).statusCode).toBe(401);
    const noCsrf = await upload(null, 'a.pdf', samplePdf(), { cookie: alice.cookie });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF_REJECTED');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/uploads?fileName=a.pdf',
      headers: { ...alice.headers, 'content-type': 'application/json' },
      payload: { contentBase64: samplePdf().toString('base64') },
    });
    expect(json.statusCode).toBe(415);
  });

  it('with a virus scanner: clean files are marked clean; an infected file is refused with 422, not stored, and audited', async () => {
    scanner = fakeClamd;
    try {
      const clean = await upload(alice, '干净.pdf', samplePdf());
      expect(clean.statusCode).toBe(201);
      expect(clean.json().scanStatus).toBe('clean');

      const before = { rows: await countUploads(), files: storedFiles().length };
      const infected = await upload(alice, '病毒.pdf', samplePdf(`${EICAR}\n`));
      expect(infected.statusCode).toBe(422);
      expect(infected.json()).toMatchObject({ code: 'FILE_INFECTED', details: { signature: 'Win.Test.EICAR_HDB-1' } });
      expect(await countUploads()).toBe(before.rows);
      expect(storedFiles()).toHaveLength(before.files);
      const audit = await t.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'upload.refused_infected')
        .executeTakeFirstOrThrow();
      expect(audit.actor_id).toBe(alice.accountId);
      expect(audit.detail).toMatchObject({ fileName: '病毒.pdf', signature: 'Win.Test.EICAR_HDB-1' });
    } finally {
      scanner = noVirusScanner;
    }
  });
});

describe('GET /api/uploads/:id and /meta', () => {
  let id: string;
  const bytes = samplePdf('% 申请材料\n');
  beforeAll(async () => {
    id = (await upload(alice, '申请材料 (1).pdf', bytes)).json().id;
  });

  it('gives the owner the bytes as an attachment, never sniffed or cached', async () => {
    const res = await get(`/api/uploads/${id}`, alice);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('申请材料 (1).pdf')}`);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('gives the owner the metadata', async () => {
    const res = await get(`/api/uploads/${id}/meta`, alice);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, fileName: '申请材料 (1).pdf', sizeBytes: bytes.length });
  });

  it('refuses anybody else: another person 403, anonymous 401, unknown id 404, bad id 400', async () => {
    for (const url of [`/api/uploads/${id}`, `/api/uploads/${id}/meta`]) {
      const other = await get(url, bob);
      expect(other.statusCode, url).toBe(403);
      expect(other.body).not.toContain('%PDF');
      expect((await get(url, null)).statusCode).toBe(401);
    }
    const unknown = await get('/api/uploads/00000000-0000-4000-8000-000000000000', alice);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('NOT_FOUND');
    expect((await get('/api/uploads/00000000-0000-4000-8000-000000000000/meta', alice)).statusCode).toBe(404);
    expect((await get('/api/uploads/not-a-uuid', alice)).statusCode).toBe(400);
  });

  it('answers 404 when the stored bytes have gone missing', async () => {
    const res = await upload(alice, '将丢失.pdf', samplePdf());
    const row = await t.db.selectFrom('uploads').select('storage_key').where('id', '=', res.json().id).executeTakeFirstOrThrow();
    fs.rmSync(path.join(t.uploadDir, row.storage_key));
    expect((await get(`/api/uploads/${res.json().id}`, alice)).statusCode).toBe(404);
  });
});

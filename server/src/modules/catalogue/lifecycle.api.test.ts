/**
 * The item lifecycle through HTTP: draft → submit (quality rules) → approve → publish → new version →
 * diff → publish v2 (v1 superseded) → withdraw; separation of duties; immutability of published
 * versions (also against direct SQL); department scope; bad input.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { ensureDivision, makeDepartment, makeStaff, PASSWORD } from '../../../test/factories.js';
import type { ItemContent } from './item-content.js';
import { validItemContent } from './test-fixtures.js';

/** The fixture without attachments (its file ids do not exist in this database). */
function content(overrides: Partial<ItemContent> = {}): ItemContent {
  const c = validItemContent(overrides);
  return { ...c, materials: c.materials.map((m) => ({ ...m, blankFormFileId: null, sampleFileId: null })) };
}

let t: TestContext;
let editor: Caller;
let otherEditor: Caller;
let reviewer: Caller;
let publisher: Caller;
let reviewerPublisher: Caller;
let departmentId: string;

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  await ensureDivision(t.db);
  departmentId = (await makeDepartment(t.db)).id;
  const other = await makeDepartment(t.db);
  const as = async (dept: string, roles: string[]) =>
    login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept, roles })).username, PASSWORD);
  editor = await as(departmentId, ['catalogue_editor']);
  otherEditor = await as(other.id, ['catalogue_editor']);
  reviewer = await as(other.id, ['catalogue_reviewer']);
  publisher = await as(other.id, ['catalogue_publisher']);
  reviewerPublisher = await as(other.id, ['catalogue_reviewer', 'catalogue_publisher']);
});
afterAll(() => t.close());

const call = (caller: Caller | null, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller?.headers ?? {}, ...(payload ? { payload } : {}) });

let code = 1000;
const nextCode = () => `11990100MB0000011T${++code}000000000`;

async function createDraft(overrides = {}) {
  const res = await call(editor, 'POST', '/api/console/catalogue/items', {
    implementationCode: nextCode(),
    departmentId,
    content: content({ resultSampleFileId: null, ...overrides }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    id: string;
    itemId: string;
    implementationCode: string;
    quality: { ok: boolean; problems: Array<{ rule: string }> };
  };
}

async function uploadSample(): Promise<string> {
  const res = await call(editor, 'POST', '/api/console/catalogue/files', {
    fileName: '食品经营许可证（样本）.pdf',
    contentBase64: Buffer.from('%PDF-1.7\n% sample\n').toString('base64'),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function publishFlow(versionId: string) {
  expect((await call(editor, 'POST', `/api/console/catalogue/versions/${versionId}/submit`)).statusCode).toBe(200);
  expect((await call(reviewer, 'POST', `/api/console/catalogue/versions/${versionId}/approve`, { comment: '要素齐全' })).statusCode).toBe(
    200,
  );
  const res = await call(publisher, 'POST', `/api/console/catalogue/versions/${versionId}/publish`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('item lifecycle', () => {
  it('refuses to submit a draft that breaks the quality rules, listing every problem', async () => {
    const draft = await createDraft({ visits: 1, visitsReason: '', consultPhone: '12345' });
    expect(draft.quality.ok).toBe(false);
    const res = await call(editor, 'POST', `/api/console/catalogue/versions/${draft.id}/submit`);
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('CATALOGUE_QUALITY_FAILED');
    const rules = res.json().details.problems.map((p: { rule: string }) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['Q03', 'Q05', 'Q07', 'Q10']));
    const row = await t.db.selectFrom('item_versions').select('status').where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  });

  it('goes draft → review → publish with separate people, then versions immutably, diffs and withdraws', async () => {
    const draft = await createDraft();
    const sampleId = await uploadSample();
    const saved = await call(editor, 'PUT', `/api/console/catalogue/versions/${draft.id}`, {
      content: content({ resultSampleFileId: sampleId }),
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().quality).toEqual({ ok: true, problems: [] });

    // the submitter may not review; a reviewer may not publish what they approved
    expect((await call(editor, 'POST', `/api/console/catalogue/versions/${draft.id}/submit`)).statusCode).toBe(200);
    expect((await call(editor, 'POST', `/api/console/catalogue/versions/${draft.id}/approve`, {})).json().code).toBe('FORBIDDEN');
    expect((await call(reviewerPublisher, 'POST', `/api/console/catalogue/versions/${draft.id}/approve`, {})).statusCode).toBe(200);
    const self = await call(reviewerPublisher, 'POST', `/api/console/catalogue/versions/${draft.id}/publish`);
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe('CATALOGUE_DUTY_SEPARATION');
    const published = await call(publisher, 'POST', `/api/console/catalogue/versions/${draft.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');

    // the public guide shows it
    const guide = await call(null, 'GET', `/api/catalogue/guides/${draft.implementationCode}`);
    expect(guide.statusCode).toBe(200);
    expect(guide.json().versionNo).toBe(1);

    // a published version never changes: not through the API, not through SQL
    const put = await call(editor, 'PUT', `/api/console/catalogue/versions/${draft.id}`, { content: content({ name: '改名' }) });
    expect(put.statusCode).toBe(409);
    expect(put.json().code).toBe('CATALOGUE_STATE_CONFLICT');
    await expect(
      sql`UPDATE item_versions SET content = jsonb_set(content, '{name}', '"改名"') WHERE id = ${draft.id}`.execute(t.db),
    ).rejects.toThrow(/frozen/);
    await expect(sql`DELETE FROM item_versions WHERE id = ${draft.id}`.execute(t.db)).rejects.toThrow(/cannot be deleted/);
    await expect(sql`UPDATE item_versions SET status = 'draft' WHERE id = ${draft.id}`.execute(t.db)).rejects.toThrow(
      /not a lifecycle step/,
    );
    await expect(
      sql`UPDATE item_versions SET reviewed_by = published_by, published_by = reviewed_by WHERE id = ${draft.id}`.execute(t.db),
    ).rejects.toThrow(/frozen/);

    // a new version is a copy; changing it and publishing supersedes v1
    const v2 = await call(editor, 'POST', `/api/console/catalogue/items/${draft.itemId}/versions`);
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json().versionNo).toBe(2);
    expect((await call(editor, 'POST', `/api/console/catalogue/items/${draft.itemId}/versions`)).statusCode).toBe(409);
    const changed = content({ resultSampleFileId: sampleId, promisedLimitDays: 5, name: '食品经营许可（新办）' });
    expect((await call(editor, 'PUT', `/api/console/catalogue/versions/${v2.json().id}`, { content: changed })).statusCode).toBe(200);
    const diff = await call(editor, 'GET', `/api/console/catalogue/diff?from=${draft.id}&to=${v2.json().id}`);
    expect(diff.statusCode).toBe(200);
    const paths = diff.json().changes.map((c: { path: string }) => c.path);
    expect(paths).toEqual(['name', 'promisedLimitDays']);
    await publishFlow(v2.json().id);
    const v1 = await call(editor, 'GET', `/api/console/catalogue/versions/${draft.id}`);
    expect(v1.json().status).toBe('superseded');
    expect(v1.json().content.name).toBe('食品经营许可');
    expect((await call(null, 'GET', `/api/catalogue/guides/${draft.implementationCode}`)).json().versionNo).toBe(2);

    // withdrawal takes it off the portal and out of search
    expect((await call(editor, 'POST', `/api/console/catalogue/items/${draft.itemId}/withdraw`, { reason: '事项取消' })).statusCode).toBe(
      403,
    );
    const w = await call(publisher, 'POST', `/api/console/catalogue/items/${draft.itemId}/withdraw`, { reason: '事项取消' });
    expect(w.statusCode, w.body).toBe(200);
    expect((await call(null, 'GET', `/api/catalogue/guides/${draft.implementationCode}`)).statusCode).toBe(404);
    const search = await call(null, 'GET', `/api/catalogue/search?q=${encodeURIComponent('食品经营许可（新办）')}`);
    expect(search.json().items.map((i: { implementationCode: string }) => i.implementationCode)).not.toContain(draft.implementationCode);

    const actions = (
      await t.db
        .selectFrom('audit_log')
        .select('action')
        .where('target_id', 'in', [draft.id, draft.itemId, v2.json().id])
        .orderBy('id')
        .execute()
    ).map((r) => r.action);
    expect(actions).toEqual([
      'catalogue.item.create',
      'catalogue.version.save',
      'catalogue.version.submit',
      'catalogue.version.approve',
      'catalogue.version.publish',
      'catalogue.version.create',
      'catalogue.version.save',
      'catalogue.version.submit',
      'catalogue.version.approve',
      'catalogue.version.publish',
      'catalogue.item.withdraw',
    ]);
  });

  it('a reviewer rejects with a note and the version returns to draft; a second reviewer then meets a conflict', async () => {
    const draft = await createDraft({ resultSampleFileId: await uploadSample() });
    await call(editor, 'POST', `/api/console/catalogue/versions/${draft.id}/submit`);
    const rejected = await call(reviewer, 'POST', `/api/console/catalogue/versions/${draft.id}/reject`, { comment: '请补充常见问题' });
    expect(rejected.json()).toMatchObject({ status: 'draft', reviewComment: '请补充常见问题' });
    const late = await call(reviewerPublisher, 'POST', `/api/console/catalogue/versions/${draft.id}/approve`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().details).toMatchObject({ status: 'draft', allowed: ['in_review'] });
  });

  it('keeps editors to their own department', async () => {
    const draft = await createDraft();
    const res = await call(otherEditor, 'PUT', `/api/console/catalogue/versions/${draft.id}`, { content: content() });
    expect(res.statusCode).toBe(403);
    const create = await call(otherEditor, 'POST', '/api/console/catalogue/items', {
      implementationCode: nextCode(),
      departmentId,
      content: content(),
    });
    expect(create.json().code).toBe('OUT_OF_SCOPE');
    // holding a cross-department role as well does not widen where an editor may write
    const both = await login(
      t.app,
      'staff',
      (await makeStaff(t.db, { departmentId: (await makeDepartment(t.db)).id, roles: ['catalogue_editor', 'catalogue_reviewer'] }))
        .username,
      PASSWORD,
    );
    expect((await call(both, 'PUT', `/api/console/catalogue/versions/${draft.id}`, { content: content() })).json().code).toBe(
      'OUT_OF_SCOPE',
    );
    const list = await call(otherEditor, 'GET', '/api/console/catalogue/items');
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(draft.itemId);
  });
});

describe('files', () => {
  it('serves a draft’s attachment to staff only; the public gets files of published versions', async () => {
    const blank = await call(editor, 'POST', '/api/console/catalogue/files', {
      fileName: '申请表.html',
      contentBase64: Buffer.from('<!doctype html><form action="https://example.com"><input></form>').toString('base64'),
    });
    const id = blank.json().id;
    expect((await call(null, 'GET', `/api/catalogue/files/${id}`)).statusCode).toBe(404);
    expect((await call(null, 'GET', `/api/console/catalogue/files/${id}`)).statusCode).toBe(401);
    const staff = await call(editor, 'GET', `/api/console/catalogue/files/${id}`);
    expect(staff.statusCode).toBe(200);
    expect(staff.headers['cache-control']).toBe('private, no-store');
    expect(staff.headers['content-security-policy']).toContain('sandbox');

    const sample = await uploadSample();
    const c = content({ resultSampleFileId: sample });
    c.materials[0] = { ...c.materials[0]!, blankFormFileId: id };
    const created = await call(editor, 'POST', '/api/console/catalogue/items', {
      implementationCode: nextCode(),
      departmentId,
      content: c,
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json();
    await publishFlow(draft.id);
    const pub = await call(null, 'GET', `/api/catalogue/files/${id}?inline=true`);
    expect(pub.statusCode).toBe(200);
    expect(pub.headers['content-security-policy']).toContain("form-action 'none'");
    expect((await call(null, 'GET', `/api/catalogue/files/${sample}`)).statusCode).toBe(200);
  });
});

describe('console list', () => {
  it('finds by keyword, taking % and _ literally', async () => {
    const draft = await createDraft({ name: '测试事项_百分比' });
    const ids = async (q: string) =>
      (await call(editor, 'GET', `/api/console/catalogue/items?q=${encodeURIComponent(q)}`)).json().items.map((i: { id: string }) => i.id);
    expect(await ids('事项_百分')).toContain(draft.itemId);
    expect(await ids('%')).toEqual([]);
    expect(await ids('事项%百分')).toEqual([]);
  });
});

describe('bad input', () => {
  it('answers 4xx with a code and writes nothing', async () => {
    const before = await t.db
      .selectFrom('catalogue_items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const cases: Array<[Caller | null, 'POST' | 'PUT', string, object, number, string]> = [
      [
        null,
        'POST',
        '/api/console/catalogue/items',
        { implementationCode: nextCode(), departmentId, content: content() },
        401,
        'UNAUTHENTICATED',
      ],
      [
        editor,
        'POST',
        '/api/console/catalogue/items',
        { implementationCode: nextCode(), departmentId, content: { ...content(), extra: 1 } },
        400,
        'VALIDATION_FAILED',
      ],
      [
        editor,
        'POST',
        '/api/console/catalogue/items',
        { implementationCode: nextCode(), departmentId, content: content({ itemType: '99' }) },
        400,
        'VALIDATION_FAILED',
      ],
      [
        editor,
        'POST',
        '/api/console/catalogue/items',
        { implementationCode: 'bad code!', departmentId, content: content() },
        400,
        'VALIDATION_FAILED',
      ],
      [
        editor,
        'POST',
        '/api/console/catalogue/items',
        { implementationCode: nextCode(), departmentId, content: content({ hallId: '00000000-0000-4000-8000-000000000099' }) },
        400,
        'VALIDATION_FAILED',
      ],
      [
        editor,
        'POST',
        '/api/console/catalogue/files',
        { fileName: '表格.pdf', contentBase64: Buffer.from('<html></html>').toString('base64') },
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        editor,
        'POST',
        '/api/console/catalogue/files',
        { fileName: '表格.exe', contentBase64: Buffer.from('MZ....').toString('base64') },
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        editor,
        'POST',
        '/api/console/catalogue/files',
        { fileName: '../表格.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') },
        400,
        'VALIDATION_FAILED',
      ],
      [
        reviewer,
        'POST',
        '/api/console/catalogue/items',
        { implementationCode: nextCode(), departmentId, content: content() },
        403,
        'FORBIDDEN',
      ],
    ];
    for (const [caller, method, url, payload, status, errorCode] of cases) {
      const res = await call(caller, method, url, payload);
      expect(res.statusCode, `${url} ${res.body}`).toBe(status);
      expect(res.json().code).toBe(errorCode);
      expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const after = await t.db
      .selectFrom('catalogue_items')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect((await call(null, 'GET', '/api/catalogue/guides/NOPE')).json().code).toBe('NOT_FOUND');
    expect((await call(null, 'GET', '/api/catalogue/search?onlineLevel=9')).statusCode).toBe(400);
    for (const url of [
      '/api/catalogue/suggest?q=%E8%BA%AB%00',
      '/api/catalogue/files/urn:uuid:00000000-0000-4000-8000-000000000001',
      '/api/console/catalogue/items?offset=100000000000000000000',
      '/api/console/catalogue/items?q=%00',
    ]) {
      const res = await call(editor, 'GET', url);
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    const nul = await call(editor, 'POST', '/api/console/catalogue/items', {
      implementationCode: nextCode(),
      departmentId,
      content: content({ name: 'a\u0000b' }),
    });
    expect(nul.statusCode).toBe(400);
  });
});

/** Export and import of the whole catalogue through HTTP: round trips, code mappings, all-or-nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { ensureDivision, makeDepartment, makeStaff, PASSWORD } from '../../../test/factories.js';
import type { ItemContent } from './item-content.js';
import { immediateItemContent, validItemContent } from './test-fixtures.js';

let t: TestContext;
let admin: Caller;
let reviewer: Caller;
let publisher: Caller;
let departmentId: string;
let uscc: string;

const call = (caller: Caller | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller?.headers ?? {}, ...(payload ? { payload } : {}) });

async function published(code: string, content: ItemContent) {
  const sample = await call(admin, 'POST', '/api/console/catalogue/files', {
    fileName: '样本.pdf',
    contentBase64: Buffer.from('%PDF-1.7 sample').toString('base64'),
  });
  const c = {
    ...content,
    resultSampleFileId: sample.json().id,
    materials: content.materials.map((m) => ({ ...m, blankFormFileId: null, sampleFileId: null })),
  };
  const v = await call(admin, 'POST', '/api/console/catalogue/items', { implementationCode: code, departmentId, content: c });
  expect(v.statusCode, v.body).toBe(201);
  for (const [who, step] of [
    [admin, 'submit'],
    [reviewer, 'approve'],
    [publisher, 'publish'],
  ] as const) {
    const res = await call(who, 'POST', `/api/console/catalogue/versions/${v.json().id}/${step}`, step === 'approve' ? {} : undefined);
    expect(res.statusCode, res.body).toBe(200);
  }
}

const count = async (table: 'catalogue_items' | 'item_versions') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  await ensureDivision(t.db);
  const dept = await makeDepartment(t.db);
  departmentId = dept.id;
  uscc = dept.uscc;
  const as = async (roles: string[]) => login(t.app, 'staff', (await makeStaff(t.db, { departmentId, roles })).username, PASSWORD);
  admin = await as(['admin']);
  reviewer = await as(['catalogue_reviewer']);
  publisher = await as(['catalogue_publisher']);
  await published(`${uscc}0000000000001`, validItemContent());
  await published(`${uscc}0000000000002`, immediateItemContent());
});
afterAll(() => t.close());

describe('catalogue export and import', () => {
  it('exports JSON with the national column names and imports it back unchanged', async () => {
    const res = await call(admin, 'GET', '/api/console/catalogue/export?format=json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const doc = res.json();
    expect(doc).toMatchObject({ format: 'onewindow-catalogue', standard: 'GB/T 39046-2020' });
    expect(doc.items).toHaveLength(2);
    expect(doc.items[0]).toMatchObject({ task_name: '食品经营许可', task_type: '01', dept_code: uscc, is_fee: 0 });
    const before = await count('item_versions');
    const back = await call(admin, 'POST', '/api/console/catalogue/import', { format: 'json', data: res.body });
    expect(back.json()).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await count('item_versions')).toBe(before);
  });

  it('round-trips CSV; a changed row becomes a new draft and a new code a new item', async () => {
    const csv = (await call(admin, 'GET', '/api/console/catalogue/export?format=csv')).body;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect((await call(admin, 'POST', '/api/console/catalogue/import', { format: 'csv', data: csv })).json()).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });

    const doc = (await call(admin, 'GET', '/api/console/catalogue/export?format=json')).json();
    doc.items[0].task_name = '食品经营许可（含网络经营）';
    doc.items[1].task_code = `${uscc}0000000000003`;
    const res = await call(admin, 'POST', '/api/console/catalogue/import', { format: 'json', data: JSON.stringify(doc) });
    expect(res.json()).toEqual({ created: 1, updated: 1, unchanged: 0 });
    const drafts = await t.db.selectFrom('item_versions').select(['status', 'version_no']).where('status', '=', 'draft').execute();
    expect(drafts.map((d) => d.version_no).sort()).toEqual([1, 2]);
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', '=', 'catalogue.import').execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
  });

  it('reports every invalid row and writes nothing when any row is invalid', async () => {
    const doc = (await call(admin, 'GET', '/api/console/catalogue/export?format=json')).json();
    doc.items[0].task_type = '99';
    doc.items[1].dept_code = '91110000MA01ABCD1X';
    doc.items.push({ ...doc.items[0], task_type: '01', task_name: '新事项', task_code: `${uscc}0000000000009` });
    const [items, versions] = [await count('catalogue_items'), await count('item_versions')];
    const res = await call(admin, 'POST', '/api/console/catalogue/import', { format: 'json', data: JSON.stringify(doc) });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('CATALOGUE_IMPORT_INVALID');
    const rows = res.json().details.rows;
    expect(rows.map((r: { row: number }) => r.row)).toEqual([1, 2]);
    expect(rows[0].errors.map((e: { field: string }) => e.field)).toContain('task_type');
    expect(rows[1].errors.map((e: { field: string }) => e.field)).toContain('dept_code');
    expect([await count('catalogue_items'), await count('item_versions')]).toEqual([items, versions]);
    const broken = await call(admin, 'POST', '/api/console/catalogue/import', { format: 'csv', data: 'task_name\n"unclosed' });
    expect(broken.json().code).toBe('CATALOGUE_IMPORT_INVALID');
  });

  it('translates codes through an integration’s mapping table on export and back on import', async () => {
    const put = await call(admin, 'PUT', '/api/console/catalogue/code-mappings', {
      integration: 'prov',
      listKey: 'item_type',
      nationalCode: '01',
      externalCode: '1',
    });
    expect(put.statusCode, put.body).toBe(200);
    const doc = (await call(admin, 'GET', '/api/console/catalogue/export?format=json&integration=prov')).json();
    expect(doc.integration).toBe('prov');
    expect(doc.items.find((i: { task_name: string }) => i.task_name === '食品经营许可').task_type).toBe('1');
    const nationalRead = await call(admin, 'POST', '/api/console/catalogue/import', { format: 'json', data: JSON.stringify(doc) });
    expect(nationalRead.statusCode).toBe(400);
    const mappedRead = await call(admin, 'POST', '/api/console/catalogue/import', {
      format: 'json',
      integration: 'prov',
      data: JSON.stringify(doc),
    });
    expect(mappedRead.json()).toMatchObject({ created: 0 });
    const clash = await call(admin, 'PUT', '/api/console/catalogue/code-mappings', {
      integration: 'prov',
      listKey: 'item_type',
      nationalCode: '02',
      externalCode: '1',
    });
    expect(clash.json().code).toBe('ALREADY_EXISTS');
    const unknown = await call(admin, 'PUT', '/api/console/catalogue/code-mappings', {
      integration: 'prov',
      listKey: 'item_type',
      nationalCode: '77',
      externalCode: '7',
    });
    expect(unknown.json().code).toBe('VALIDATION_FAILED');
  });

  it('is for administrators only', async () => {
    const res = await call(reviewer, 'POST', '/api/console/catalogue/import', { format: 'json', data: '{}' });
    expect(res.json().code).toBe('FORBIDDEN');
  });
});

describe('department scope of the export', () => {
  it('gives an editor of another department none of these items', async () => {
    const other = await makeDepartment(t.db);
    const editor = await login(
      t.app,
      'staff',
      (await makeStaff(t.db, { departmentId: other.id, roles: ['catalogue_editor'] })).username,
      PASSWORD,
    );
    const doc = (await call(editor, 'GET', '/api/console/catalogue/export?format=json&versions=latest')).json();
    expect(doc.items).toEqual([]);
  });
});

describe('bundles', () => {
  it('are drafted by an administrator, published by a publisher, and back to draft when edited', async () => {
    const body = {
      code: 'test-bundle',
      name: '测试一件事',
      audience: 'enterprise',
      theme: 'E01',
      description: '两个事项一次申请。',
      itemCodes: [`${uscc}0000000000001`, `${uscc}0000000000002`],
    };
    const created = await call(admin, 'POST', '/api/console/catalogue/bundles', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().status).toBe('draft');
    const id = created.json().id;
    expect((await call(null, 'GET', '/api/catalogue/bundles/test-bundle')).statusCode).toBe(404);
    expect((await call(publisher, 'POST', `/api/console/catalogue/bundles/${id}/withdraw`)).json().code).toBe('CATALOGUE_STATE_CONFLICT');
    expect((await call(admin, 'POST', `/api/console/catalogue/bundles/${id}/publish`)).json().code).toBe('FORBIDDEN');
    expect((await call(publisher, 'POST', `/api/console/catalogue/bundles/${id}/publish`)).json().status).toBe('published');
    const detail = await call(null, 'GET', '/api/catalogue/bundles/test-bundle');
    expect(detail.statusCode).toBe(200);
    expect(detail.json().items).toHaveLength(2);
    const edited = await call(admin, 'PUT', `/api/console/catalogue/bundles/${id}`, { ...body, name: '测试一件事（改）' });
    expect(edited.json().status).toBe('draft');
    expect((await call(null, 'GET', '/api/catalogue/bundles/test-bundle')).statusCode).toBe(404);
    const clerk = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId, roles: ['window_clerk'] })).username, PASSWORD);
    expect((await call(clerk, 'GET', '/api/console/catalogue/bundles')).json().code).toBe('FORBIDDEN');
  });
});

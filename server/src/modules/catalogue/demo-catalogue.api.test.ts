/**
 * The demo catalogue as a person meets it: every demo item is published (the seed refuses any item that
 * fails the quality rules), everyday words and pinyin initials find the right item in the top 3, filters
 * narrow, guides and bundles are complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/helpers.js';
import { DEMO_BUNDLES, DEMO_ITEMS } from '../demo/catalogue/index.js';
import { seedDemo } from '../demo/seed-demo.js';
import { checkQuality } from './quality-rules.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  await seedDemo({ db: t.db, cipher: t.cipher, config: t.config, now: t.clock.now() });
});
afterAll(() => t.close());

interface Hit {
  implementationCode: string;
  name: string;
  departmentId: string;
  onlineLevel: number;
  visits: number;
  nameHighlight: Array<{ text: string; hit: boolean }>;
}
const get = (url: string) => t.app.inject({ method: 'GET', url });
const search = async (query: Record<string, string | number>) => {
  const res = await get(`/api/catalogue/search?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Hit[]; total: number };
};
const nameOf = (slug: string) => DEMO_ITEMS.find((i) => i.slug === slug)!.content.name;

describe('demo catalogue', () => {
  it('has at least 40 published items and 3 bundles, every one passing the quality rules', async () => {
    expect(DEMO_ITEMS.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_BUNDLES.length).toBeGreaterThanOrEqual(3);
    const rows = await t.db.selectFrom('item_versions').select(['status', 'content']).execute();
    expect(rows.filter((r) => r.status === 'published')).toHaveLength(DEMO_ITEMS.length);
    for (const r of rows) expect(checkQuality(r.content), r.content.name).toEqual([]);
    expect(new Set(DEMO_ITEMS.map((i) => i.department)).size).toBeGreaterThanOrEqual(9);
    expect(DEMO_ITEMS.filter((i) => i.content.scenarios.length > 0).length).toBeGreaterThanOrEqual(25);
  });
});

describe('search relevance', () => {
  const cases: Array<[string, string]> = [
    ['sfz', 'id-card'],
    ['身份证丢了', 'id-card'],
    ['开饭店', 'food-business-licence'],
    ['营业执照', 'individual-business-registration'],
    ['shebaoka', 'social-security-card'],
    ['sbk', 'social-security-card'],
    ['社保卡', 'social-security-card'],
    ['公积金', 'housing-fund-withdrawal'],
    ['取公积金', 'housing-fund-withdrawal'],
    ['结婚', 'marriage-registration'],
    ['领证', 'marriage-registration'],
    ['上户口', 'birth-registration'],
    ['施工证', 'construction-permit'],
    ['低保', 'minimum-living-allowance'],
    ['失业金', 'unemployment-benefit'],
    ['护照', 'passport'],
    ['教师证', 'teacher-qualification'],
    ['办退休', 'retirement-approval'],
    ['医生执业', 'physician-registration'],
    ['货运', 'road-freight-licence'],
  ];
  it.each(cases)('"%s" finds %s in the top 3', async (q, slug) => {
    const { items } = await search({ q });
    expect(
      items.slice(0, 3).map((i) => i.name),
      `${q}: ${items.map((i) => i.name).join(' / ')}`,
    ).toContain(nameOf(slug));
  });

  it('highlights the words that matched in the name', async () => {
    const { items } = await search({ q: '身份证' });
    const hit = items.find((i) => i.name === nameOf('id-card'))!;
    expect(
      hit.nameHighlight
        .filter((s) => s.hit)
        .map((s) => s.text)
        .join(''),
    ).toContain('身份证');
    expect(hit.nameHighlight.map((s) => s.text).join('')).toBe(hit.name);
  });

  it('filters narrow the results', async () => {
    const all = await search({ limit: 100 });
    expect(all.total).toBe(DEMO_ITEMS.length);
    const enterprise = await search({ audience: 'enterprise', limit: 100 });
    const person = await search({ audience: 'person', limit: 100 });
    expect(enterprise.total).toBeLessThan(all.total);
    expect(person.total).toBeLessThan(all.total);
    const enterpriseNames = new Set(DEMO_ITEMS.filter((i) => i.content.audiences.some((a) => a !== '1')).map((i) => i.content.name));
    for (const i of enterprise.items) expect(enterpriseNames.has(i.name), i.name).toBe(true);

    const dept = all.items[0]!.departmentId;
    const byDept = await search({ departmentId: dept, limit: 100 });
    expect(byDept.total).toBeGreaterThan(0);
    expect(byDept.items.every((i) => i.departmentId === dept)).toBe(true);

    const birth = await search({ theme: 'P01', limit: 100 });
    expect(birth.items.map((i) => i.name)).toEqual(
      expect.arrayContaining([nameOf('birth-medical-certificate'), nameOf('birth-registration')]),
    );
    expect(birth.total).toBeLessThan(all.total);

    const fullyOnline = await search({ onlineLevel: 4, limit: 100 });
    expect(fullyOnline.total).toBeGreaterThan(0);
    expect(fullyOnline.items.every((i) => i.onlineLevel === 4)).toBe(true);
    const zeroVisits = await search({ maxVisits: 0, limit: 100 });
    expect(zeroVisits.items.every((i) => i.visits === 0)).toBe(true);
    const licences = await search({ itemType: '01', q: '许可', limit: 100 });
    expect(licences.total).toBeGreaterThan(0);
    const combined = await search({ q: '身份证', audience: 'enterprise' });
    expect(combined.items.map((i) => i.name)).not.toContain(nameOf('id-card'));
  });

  it('suggests as you type, in Chinese and in pinyin initials', async () => {
    for (const q of ['社保', 'sb']) {
      const res = await get(`/api/catalogue/suggest?q=${encodeURIComponent(q)}`);
      expect(
        res.json().items.map((i: { name: string }) => i.name),
        q,
      ).toContain(nameOf('social-security-card'));
    }
  });
});

describe('guide and bundles', () => {
  it('serves the complete guide of an item with its hall, windows and downloadable forms', async () => {
    const { items } = await search({ q: '身份证' });
    const code = items.find((i) => i.name === nameOf('id-card'))!.implementationCode;
    const res = await get(`/api/catalogue/guides/${code}`);
    expect(res.statusCode).toBe(200);
    const guide = res.json();
    expect(guide.content.scenarios.length).toBeGreaterThan(0);
    expect(guide.hall.windows.length).toBeGreaterThan(0);
    expect(guide.files.length).toBeGreaterThan(0);
    const form = guide.files[0];
    const file = await get(`/api/catalogue/files/${form.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(form.mediaType);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.body).toContain('<table>');
  });

  it('merges the materials of a bundle without duplicates', async () => {
    for (const b of DEMO_BUNDLES) {
      const res = await get(`/api/catalogue/bundles/${b.code}`);
      expect(res.statusCode, b.code).toBe(200);
      const detail = res.json();
      expect(detail.items).toHaveLength(b.items.length);
      const names = detail.materials.map((m: { name: string }) => m.name.replace(/[《》\s]/g, ''));
      expect(new Set(names).size).toBe(names.length);
      expect(detail.promisedLimitDays).toBe(
        Math.max(...b.items.map((s) => DEMO_ITEMS.find((i) => i.slug === s)!.content.promisedLimitDays)),
      );
    }
    const home = (await get('/api/catalogue/home')).json();
    expect(home.bundles.length).toBe(DEMO_BUNDLES.length);
    expect(home.popular.length).toBe(8);
    expect(home.personThemes.find((th: { code: string }) => th.code === 'P01').count).toBeGreaterThan(0);
  });
});

// Browser journeys of the service catalogue: search by pinyin initials → guide → a scenario answer
// changes the material list → download the blank form; the guide at phone width in elder mode; the
// review-and-publish chain in the console by three different people; axe on the catalogue pages.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, newPage, startJourney, type Journey, staffLogIn } from './support.js';

const shots = path.resolve(import.meta.dirname, '..', 'test-results');
fs.mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

const ID_CARD = '居民身份证申领、换领、补领';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

async function idCardCode(): Promise<string> {
  const res = await fetch(`${j.baseUrl}/api/catalogue/search?q=sfz`);
  const body = (await res.json()) as { items: Array<{ name: string; implementationCode: string }> };
  return body.items.find((i) => i.name === ID_CARD)!.implementationCode;
}

/** The primary button of the dialog that is open (antd confirm or modal). */
const confirmDialog = (page: Page) => page.locator('.ant-modal .ant-btn-primary').last().click();

describe('citizen finds and reads a guide', () => {
  it('search "sfz" → guide → 情形 changes the materials → downloads the blank form', async () => {
    const page = await newPage(j);
    await page.goto(`${j.baseUrl}/`);
    const box = page.getByRole('combobox', { name: '搜索事项' }).first();
    await box.fill('sfz');
    await box.press('Enter');
    await page.waitForURL(/\/search\?.*q=sfz/);
    await page.getByRole('link', { name: ID_CARD }).first().click();
    await page.waitForURL(/\/guide\//);
    await expect.poll(() => page.getByRole('heading', { name: ID_CARD, level: 1 }).isVisible()).toBe(true);
    const materials = page.locator('#guide-materials');

    await page.getByRole('radio', { name: '有效期满换领' }).check();
    await expect.poll(() => materials.getByText('原居民身份证', { exact: true }).first().isVisible()).toBe(true);
    expect(await materials.getByText('居民户口簿', { exact: true }).count()).toBe(0);

    await page.getByRole('radio', { name: '丢失补领' }).check();
    await expect.poll(() => materials.getByText('居民户口簿', { exact: true }).first().isVisible()).toBe(true);
    expect(await materials.getByText('原居民身份证', { exact: true }).count()).toBe(0);
    await shot(page, 'catalogue-guide');

    const download = page.waitForEvent('download');
    await materials
      .getByRole('link', { name: /居民身份证申领登记表.*空白表格/ })
      .first()
      .click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/空白表格）\.html$/);
    const text = fs.readFileSync((await file.path())!, 'utf8');
    expect(text).toContain('<table>');
  });

  it('the guide fits a phone in elder mode, and the print view has every section', async () => {
    const code = await idCardCode();
    const page = await newPage(j, { width: 375 });
    await page.goto(`${j.baseUrl}/guide/${code}`);
    await page.getByRole('button', { name: '长辈版' }).first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.elder)).toBe('true');
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot(page, 'catalogue-guide-phone-elder');

    // on a phone the search results come before the (folded) filters
    await page.goto(`${j.baseUrl}/search?q=${encodeURIComponent('开饭店')}`);
    const first = page.getByRole('link', { name: '食品经营许可' }).first();
    await expect.poll(() => first.isVisible()).toBe(true);
    expect((await first.boundingBox())!.y).toBeLessThan(800);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: path.join(shots, 'catalogue-search-phone-elder.png') });

    const print = await newPage(j);
    await print.goto(`${j.baseUrl}/guide/${code}/print`);
    for (const heading of ['受理条件', '申请材料', '办理流程', '设定依据', '常见问题']) {
      await expect.poll(() => print.getByRole('heading', { name: heading }).first().isVisible(), { message: heading }).toBe(true);
    }
  });

  it('catalogue pages have no serious or critical axe violations', async () => {
    const code = await idCardCode();
    for (const url of ['/catalogue', '/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7', `/guide/${code}`, '/bundles/newborn']) {
      const page = await newPage(j);
      await page.goto(`${j.baseUrl}${url}`);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('main').count(), url).toBe(1);
      expect(await axeViolations(page), url).toEqual([]);
    }
  });
});

describe('console: edit, review and publish by three people', () => {
  it('an editor changes a published item, a reviewer approves, a publisher publishes, the portal shows v2', async () => {
    const editor = await newPage(j);
    await staffLogIn(j, editor, 'scjg.bianzhi');
    await editor.goto(`${j.baseUrl}/console/catalogue`);
    await editor.getByRole('link', { name: '食品经营许可' }).first().click();
    await editor.getByRole('button', { name: '新建版本' }).click();
    await confirmDialog(editor);
    await editor.waitForURL(/\/console\/catalogue\/versions\//);
    const versionUrl = editor.url();
    await editor.getByRole('tab', { name: '办理信息' }).click();
    const promised = editor.getByLabel('承诺办结时限', { exact: false }).first();
    await promised.fill('3');
    await editor.getByRole('button', { name: '保存草稿' }).click();
    await expect
      .poll(() =>
        editor
          .getByText(/已保存/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await editor.getByRole('button', { name: '提交审核' }).click();
    await confirmDialog(editor);
    await expect.poll(() => editor.getByText('待审核', { exact: true }).first().isVisible()).toBe(true);

    const reviewer = await newPage(j);
    await staffLogIn(j, reviewer, 'shixiang.shenhe');
    await reviewer.goto(versionUrl);
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await confirmDialog(reviewer);
    await expect.poll(() => reviewer.getByText('待发布', { exact: true }).first().isVisible()).toBe(true);

    const publisher = await newPage(j);
    await staffLogIn(j, publisher, 'shixiang.fabu');
    await publisher.goto(versionUrl);
    await publisher.getByRole('button', { name: /^发\s*布$/ }).click();
    await confirmDialog(publisher);
    await expect.poll(() => publisher.getByText('已发布', { exact: true }).first().isVisible()).toBe(true);
    await shot(publisher, 'catalogue-console-published');

    const res = await fetch(`${j.baseUrl}/api/catalogue/search?q=${encodeURIComponent('食品经营许可')}`);
    const hit = ((await res.json()) as { items: Array<{ name: string; implementationCode: string }> }).items.find(
      (i) => i.name === '食品经营许可',
    )!;
    type GuideBody = { versionNo: number; content: { promisedLimitDays: number } };
    const guideNow = async () => (await (await fetch(`${j.baseUrl}/api/catalogue/guides/${hit.implementationCode}`)).json()) as GuideBody;
    // the portal reads what the publisher just published
    await expect.poll(async () => (await guideNow()).versionNo, { timeout: 10_000 }).toBe(2);
    const guide = await guideNow();
    expect(guide.content.promisedLimitDays).toBe(3);
  });
});

// Browser journeys of the foundation: citizen and staff log in, elder mode toggles and is remembered,
// phone width works, and axe-core finds no serious or critical violations on the portal home and login.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_PERSON } from '../server/src/modules/demo/demo-data.js';
import { axeViolations, newPage, startJourney, type Journey } from './support.js';

const shots = path.resolve(import.meta.dirname, '..', 'test-results');
fs.mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
const NO_DATA_ACCESS = '暂无工作人员查看记录';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

async function logIn(page: Page, tab: '个人' | '法人' | '工作人员', identifierLabel: string, identifier: string) {
  await page.goto(`${j.baseUrl}/login`);
  await page.getByRole('tab', { name: tab }).click();
  await page.getByLabel(identifierLabel, { exact: true }).fill(identifier);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
}

describe('citizen', () => {
  it('logs in with a mobile number and sees the masked account on 我的', async () => {
    const page = await newPage(j);
    await logIn(page, '个人', '身份证号或手机号', DEMO_PERSON.mobile);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${j.baseUrl}/me`);
    await expect.poll(() => page.getByText(DEMO_PERSON.name).first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('138****0001').first().isVisible()).toBe(true);
    expect(await page.content()).not.toContain(DEMO_PERSON.idNumber);
    await shot(page, 'citizen-me');
    // No staff has looked at the demo person's data yet: the message is plain text, inside a phone's width.
    await page.setViewportSize({ width: 375, height: 800 });
    const none = page.getByText(NO_DATA_ACCESS);
    await expect.poll(() => none.isVisible()).toBe(true);
    const box = await none.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  });
});

describe('staff', () => {
  it('logs in to the console, sees the demo-mode warning and the departments', async () => {
    const page = await newPage(j);
    await logIn(page, '工作人员', '用户名', 'admin');
    await page.waitForURL(/\/console/);
    await expect
      .poll(() =>
        page
          .getByText(/双因素认证已豁免/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await page.goto(`${j.baseUrl}/console/departments`);
    await expect.poll(() => page.getByText('示范市市场监督管理局').first().isVisible()).toBe(true);
    await shot(page, 'staff-departments');
  });

  it('a wrong password shows the Chinese error', async () => {
    const page = await newPage(j);
    await page.goto(`${j.baseUrl}/login`);
    await page.getByRole('tab', { name: '工作人员' }).click();
    await page.getByLabel('用户名', { exact: true }).fill('admin');
    await page.getByLabel('密码', { exact: true }).fill('Wrong-pass1');
    await page.getByRole('button', { name: /^登\s*录$/ }).click();
    await expect.poll(() => page.getByText('账号或密码错误').first().isVisible()).toBe(true);
  });
});

describe('elder mode', () => {
  it('toggles large text and large targets, and is remembered', async () => {
    const page = await newPage(j);
    await page.goto(`${j.baseUrl}/`);
    await page.getByRole('button', { name: '长辈版' }).first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.elder)).toBe('true');
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(18);
    const heights = await page.evaluate(() => [...document.querySelectorAll('main .ant-btn')].map((b) => b.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(60);
    await shot(page, 'home-elder');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.elder)).toBe('true');
    await page.getByRole('button', { name: '标准版' }).first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.elder ?? 'false')).not.toBe('true');
  });
});

describe('phone width', () => {
  it('the portal home and login fit 375 px without horizontal scrolling', async () => {
    const page = await newPage(j, { width: 375 });
    for (const url of ['/', '/login']) {
      await page.goto(`${j.baseUrl}${url}`);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, url).toBeLessThanOrEqual(1);
    }
    await shot(page, 'login-phone');
  });
});

describe('accessibility (axe-core)', () => {
  for (const elder of [false, true]) {
    for (const url of ['/', '/login']) {
      it(`${url} ${elder ? 'elder mode' : 'standard'}: no serious or critical violations`, async () => {
        const page = await newPage(j);
        await page.goto(`${j.baseUrl}${url}`);
        if (elder) {
          await page.getByRole('button', { name: '长辈版' }).first().click();
          await expect.poll(() => page.evaluate(() => document.documentElement.dataset.elder)).toBe('true');
        }
        await page.waitForLoadState('networkidle');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        expect(await page.locator('main').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

// Browser journey of the applicant (issue 4): 张三 is sent to log in from the apply page, answers the
// 办理情形, fills what is not prefilled (the browser shows every form problem at once first), uploads a
// PDF per required material, submits with a double click (one application only) and sees 办件编号 + 查询码;
// a draft is resumed after a reload; the pages at 375 px in elder mode; the public progress lookup.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_PERSON } from '../server/src/modules/demo/demo-data.js';
import { axeViolations, newPage, startJourney, type Journey } from './support.js';
import { pdf, uploadRequiredMaterials } from './upload-support.js';

const shots = path.resolve(import.meta.dirname, '..', 'test-results');
fs.mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

const ITEM = '个体工商户设立登记';

let j: Journey;
let code = '';
const submitted = { id: '', number: '', queryCode: '' };

beforeAll(async () => {
  j = await startJourney();
  const res = await fetch(`${j.baseUrl}/api/catalogue/search?q=${encodeURIComponent('个体工商户')}`);
  const body = (await res.json()) as { items: Array<{ name: string; implementationCode: string }> };
  code = body.items.find((i) => i.name === ITEM)!.implementationCode;
});
afterAll(() => j?.close());

async function fillLogin(page: Page) {
  await page.getByRole('tab', { name: '个人' }).click();
  await page.getByLabel('身份证号或手机号', { exact: true }).fill(DEMO_PERSON.mobile);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
}

/** expect.poll with room for a busy machine (the default gives up after 1 s). */
const until = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name });
const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('citizen applies online', () => {
  it('log in → 情形 → form → materials → submit (double click) → 办件编号 + 查询码', async () => {
    const page = await newPage(j);
    await page.goto(`${j.baseUrl}/apply/${code}`);
    await page.waitForURL(/\/login/);
    await fillLogin(page);
    await page.waitForURL(new RegExp(`/apply/${code}`));
    await until(() => page.getByRole('heading', { level: 1, name: ITEM }).isVisible()).toBe(true);

    // ① 办理情形: the first answer creates the draft right away
    await page.getByRole('radio', { name: '个人经营' }).check();
    await page.getByRole('radio', { name: '租赁房屋' }).check();
    await page.getByRole('radio', { name: '经营者本人办理' }).check();
    await until(() => page.getByText(/已自动保存 \d{2}:\d{2}/).isVisible()).toBe(true);
    await shot(page, 'applicant-1-scenarios');
    await page.getByRole('button', { name: '下一步' }).click();

    // ② 申请表: the applicant's identity is prefilled; 下一步 on an empty form shows every problem at once
    await until(() => stepHeading(page, '2. 填写申请表').isVisible()).toBe(true);
    expect(await page.getByLabel(/^姓名/).first().inputValue()).toBe(DEMO_PERSON.name);
    await page.getByRole('button', { name: '下一步' }).click();
    await until(() => page.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(3);
    await until(() => stepHeading(page, '2. 填写申请表').isVisible()).toBe(true);
    await shot(page, 'applicant-2-form-errors');

    await page.getByRole('radio', { name: '男', exact: true }).check();
    await page.getByRole('radio', { name: '个人经营', exact: true }).check();
    await page.getByLabel('经营场所', { exact: true }).fill('示范市东城区幸福路 8 号');
    await page.getByLabel('经营场所所在区划').click();
    await page.locator('.ant-cascader-menu-item').first().click();
    await page.keyboard.press('Escape');
    await page.getByLabel('邮政编码').fill('100010');
    await page.getByRole('radio', { name: '租赁', exact: true }).check();
    await page.getByLabel('经营范围').fill('小吃服务；预包装食品销售');
    await page.getByLabel('从业人数').fill('2');
    await page.getByLabel('资金数额（万元）').fill('5');
    await page.getByRole('radio', { name: '窗口领取' }).check();
    await page.getByRole('checkbox', { name: /本人（单位）承诺/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    // ③ 上传材料: a PDF for each required material of these answers
    await until(() => stepHeading(page, '3. 上传材料').isVisible()).toBe(true);
    expect(await uploadRequiredMaterials(page)).toBeGreaterThanOrEqual(1);
    expect(await page.locator('section.material-upload').filter({ hasText: '经营场所租赁合同' }).count()).toBe(1);
    expect(await page.locator('section.material-upload').filter({ hasText: '不动产权证书' }).count()).toBe(0);
    await shot(page, 'applicant-3-materials');
    await page.getByRole('button', { name: '下一步' }).click();

    // ④ 确认提交: a double click submits once
    await until(() => stepHeading(page, '4. 确认提交').isVisible()).toBe(true);
    await shot(page, 'applicant-4-confirm');
    await page.getByRole('button', { name: '提交申请' }).dblclick();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await until(() => page.getByText('申请已提交').isVisible()).toBe(true);
    submitted.id = new URL(page.url()).pathname.split('/').pop()!;
    const codes = page.locator('.submitted-result .application-codes');
    submitted.number = (await codes.nth(0).innerText()).trim();
    submitted.queryCode = (await codes.nth(1).innerText()).trim();
    expect(submitted.number).toMatch(/^\d{6,40}$/);
    expect(submitted.queryCode).toMatch(/^\d{6}$/);
    await until(() => page.getByText('申报 / 收件').first().isVisible()).toBe(true);
    await shot(page, 'applicant-5-submitted');

    // one application, and the draft became it (no draft left behind)
    const mine = (await (await page.request.get(`${j.baseUrl}/api/applications?limit=50&offset=0`)).json()) as {
      items: Array<{ itemName: string; status: string }>;
    };
    expect(mine.items.filter((a) => a.itemName === ITEM)).toHaveLength(1);
    expect(mine.items.filter((a) => a.itemName === ITEM)[0]!.status).toBe('submitted');

    await page.goto(`${j.baseUrl}/applications`);
    await until(() => page.getByRole('link', { name: ITEM, exact: true }).isVisible()).toBe(true);
    await until(() => page.getByText(submitted.number).isVisible()).toBe(true);
    await shot(page, 'applicant-6-my-applications');
  });

  it('resumes a draft after a reload; apply, detail and list fit 375 px in elder mode', async () => {
    const page = await newPage(j, { width: 375 });
    await page.goto(`${j.baseUrl}/login`);
    await fillLogin(page);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('button', { name: '长辈版' }).first().click();
    await until(() => page.evaluate(() => document.documentElement.dataset.elder)).toBe('true');

    await page.goto(`${j.baseUrl}/apply/${code}`);
    await page.getByRole('radio', { name: '家庭经营' }).check();
    await until(() => page.getByText(/已自动保存 \d{2}:\d{2}/).isVisible()).toBe(true);
    await page.reload();
    await until(() => page.getByText('已为您恢复上次未提交的内容。').isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: '家庭经营' }).isChecked()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await shot(page, 'applicant-phone-elder-apply');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${j.baseUrl}/applications`);
    await until(() => page.getByRole('link', { name: `继续填写 ${ITEM}` }).isVisible()).toBe(true);
    expect(await page.getByText('草稿', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await shot(page, 'applicant-phone-elder-list');
    expect(await axeViolations(page)).toEqual([]);

    // 继续填写 leads back to the apply page of the draft's item
    await page.getByRole('link', { name: `继续填写 ${ITEM}` }).click();
    await page.waitForURL(new RegExp(`/apply/${code}$`));
    await until(() => page.getByText('已为您恢复上次未提交的内容。').isVisible()).toBe(true);
    await page.goto(`${j.baseUrl}/applications`);
    await page.getByRole('link', { name: `查看 ${ITEM}` }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    await until(() => page.getByText(submitted.number).first().isVisible()).toBe(true);
    await until(() => page.getByRole('button', { name: '撤回申请' }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await shot(page, 'applicant-phone-elder-detail');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('public progress lookup', () => {
  it('办件编号 + 查询码 shows status and the timeline without logging in; a wrong code says so', async () => {
    const page = await newPage(j, { width: 375 });
    await page.goto(`${j.baseUrl}/progress`);
    await page.getByLabel('办件编号').fill(submitted.number);
    await page.getByLabel('查询码').fill(submitted.queryCode === '000000' ? '000001' : '000000');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await until(() => page.getByText('办件编号或查询码不正确，请核对后重试。').isVisible()).toBe(true);

    await page.getByLabel('查询码').fill(submitted.queryCode);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await until(() => page.getByRole('heading', { name: ITEM }).isVisible()).toBe(true);
    await until(() => page.getByText('申报 / 收件').first().isVisible()).toBe(true);
    expect(await page.getByText(/已申报/).count()).toBeGreaterThanOrEqual(1);
    expect(await noOverflow(page)).toBeLessThanOrEqual(1);
    await page.mouse.move(0, 0);
    await shot(page, 'applicant-progress-lookup');
    expect(await axeViolations(page)).toEqual([]);
  });
});

/** The window clerk asks for a correction through the API (the console side is another journey's). */
async function clerkRequestsCorrection(items: { name: string; problem: string }[]) {
  const context = await j.browser.newContext();
  const r = context.request;
  await r.post(`${j.baseUrl}/api/auth/login`, { data: { kind: 'staff', identifier: 'scjg.chuangkou', password: DEMO_PASSWORD } });
  const { csrfToken } = (await (await r.get(`${j.baseUrl}/api/auth/session`)).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const detail = (await (await r.get(`${j.baseUrl}/api/console/applications/${submitted.id}`)).json()) as {
    version: number;
    tasks: Array<{ taskId: string; phase: string; status: string }>;
  };
  const task = detail.tasks.find((t) => t.phase === 'acceptance' && t.status === 'open')!;
  const claimed = await r.post(`${j.baseUrl}/api/console/applications/${submitted.id}/tasks/${encodeURIComponent(task.taskId)}/claim`, {
    headers,
  });
  expect(claimed.status(), await claimed.text()).toBe(200);
  const version = ((await claimed.json()) as { version: number }).version;
  const asked = await r.post(`${j.baseUrl}/api/console/applications/${submitted.id}/correction`, { headers, data: { items, version } });
  expect(asked.status(), await asked.text()).toBe(200);
  await context.close();
}

describe('after submitting', () => {
  it('补正: the applicant sees what to correct, uploads it and resubmits; then withdraws with a reason', async () => {
    await clerkRequestsCorrection([{ name: '经营场所租赁合同及出租方产权证明', problem: '租赁合同未经出租方签字' }]);
    const page = await newPage(j);
    await page.goto(`${j.baseUrl}/login`);
    await fillLogin(page);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${j.baseUrl}/applications/${submitted.id}`);
    await until(() => page.getByRole('heading', { name: '需要补正' }).isVisible()).toBe(true);
    await until(() => page.getByText('需补正 1 项：经营场所租赁合同及出租方产权证明').first().isVisible()).toBe(true);
    await until(() => page.getByRole('link', { name: /补正告知书/ }).isVisible()).toBe(true);

    const lease = page.locator('.follow-up section.material-upload').first();
    expect(await lease.innerText()).toContain('经营场所租赁合同及出租方产权证明');
    await lease.locator('input[type=file]').setInputFiles(pdf('租赁合同（签字）.pdf'));
    await until(() => lease.getByRole('link', { name: /租赁合同（签字）\.pdf/ }).isVisible()).toBe(true);
    await shot(page, 'applicant-7-correction');
    await page.getByRole('button', { name: '提交补正' }).click();
    await until(() => page.getByText('补正材料已提交').isVisible()).toBe(true);
    await until(() => page.getByText('提交补正材料').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: '需要补正' }).count()).toBe(0);

    await page.getByRole('button', { name: '撤回申请' }).click();
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await until(() => page.getByText('请填写撤回原因').isVisible()).toBe(true);
    await page.getByLabel('撤回原因').fill('信息填写有误，重新申请');
    await page.getByRole('button', { name: /确\s*定/ }).click();
    await page.getByRole('button', { name: '确定撤回' }).click();
    await until(() => page.getByText('申请已撤回').isVisible()).toBe(true);
    await until(() => page.getByText('已撤件').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
    await shot(page, 'applicant-8-withdrawn');
  });
});

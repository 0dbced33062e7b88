// Browser journey of the staff side of applications (办件): a window clerk registers a walk-in at 一窗受理 for
// a new person, the department's clerk claims and accepts it from 待办, the reviewer claims the step, opens
// 转办 and releases it (退回待签, shown in the history), passes it (and is told that only the head may extend),
// the head grants, the clerk completes; the public progress query then says 已办结. Screenshots of the inbox
// and the application page (also at 375 px in elder mode); axe on each page.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idNumberCheckChar } from '../common/src/validators.js';
import { samplePng } from '../server/src/modules/uploads/test-files.js';
import { axeViolations, newPage, startJourney, type Journey, staffLogIn } from './support.js';

const shots = path.resolve(import.meta.dirname, '..', 'test-results');
fs.mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

const ID_CARD = '居民身份证申领、换领、补领';
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
const first17 = `110105199003${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}${digits(3)}`;
const VISITOR = { name: '王小明', idNumber: first17 + idNumberCheckChar(first17), mobile: `139${digits(8)}` };

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

/** Pages load lazily on a busy machine: wait up to 20 s (expect.poll's default is 1 s). */
const until = <T>(fn: () => Promise<T> | T, message?: string) => expect.poll(fn, { timeout: 20_000, interval: 200, message });
/** A two-character Chinese button reads "受 理" (antd spaces them out). */
const label = (text: string) => new RegExp(`^${[...text].join('\\s*')}$`);
const confirm = (page: Page) => page.locator('.ant-modal-confirm .ant-btn-primary').last().click();
const status = (page: Page, text: string) =>
  until(() => page.locator('.ant-descriptions-item-content', { hasText: text }).first().isVisible(), text).toBe(true);

async function act(page: Page, applicationId: string, action: string) {
  await page.goto(`${j.baseUrl}/console/applications/${applicationId}`);
  const button = page.getByRole('button', { name: label(action) });
  await until(() => button.isVisible(), action).toBe(true);
  await button.click();
  await confirm(page);
}

describe('applications: counter intake → inbox → accept → review → grant → complete', () => {
  let number = '';
  let queryCode = '';
  let applicationId = '';

  it('a window clerk registers a walk-in for a new person and gets the number, code and receipt', async () => {
    const page = await newPage(j);
    await staffLogIn(j, page, 'gaj.chuangkou');
    await page.goto(`${j.baseUrl}/console/intake`);
    await until(() => page.getByRole('heading', { name: '一窗受理', level: 1 }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // ① 核验身份: a wrong check digit is refused in the browser first
    await page.getByLabel('姓名').fill(VISITOR.name);
    await page.getByLabel('身份证号').fill(first17 + (idNumberCheckChar(first17) === '0' ? '1' : '0'));
    await page.getByLabel('手机号').fill(VISITOR.mobile);
    await page.getByRole('button', { name: '下一步' }).click();
    await until(() => page.getByText('身份证号不正确', { exact: false }).first().isVisible()).toBe(true);
    await page.getByLabel('身份证号').fill(VISITOR.idNumber);
    await page.getByRole('button', { name: '下一步' }).click();

    // ② 选择事项 and 办理情形
    await page.getByRole('searchbox', { name: '搜索事项' }).fill('身份证');
    await page.getByRole('searchbox', { name: '搜索事项' }).press('Enter');
    await page.getByRole('button', { name: `选择 ${ID_CARD}` }).click();
    await until(() => page.getByRole('radio', { name: '首次申领' }).isVisible()).toBe(true);
    await page.getByRole('radio', { name: '首次申领' }).check();
    await page.getByRole('radio', { name: '已满十六周岁' }).check();
    await page.getByRole('radio', { name: '常住户口所在地' }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    // ③ the form, prefilled from the visitor's identity
    await until(() => page.getByLabel('民族').isVisible()).toBe(true);
    expect(await page.locator('input[value="' + VISITOR.idNumber + '"]').count()).toBe(1);
    await page.getByRole('radio', { name: '男', exact: true }).check();
    await page.getByRole('radio', { name: '首次申领' }).check();
    await page.getByLabel('民族').fill('汉族');
    await page.getByLabel('出生日期').click();
    await page.getByLabel('出生日期').fill(`${first17.slice(6, 10)}-${first17.slice(10, 12)}-${first17.slice(12, 14)}`);
    await page.getByLabel('出生日期').press('Enter');
    await page.getByLabel('常住户口所在地住址').fill('示范市示范区幸福路 1 号');
    await page.getByRole('radio', { name: '窗口领取' }).check();
    await page.getByRole('checkbox', { name: /本人（单位）承诺/ }).check();
    await page.getByRole('button', { name: '下一步' }).click();

    // ④ materials: one scanned, the others received on paper
    const papers = page.getByRole('checkbox', { name: /纸质原件已收/ });
    await until(() => papers.count()).toBeGreaterThan(0);
    const chooser = page.waitForEvent('filechooser');
    await page
      .getByRole('button', { name: /^选择文件/ })
      .first()
      .click();
    await (await chooser).setFiles({ name: '照片.png', mimeType: 'image/png', buffer: samplePng() });
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: /照片\.png/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    for (let i = 1; i < (await papers.count()); i++) await papers.nth(i).check();
    await page.getByRole('button', { name: '提交登记' }).click();

    // ⑤ the result: number, query code, the receipt PDF
    await until(() => page.getByText('已登记', { exact: true }).isVisible(), 'registered').toBe(true);
    number = (await page.locator('.intake-result__code').nth(0).textContent())!.trim();
    queryCode = (await page.locator('.intake-result__code').nth(1).textContent())!.trim();
    expect(number).toMatch(/^\d{6,40}$/);
    expect(queryCode).toMatch(/^\d{6}$/);
    const href = await page.getByRole('link', { name: /打印收件凭证/ }).getAttribute('href');
    const pdf = await page.request.get(`${j.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    applicationId = href!.split('/')[4]!;
    await shot(page, 'applications-staff-intake-result');
  });

  it('the department clerk claims and accepts it from the inbox; 不予受理 needs an opinion', async () => {
    const page = await newPage(j);
    await staffLogIn(j, page, 'gaj.chuangkou');
    await page.goto(`${j.baseUrl}/console/inbox`);
    const row = page.getByRole('row', { name: new RegExp(number) });
    await until(() => row.isVisible(), 'inbox row').toBe(true);
    await expect
      .poll(() =>
        row
          .getByText(/正常|即将到期|已超期|已暂停/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'applications-staff-inbox');

    await page.getByRole('button', { name: `签收 ${number} 受理` }).click();
    await until(() => row.getByText('已由我签收').isVisible()).toBe(true);
    const phone = await newPage(j, { width: 375 });
    await phone.addInitScript(() => localStorage.setItem('ow.elder', 'true'));
    await staffLogIn(j, phone, 'gaj.chuangkou');
    await phone.goto(`${j.baseUrl}/console/inbox`);
    await until(() => phone.getByText(number).first().isVisible(), 'inbox card').toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await shot(phone, 'applications-staff-inbox-phone-elder');

    await page.getByRole('tab', { name: '我签收的' }).click();
    await until(() => page.getByRole('row', { name: new RegExp(number) }).isVisible()).toBe(true);
    await page.getByRole('link', { name: `办理 ${number} 受理` }).click();
    await page.waitForURL(/\/console\/applications\//);
    await until(() => page.getByRole('heading', { name: new RegExp(number), level: 1 }).isVisible()).toBe(true);
    // labels from the item's form, the scanned material, the receipt
    await until(() => page.getByText('常住户口所在地住址').first().isVisible()).toBe(true);
    await until(() => page.getByRole('button', { name: /预览 照片\.png/ }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: /收件凭证/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await until(() => page.getByText('当前环节').first().isVisible(), 'diagram').toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'applications-staff-application');

    await page.getByRole('button', { name: label('不予受理') }).click();
    await until(() => page.getByText('「不予受理」须填写处理意见', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: label('受理') }).click();
    await confirm(page);
    await status(page, '已受理（办理中）');
  });

  it('the reviewer passes (and cannot extend), the head grants, the clerk completes', async () => {
    const reviewer = await newPage(j);
    await staffLogIn(j, reviewer, 'gaj.shenpi');
    await reviewer.goto(`${j.baseUrl}/console/applications/${applicationId}`);
    // 签收, then 转办 (the demo department has no second reviewer: the dialog says so), then 退回待签
    const claim = reviewer.getByRole('button', { name: '签收「审查」' });
    await until(() => claim.isVisible(), '签收 offered').toBe(true);
    await claim.click();
    await until(() => reviewer.getByText('已由我签收').first().isVisible(), 'claimed').toBe(true);
    const phone = await newPage(j, { width: 375 });
    await phone.addInitScript(() => localStorage.setItem('ow.elder', 'true'));
    await staffLogIn(j, phone, 'gaj.shenpi');
    await phone.goto(`${j.baseUrl}/console/applications/${applicationId}`);
    await until(() => phone.getByRole('button', { name: '转办「审查」' }).isVisible(), 'phone: 转办').toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await phone.getByRole('button', { name: '转办「审查」' }).click();
    await until(() => phone.getByText('本部门没有其他可接收此环节的同事。').isVisible(), 'phone: dialog').toBe(true);
    await phone.screenshot({ path: path.join(shots, 'applications-staff-transfer-phone-elder.png') });
    await phone.close();
    await reviewer.getByRole('button', { name: '转办「审查」' }).click();
    await until(() => reviewer.getByText('本部门没有其他可接收此环节的同事。').isVisible(), 'no colleague').toBe(true);
    expect(await axeViolations(reviewer)).toEqual([]);
    await reviewer.getByRole('button', { name: label('取消') }).click();
    await reviewer.getByRole('button', { name: '将「审查」退回待签' }).click();
    await confirm(reviewer);
    await until(() => reviewer.getByText('待签收', { exact: true }).first().isVisible(), 'released').toBe(true);
    await until(() => reviewer.getByText('签收「审查」：冯审批').isVisible(), 'history: claim').toBe(true);
    await until(() => reviewer.getByText('退回待签「审查」：冯审批').isVisible(), 'history: release').toBe(true);
    const extend = reviewer.getByRole('button', { name: label('延期') });
    await until(() => extend.isVisible(), '延期 is offered').toBe(true);
    await extend.click();
    await reviewer.getByLabel('原因').fill('需要补充调查');
    await reviewer.getByRole('button', { name: label('提交') }).click();
    await until(() => reviewer.getByRole('alert').filter({ hasText: '无权' }).first().isVisible(), '403 shown').toBe(true);
    await act(reviewer, applicationId, '审查通过');
    await expect
      .poll(
        () =>
          reviewer
            .getByText(/^决定：/)
            .first()
            .isVisible(),
        { message: 'decision is the head’s' },
      )
      .toBe(true);

    const head = await newPage(j);
    await staffLogIn(j, head, 'gaj.fuze');
    await act(head, applicationId, '准予许可');
    await status(head, '已决定');

    const clerk = await newPage(j);
    await staffLogIn(j, clerk, 'gaj.chuangkou');
    await act(clerk, applicationId, '办结');
    await status(clerk, '已办结');
    await expect
      .poll(() =>
        clerk
          .getByRole('link', { name: /准予行政许可决定书/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await until(() => clerk.getByRole('cell', { name: '准予许可' }).first().isVisible(), 'tasks table').toBe(true);
    await shot(clerk, 'applications-staff-application-completed');

    const res = await fetch(`${j.baseUrl}/api/progress?number=${number}&code=${queryCode}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { statusLabel: string }).statusLabel).toBe('已办结');
  });

  it('the application page fits a phone in elder mode', async () => {
    const page = await newPage(j, { width: 375 });
    await page.addInitScript(() => localStorage.setItem('ow.elder', 'true'));
    await staffLogIn(j, page, 'gaj.chuangkou');
    await page.goto(`${j.baseUrl}/console/applications/${applicationId}`);
    await until(() => page.getByRole('heading', { name: new RegExp(number), level: 1 }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBe('true');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await shot(page, 'applications-staff-application-phone-elder');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shots, 'applications-staff-application-phone-elder-top.png') });
  });
});

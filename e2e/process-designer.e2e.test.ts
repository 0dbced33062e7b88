// Browser journey of the process designer: the administrator opens 流程设计, opens 食品经营许可 (a flow
// with parallel 会签 and a conditional branch), removes a return target and adds an empty 抄送, saves and
// sees both problems in Chinese on the list and on the nodes, fixes them, saves, publishes version 2 and
// downloads the BPMN; the designer and the diagram at 375 px in elder mode; axe on both pages.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, newPage, startJourney, type Journey, staffLogIn } from './support.js';

const shots = path.resolve(import.meta.dirname, '..', 'test-results');
fs.mkdirSync(shots, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

const ITEM = '食品经营许可';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(() => j?.close());

async function openDesigner(page: Page): Promise<string> {
  await page.goto(`${j.baseUrl}/console/process`);
  await page.getByRole('heading', { name: '流程设计', level: 1 }).waitFor();
  const search = page.getByLabel('搜索事项名称或编码').first();
  await search.fill(ITEM);
  await search.press('Enter');
  const link = page.getByRole('link', { name: ITEM, exact: true });
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/console\/process\/items\/[0-9a-f-]+$/);
  await page.getByRole('heading', { name: `流程设计：${ITEM}`, level: 1 }).waitFor();
  return page.url().split('/').pop()!;
}

const drawer = (page: Page) => page.getByRole('dialog');
/** The drawer has slid in and put the focus on its first field (keyboard users land in the form). */
const drawerReady = async (page: Page) => {
  const name = drawer(page).getByLabel('名称', { exact: true });
  await expect.poll(() => name.evaluate((el) => el === document.activeElement).catch(() => false)).toBe(true);
};
const closeDrawer = async (page: Page) => {
  await page.locator('.ant-drawer-close').click();
  await expect.poll(() => drawer(page).isVisible()).toBe(false);
};

describe('process designer', () => {
  it('edit → problems on the list and the nodes → fix → save → publish', async () => {
    const page = await newPage(j);
    await staffLogIn(j, page, 'admin');
    await page.goto(`${j.baseUrl}/console/process`);
    await page.getByRole('heading', { name: '流程设计', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('已发布第 1 版').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const itemId = await openDesigner(page);
    const editor = page.locator('.pd-editor');
    await expect.poll(() => page.getByText(/以下内容来自已发布的第 1 版/).isVisible()).toBe(true);
    await expect.poll(() => editor.getByText('会签 · 全部同意').isVisible()).toBe(true);
    await expect.poll(() => editor.getByText('jointApproved = false').isVisible()).toBe(true);
    await shot(page, 'process-designer-desktop');
    expect(await axeViolations(page)).toEqual([]);

    // 1. The review's 退回受理 loses its target.
    await editor.getByRole('button', { name: '编辑“审查”' }).click();
    await drawerReady(page);
    const target = drawer(page).locator('.ant-select:has(#pd-action-1-target)');
    await target.hover();
    await target.locator('.ant-select-clear').click();
    await closeDrawer(page);

    // 2. A 抄送 after the review, with nobody to copy to yet.
    await editor.getByRole('button', { name: '在“审查”之后添加环节' }).click();
    await page.getByRole('menuitem', { name: '抄送' }).click();
    await expect.poll(() => drawer(page).getByText('编辑“抄送”').isVisible()).toBe(true);
    await drawerReady(page);
    await closeDrawer(page);
    await expect.poll(() => page.getByText('有未保存的修改').isVisible()).toBe(true);

    await page.getByRole('button', { name: '保存草稿' }).click();
    const problems = page.locator('.pd-problems');
    await expect.poll(() => problems.getByText('校验问题（2）').isVisible()).toBe(true);
    await expect.poll(() => problems.getByText('退回操作“退回受理”须指定退回到的环节').isVisible()).toBe(true);
    await expect.poll(() => problems.getByText('抄送“抄送”须指定角色或部门').isVisible()).toBe(true);
    expect(await editor.locator('[data-node-id="review"]').getByText('有问题').count()).toBe(1);
    expect(await editor.locator('[data-node-id="copy_1"]').getByText('有问题').count()).toBe(1);
    expect(await editor.locator('[data-node-id="acceptance"]').getByText('有问题').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^发\s*布$/ }).isDisabled()).toBe(true);
    await page.mouse.move(0, 0); // the hovered primary button is antd's lighter blue
    await page.waitForTimeout(300);
    await shot(page, 'process-designer-problems');
    expect(await axeViolations(page)).toEqual([]);

    // Fix: 定位 opens the node; the drawer repeats its problem.
    await problems.getByRole('button', { name: '定位：抄送' }).click();
    await expect.poll(() => drawer(page).getByText('抄送“抄送”须指定角色或部门').isVisible()).toBe(true);
    await drawerReady(page);
    await drawer(page).locator('#pd-copy-roles').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="部门负责人"]').click();
    await page.keyboard.press('Escape');
    await closeDrawer(page);
    await problems.getByRole('button', { name: '定位：审查' }).click();
    await drawerReady(page);
    await drawer(page).locator('#pd-action-1-target').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="受理"]').click();
    await closeDrawer(page);
    await expect.poll(() => editor.getByText('角色：部门负责人').count()).toBe(1);

    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => page.getByText('校验通过，可以发布').isVisible()).toBe(true);
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await expect.poll(() => page.getByText('已发布第 2 版').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/以下内容来自已发布的第 2 版/).isVisible()).toBe(true);
    expect(await page.getByText('请先保存草稿').count()).toBe(0);

    const versions = (await page.evaluate(
      (id) => fetch(`/api/console/process/items/${id}/definitions`).then((r) => r.json()),
      itemId,
    )) as Array<{
      id: string;
      versionNo: number;
      status: string;
      definition: { root: { children: Array<{ type: string; roles?: string[] }> } };
    }>;
    const published = versions.find((v) => v.status === 'published')!;
    expect(published.versionNo).toBe(2);
    expect(published.definition.root.children[2]).toMatchObject({ type: 'copy_to', roles: ['department_head'] });
    expect(versions.find((v) => v.versionNo === 1)?.status).toBe('retired');

    const href = await page.getByRole('link', { name: '下载 BPMN 文件' }).getAttribute('href');
    expect(href).toBe(`/api/console/process/definitions/${published.id}/bpmn`);
    const xml = await page.evaluate((url) => fetch(url).then((r) => r.text()), href!);
    expect(xml).toContain('bpmn');
    expect(xml).toContain('抄送');
    await shot(page, 'process-designer-published');
  });

  it('designer and diagram fit 375 px in elder mode', async () => {
    const page = await newPage(j, { width: 375 });
    await page.addInitScript(() => localStorage.setItem('ow.elder', 'true'));
    await staffLogIn(j, page, 'admin');
    await openDesigner(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.elder)).toBe('true');
    await page.locator('.pd-preview .pd-card').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'process-designer-phone-elder');
    await page.screenshot({
      path: path.join(shots, 'process-designer-phone-elder-top.png'),
      clip: { x: 0, y: 0, width: 375, height: 1100 },
    });
    await page.locator('.pd-preview').screenshot({ path: path.join(shots, 'process-diagram-phone-elder.png') });
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('.pd-editor').getByRole('button', { name: '编辑“审查”' }).click();
    await drawerReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(shots, 'process-designer-phone-elder-drawer.png') });
    expect(await axeViolations(page)).toEqual([]);
  });
});

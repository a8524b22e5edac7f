import os from 'node:os';
import path from 'node:path';
import { AppShell } from './pages/app-shell';
import { BundlePage } from './pages/bundle-page';
import { seedFiled } from './pages/filing-seed';
import { SettingsPage } from './pages/settings-page';
import { expect, test } from './support/launch';

const SHOTS = '/tmp/shots/bundle';
const PLAN_SHOTS = '/tmp/shots/search';

test.beforeEach(({}, testInfo) => {
  // Electron saves a download through its session (will-download), not as a Playwright download event.
  test.skip(testInfo.project.name === 'electron', 'downloads are observed in browser mode');
});

/** Exports a bundle of a filed client from one app and answers the file's path. */
async function exportFrom(app: { page: import('@playwright/test').Page }, domains: string[]): Promise<string> {
  await seedFiled(app.page, domains);
  await new AppShell(app.page).open('设置');
  const download = await new BundlePage(app.page).export();
  expect(download.suggestedFilename()).toMatch(/^icp-desk-\d{8}-\d{6}-\d{3}\.icpdesk$/);
  const file = path.join(os.tmpdir(), `bundle-e2e-${process.pid}-${Date.now()}.icpdesk`);
  await download.saveAs(file);
  return file;
}

test('a bundle exported on one workstation replaces the data of a fresh one, and the client is there after a reload', async ({ launcher }) => {
  const source = await launcher.start();
  const file = await exportFrom(source, ['bundle-e2e.example.cn']);
  await source.stop();

  const { page } = await launcher.start(launcher.newDataDir());
  const shell = new AppShell(page);
  const bundle = new BundlePage(page);
  await shell.open('设置');
  await bundle.choose(file);
  await expect(bundle.preview()).toBeVisible();
  await expect(page.getByText('没有冲突')).toBeVisible();
  await bundle.mode(/替换/).check();
  await expect(page.getByText(/替换会删除本机当前的全部数据/)).toBeVisible();
  await bundle.importConfirmed();
  await expect(bundle.result()).toContainText('现有 1 个主体');

  await shell.reload();
  await shell.open('主体');
  await expect(page.getByText('北京已备案科技有限公司')).toBeVisible();
});

test('a merge preview lists the entity with the same certificate number, with its resolution per row, in both languages', async ({ launcher }) => {
  const source = await launcher.start();
  const file = await exportFrom(source, ['bundle-e2e.example.cn']);
  await source.stop();

  const { page } = await launcher.start();
  await seedFiled(page, ['local-only.example.cn']);
  const shell = new AppShell(page);
  const bundle = new BundlePage(page);
  await shell.open('设置');
  await bundle.choose(file);
  await expect(bundle.preview()).toBeVisible();
  await expect(bundle.conflictRows()).toHaveCount(1);
  const row = bundle.conflictRows().first();
  await expect(row).toContainText('证件号码相同');
  await expect(row).toContainText('91110105MA01Q8XK3N');
  await expect(bundle.resolution('北京已备案科技有限公司')).toBeVisible();
  await expect(row).toContainText('不导入');
  // Keeping the local entity (the default) adds none of the bundle's entity or its website.
  await expect(bundle.mergeAdds(/^主体$/)).toHaveText('0');
  await expect(bundle.mergeAdds(/^网站\/App$/)).toHaveText('0');
  await bundle.section().screenshot({ path: `${SHOTS}/preview-conflict-zh.png` });

  // Choosing the bundle's version says what it will remove, and the counts follow the choice.
  await bundle.resolve('北京已备案科技有限公司', '采用数据包');
  await expect(row).toContainText('被删除，换成数据包中的');
  await expect(bundle.mergeAdds(/^主体$/)).toHaveText('1');
  await expect(bundle.mergeAdds(/^网站\/App$/)).toHaveText('1');
  await bundle.section().screenshot({ path: `${PLAN_SHOTS}/preview-take-incoming-zh.png` });

  await new SettingsPage(page).language('English').check();
  await expect(bundle.conflictRows().first()).toContainText('Same certificate number');
  await expect(bundle.mergeAdds(/^Entities$/)).toHaveText('1');
  await bundle.section().screenshot({ path: `${SHOTS}/preview-conflict-en.png` });
  await bundle.section().screenshot({ path: `${PLAN_SHOTS}/preview-take-incoming-en.png` });

  // And back: keeping the local entity again adds nothing of it.
  await bundle.resolve('北京已备案科技有限公司', 'Keep mine');
  await expect(bundle.mergeAdds(/^Entities$/)).toHaveText('0');
  await bundle.resolve('北京已备案科技有限公司', 'Take the bundle');
  await expect(bundle.mergeAdds(/^Entities$/)).toHaveText('1');

  await bundle.importConfirmed();
  await expect(bundle.result()).toContainText(/Bundle merged: 1 entities.*; 3 local records replaced/);
});

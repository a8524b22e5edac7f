import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';
import { expect, test } from './support/launch';

test('switching to English and dark is kept after a reload', async ({ launcher }) => {
  const { page } = await launcher.start();
  const shell = new AppShell(page);
  const settings = new SettingsPage(page);

  await expect(shell.nav('仪表盘')).toBeVisible();
  await shell.open('设置');
  await settings.language('English').check();
  await expect(shell.nav('Dashboard')).toBeVisible();
  const lightLuminance = await shell.backgroundLuminance();
  await settings.theme(/^Dark$/).check();
  await expect.poll(() => shell.backgroundLuminance()).toBeLessThan(0.1);
  expect(lightLuminance).toBeGreaterThan(0.5);

  await shell.reload();
  await expect(shell.nav('Settings')).toBeVisible();
  await expect(shell.nav('仪表盘')).toHaveCount(0);
  expect(await shell.backgroundLuminance()).toBeLessThan(0.1);
});

test('the display name is validated, saved and shown after a reload', async ({ launcher }) => {
  const { page } = await launcher.start();
  const shell = new AppShell(page);
  const settings = new SettingsPage(page);
  await shell.open('设置');
  await settings.saveDisplayName('x'.repeat(61));
  await expect(page.getByText(/60/).first()).toBeVisible();
  await expect(settings.displayName()).toHaveValue('x'.repeat(61));
  await settings.saveDisplayName('王小明');
  await shell.reload();
  await shell.open('设置');
  await expect(settings.displayName()).toHaveValue('王小明');
});

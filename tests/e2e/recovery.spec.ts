import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppShell } from './pages/app-shell';
import { SettingsPage } from './pages/settings-page';
import { expect, test } from './support/launch';

const GARBAGE = '{"schemaVersion":1,"generation":3,"collections":{"settings":[{"id":"app","lang';

test('a corrupted data file leads to the recovery screen, and restoring a backup brings the data back', async ({ launcher }) => {
  const dataDir = launcher.newDataDir();
  const first = await launcher.start(dataDir);
  const shell = new AppShell(first.page);
  const settings = new SettingsPage(first.page);
  await shell.open('设置');
  await settings.saveDisplayName('备份前的名字');
  await expect(first.page.getByText(/已保存|Saved/).first()).toBeVisible();
  await settings.createBackup();
  await expect(settings.backupRows()).toHaveCount(1);
  await first.stop();

  // The data file is damaged while the app is closed (a disk fault, a bad sync tool…).
  writeFileSync(path.join(dataDir, 'icp-desk.json'), GARBAGE);

  const second = await launcher.start(dataDir);
  const page = second.page;
  await expect(page.getByRole('button', { name: /恢复最新备份|Restore newest backup/ })).toBeVisible();
  await expect(new AppShell(page).nav('设置')).toHaveCount(0);

  // The damaged file was moved aside, byte for byte, not overwritten or deleted.
  const damaged = readdirSync(dataDir).filter((name) => name.startsWith('damaged-'));
  expect(damaged).toHaveLength(1);
  expect(readFileSync(path.join(dataDir, damaged[0] ?? '', 'icp-desk.json'), 'utf8')).toBe(GARBAGE);

  await page.getByRole('button', { name: /恢复最新备份|Restore newest backup/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^(恢 ?复|Restore)$/ }).click();

  const restoredShell = new AppShell(page);
  await expect(restoredShell.nav('设置')).toBeVisible();
  await restoredShell.open('设置');
  await expect(new SettingsPage(page).displayName()).toHaveValue('备份前的名字');
  expect(existsSync(path.join(dataDir, 'icp-desk.json'))).toBe(true);
});

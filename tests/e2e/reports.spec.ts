import { readFile } from 'node:fs/promises';
import { AppShell } from './pages/app-shell';
import { seedFiled } from './pages/filing-seed';
import { expect, test } from './support/launch';

test('entities exported as CSV from the Reports page: a download with the BOM and the Chinese entity name', async ({ launcher }, testInfo) => {
  // Electron saves a download through its session (will-download), not as a Playwright download event.
  test.skip(testInfo.project.name === 'electron', 'downloads are observed in browser mode');
  const { page } = await launcher.start();
  await seedFiled(page, ['report-e2e.example.cn']);

  await new AppShell(page).open('报表');
  const card = page.getByRole('region', { name: '主体列表' });
  // antd's button-style radios hide the input: click the visible option, as a person does.
  await card.getByText('CSV（.csv）').click();
  await expect(card.getByRole('radio', { name: /CSV/ })).toBeChecked();
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: '导出: 主体列表' }).click();
  const file = await download;

  expect(file.suggestedFilename()).toMatch(/^主体列表-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('北京已备案科技有限公司');
  expect(text).toContain('京ICP备2026000123号');
  await expect(card.getByRole('status')).toContainText('1 行');
});

import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { callApi } from './support/api';
import { AppShell } from './pages/app-shell';
import { EntitiesPage } from './pages/entities-page';
import { seedFiled } from './pages/filing-seed';
import { ReportsPage } from './pages/reports-page';
import { electronRuntime, expect, test } from './support/launch';
import { seedPortfolio, type SeededPortfolio } from './support/seeded';

const SHOTS = '/tmp/shots/exports';

test('entities exported as CSV from the Reports page: a download with the BOM and the Chinese entity name', async ({ launcher }, testInfo) => {
  // Electron saves through the native save dialog (job:save-file), not as a Playwright download event.
  test.skip(testInfo.project.name === 'electron', 'downloads are observed in browser mode');
  const { page } = await launcher.start();
  await seedFiled(page, ['report-e2e.example.cn']);

  await new AppShell(page).open('报表');
  const reports = new ReportsPage(page);
  const card = reports.card('主体列表');
  await reports.chooseFormat('主体列表', 'CSV（.csv）');
  await expect(card.getByRole('radio', { name: /CSV/ })).toBeChecked();
  const download = page.waitForEvent('download');
  await reports.exportButton('主体列表', '导出').click();
  const file = await download;

  expect(file.suggestedFilename()).toMatch(/^主体列表-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('北京已备案科技有限公司');
  expect(text).toContain('京ICP备2026000123号');
  await expect(card.getByRole('status')).toContainText(/已导出 主体列表-.*\.csv（1 行）/);
  await page.screenshot({ path: `${SHOTS}/reports-csv-done-zh.png`, fullPage: true });
});

test('the entities list exports what it shows: its search narrows the file too', async ({ launcher }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'downloads are observed in browser mode');
  const { page } = await launcher.start();
  await seedFiled(page, ['list-export.example.cn']);
  const entities = new EntitiesPage(page);
  await entities.open();

  const exportCsv = async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出主体列表（选择文件格式）' }).click();
    await page.getByRole('menuitem', { name: 'CSV（.csv）' }).click();
    const text = (await readFile(await (await download).path())).toString('utf8');
    await page.getByRole('button', { name: '关闭' }).click();
    return text.split('\r\n').filter((line) => line !== '');
  };

  await entities.search().fill('已备案科技');
  await entities.search().press('Enter');
  await expect(entities.count()).toHaveText(/共 1 个主体/);
  const matching = await exportCsv();
  expect(matching).toHaveLength(2);
  expect(matching[1]).toContain('北京已备案科技有限公司');

  await entities.search().fill('没有这样的客户');
  await entities.search().press('Enter');
  await expect(entities.count()).toHaveText(/共 0 个主体/);
  expect(await exportCsv(), 'only the header row').toHaveLength(1);
});

test.describe('long exports on a large portfolio', () => {
  // Large enough that the services workbook (about 12,800 rows) takes seconds to write, and that the
  // portfolio PDF (its first 200 entities, about 140 pages) takes many: time to see progress and to cancel.
  const ENTITIES = 5_000;
  let portfolio: SeededPortfolio | undefined;

  test.beforeAll(async () => {
    const info = test.info();
    test.skip(info.project.metadata.shell === 'electron' && !electronRuntime(), 'No Electron runtime on this machine.');
    info.setTimeout(180_000);
    portfolio = await seedPortfolio(ENTITIES, '1');
  });
  test.afterAll(() => portfolio?.remove());

  test('a workbook shows its progress row by row before it downloads; Cancel stops a PDF and nothing arrives', async ({ launcher }, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'downloads are observed in browser mode');
    test.slow(); // the store opens a large snapshot and builds its index on the first list
    const { page } = await launcher.start(portfolio?.dataDir ?? '');
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    const reports = new ReportsPage(page);

    const languages = [
      { lang: 'zh', nav: '报表', table: '服务与备案号', pdf: '客户资料报告（PDF）', xlsx: 'Excel（.xlsx）', exportLabel: '导出', count: /^\d+ \/ \d+$/, done: /已导出 服务与备案号-.*\.xlsx（\d+ 行）/, cancel: '取消任务', cancelled: '已取消，没有写入任何文件或数据。' },
      { lang: 'en', nav: 'Reports', table: 'Services and numbers', pdf: 'Portfolio report (PDF)', xlsx: 'Excel (.xlsx)', exportLabel: 'Export', count: /^\d+ of \d+$/, done: /Exported .*\.xlsx \(\d+ rows\)/, cancel: 'Cancel job', cancelled: 'Cancelled: no file or data was written.' },
    ];
    for (const ui of languages) {
      if (ui.lang === 'en') {
        await callApi(page, 'settings:update', { language: 'en' });
        await new AppShell(page).reload();
      }
      await new AppShell(page).open(ui.nav);

      // The workbook: a row count with Cancel while it is written (it may take only a second or two,
      // so no more is asserted while it runs), then the download and the done message.
      await reports.chooseFormat(ui.table, ui.xlsx);
      await reports.exportButton(ui.table, ui.exportLabel).click();
      await expect(reports.progress(ui.table).getByText(ui.count)).toBeVisible();
      await expect(reports.card(ui.table).getByRole('status')).toHaveText(ui.done, { timeout: 60_000 });
      await page.screenshot({ path: `${SHOTS}/reports-done-${ui.lang}.png` });

      // The PDF (many seconds): progress with Cancel and Export waiting; cancelled, the card says
      // nothing was written and Export is back.
      await reports.exportButton(ui.pdf, ui.exportLabel).click();
      const pdfProgress = reports.progress(ui.pdf);
      await expect(pdfProgress.getByRole('button', { name: ui.cancel })).toBeVisible();
      await expect(reports.exportButton(ui.pdf, ui.exportLabel)).toBeDisabled();
      await pdfProgress.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/reports-progress-${ui.lang}.png` });
      await pdfProgress.getByRole('button', { name: ui.cancel }).click();
      await expect(reports.card(ui.pdf).getByRole('status')).toHaveText(ui.cancelled);
      await expect(pdfProgress).toHaveCount(0);
      await expect(reports.exportButton(ui.pdf, ui.exportLabel)).toBeEnabled();
      await reports.card(ui.pdf).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/reports-cancelled-${ui.lang}.png` });
    }
    // Each workbook was downloaded once; the cancelled PDFs handed nothing over.
    expect(downloads.map((d) => d.suggestedFilename().split('.').pop())).toEqual(['xlsx', 'xlsx']);
  });
});

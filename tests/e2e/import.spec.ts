import { mkdirSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { clientRow, HEADERS_ZH, toCsv } from '../fixtures/imports/clients';
import { zipOf } from '../fixtures/imports/zip';
import { AppShell } from './pages/app-shell';
import { EntitiesPage } from './pages/entities-page';
import { ImportPage } from './pages/import-page';
import { callApi } from './support/api';
import { expect, test } from './support/launch';

/** Three clients; the one on spreadsheet row 4 has a mobile number that is not one. */
function csvWithOneBadRow(first: number): string {
  const rows = [clientRow(first), clientRow(first + 1), clientRow(first + 2)];
  const bad = rows[2];
  if (bad) bad[HEADERS_ZH.indexOf('负责人手机 *')] = '1234';
  return '\uFEFF' + toCsv([HEADERS_ZH, ...rows]);
}

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots/import';

test('a CSV with one bad row: the error at its row and cell, confirm, and the good clients are in the entity list after a reload', async ({ launcher }) => {
  const { page } = await launcher.start();
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const imports = new ImportPage(page);
  await imports.open();
  await imports.choose('客户.csv', csvWithOneBadRow(101));

  await expect(imports.summary()).toContainText('共 3 行：2 行可以导入，1 行有错误，将被跳过。');
  const error = imports.errorAt('第 4 行', '负责人手机 *');
  await expect(error).toHaveCount(1);
  await expect(error).toContainText('1234');
  await expect(imports.errors().getByRole('row')).toHaveCount(2); // the header and that one error
  await expect(imports.invalidCells()).toHaveCount(1);
  await expect(imports.invalidCells()).toHaveText('1234');
  await page.screenshot({ path: `${SHOTS}/preview-errors-zh.png`, fullPage: true });
  await imports.invalidCells().first().scrollIntoViewIfNeeded();
  await page.getByRole('region', { name: '数据预览' }).screenshot({ path: `${SHOTS}/preview-cell-zh.png` });

  // Nothing is written before the confirmation.
  expect((await callApi<{ total: number }>(page, 'entity:list', {})).total).toBe(0);
  await imports.confirm();
  await expect(imports.result()).toBeVisible();
  await expect(page.getByText('已导入 2 个主体、2 位负责人、2 个网站；跳过 1 行。')).toBeVisible();
  await expect(page.getByText(/导入前的备份：.*before-import/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/result-zh.png`, fullPage: true });

  await page.getByRole('button', { name: '查看主体列表' }).click();
  await new AppShell(page).reload();
  const entities = new EntitiesPage(page);
  await expect(entities.entityLink('北京导入测试101号科技有限公司')).toBeVisible();
  await expect(entities.entityLink('北京导入测试102号科技有限公司')).toBeVisible();
  await expect(entities.list().getByText('北京导入测试103号科技有限公司')).toHaveCount(0);

  // The same screens in English.
  await callApi(page, 'settings:update', { language: 'en' });
  await page.reload();
  await imports.open();
  await imports.choose('clients.csv', csvWithOneBadRow(201));
  await expect(imports.summary()).toContainText('3 rows: 2 ready to import, 1 with errors will be skipped.');
  await expect(imports.errorAt('Row 4', '负责人手机 *')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/preview-errors-en.png`, fullPage: true });
  await imports.confirm();
  await expect(page.getByText('Imported 2 entities, 2 leaders and 2 websites; rows skipped: 1.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/result-en.png`, fullPage: true });
});

test('the CSV template downloads with its headers; a zip bomb named .xlsx is refused with a message and nothing changes', async ({ launcher }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'downloads are observed in browser mode');
  const { page } = await launcher.start();
  const imports = new ImportPage(page);
  await imports.open();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 CSV 模板' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('客户导入模板.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.startsWith('\uFEFF主体名称 *,主体性质 *')).toBe(true);

  // 150 MB of zeros packed into a small .xlsx: parsed in the task worker, refused before exceljs reads it.
  const bomb = zipOf('xl/worksheets/sheet1.xml', deflateRawSync(Buffer.alloc(150 * 1024 * 1024), { level: 9 }), 150 * 1024 * 1024);
  await imports.choose('客户.xlsx', bomb, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(page.getByRole('alert')).toContainText('解压后过大');
  await expect(page.getByRole('alert')).toContainText('数据未被更改');
  expect((await callApi<{ total: number }>(page, 'entity:list', {})).total).toBe(0);
  // The app still works: a good file right after is checked as usual.
  await imports.choose('客户.csv', csvWithOneBadRow(301));
  await expect(imports.summary()).toContainText('2 行可以导入');
});

/** Two clients with 21 columns each; row 3's last cell (网站服务内容) names no known category. */
function wideCsvWithErrorInLastColumn(first: number): string {
  const rows = [clientRow(first), clientRow(first + 1)];
  const bad = rows[1];
  if (bad) bad[HEADERS_ZH.length - 1] = '不存在的类别';
  return '\uFEFF' + toCsv([HEADERS_ZH, ...rows]);
}

test('a wide file: clicking an error scrolls the preview to its cell far right and focuses it, with a horizontal scrollbar; zh and en', async ({ launcher }) => {
  const { page } = await launcher.start();
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  const imports = new ImportPage(page);
  const cases = [
    { language: 'zh-CN', show: '在数据预览中查看第 3 行 网站服务内容', first: 401 },
    { language: 'en', show: 'Show row 3 网站服务内容 in the data preview', first: 501 },
  ] as const;
  for (const { language, show, first } of cases) {
    await callApi(page, 'settings:update', { language });
    await page.reload();
    await imports.open();
    await imports.choose('wide.csv', wideCsvWithErrorInLastColumn(first));
    const cell = imports.invalidCells();
    await expect(cell).toHaveCount(1);
    await expect(cell).toHaveText('不存在的类别');
    await expect(cell).not.toBeInViewport();
    // The preview scrolls sideways with a drawn (styled, 10 px) scrollbar: overlay scrollbars, which
    // macOS shows only while scrolling, are never used for a styled one. Headless Chromium hides
    // every scrollbar, so its style is read rather than its room measured.
    const body = page.getByRole('region', { name: /^(数据预览|Data preview)$/ }).locator('.ant-table-body');
    const scroll = await body.evaluate((el: HTMLElement) => ({ wider: el.scrollWidth > el.clientWidth, overflow: getComputedStyle(el).overflowX, bar: getComputedStyle(el, '::-webkit-scrollbar').height }));
    expect(scroll).toEqual({ wider: true, overflow: 'auto', bar: '10px' });

    await imports.errors().getByRole('button', { name: show }).click();
    await expect(cell).toBeInViewport();
    await expect(cell).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/wide-shown-${language}.png` });

    // Scrolled away and clicked again (anywhere on the error's row): shown again.
    await body.evaluate((el) => el.scrollTo({ left: 0 }));
    await page.mouse.wheel(0, -3000);
    await expect(cell).not.toBeInViewport();
    await imports.errorAt(/第 3 行|Row 3/, '网站服务内容').getByRole('cell').last().click();
    await expect(cell).toBeInViewport();
    await expect(cell).toBeFocused();
  }
});

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppShell } from './pages/app-shell';
import { EntitiesPage } from './pages/entities-page';
import { electronRuntime, expect, test } from './support/launch';
import { seedPortfolio, type SeededPortfolio } from './support/seeded';

/**
 * Issue #7 (4): a user's journey through a seeded 10,000-entity portfolio. Each step is timed from the
 * action to the state the user waits for, and the times go to reports/perf-journey.json and the test
 * output. They are measurements, never assertions: the test asserts only what the user sees.
 */

const ENTITIES = 10_000;
const REPORT = path.resolve(__dirname, '..', '..', 'reports', 'perf-journey.json');

interface Mark {
  name: string;
  ms: number;
}

class Marks {
  readonly list: Mark[] = [];

  /** Runs `step` (an action and the awaited visible state it leads to) and records how long it took. */
  async time<T>(name: string, step: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await step();
    this.list.push({ name, ms: Math.round(performance.now() - start) });
    console.log(`  ${name}: ${this.list.at(-1)?.ms} ms`);
    return result;
  }

  write(): void {
    mkdirSync(path.dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify(this.list, null, 2)}\n`);
    console.log(`perf-journey (${ENTITIES} entities): ${this.list.map((m) => `${m.name} ${m.ms} ms`).join(', ')} → ${path.relative(process.cwd(), REPORT)}`);
  }
}

test.use({ actionTimeout: 15_000 }); // a stuck click fails at its step, not at the (slow) test timeout

const marks = new Marks();
let portfolio: SeededPortfolio | undefined;

test.beforeAll(async () => {
  const info = test.info();
  // The same condition as the launcher's: no 15 s seed for a project that will be skipped.
  test.skip(info.project.metadata.shell === 'electron' && !electronRuntime(), 'No Electron runtime on this machine.');
  info.setTimeout(180_000);
  portfolio = await marks.time(`seed.${ENTITIES}`, () => seedPortfolio(ENTITIES, '1'));
});

test.afterAll(() => portfolio?.remove());

test('a seeded 10,000-entity portfolio: the list, a search by entity number, the entity, one of its filings', async ({ launcher }) => {
  test.slow(); // the store opens 88 MB and the portfolio index is built on the first list
  const dataDir = portfolio?.dataDir ?? '';
  const { page } = await marks.time('app.open', () => launcher.start(dataDir));
  const entities = new EntitiesPage(page);

  // 1. The entities list with its first rows.
  // antd's virtual table draws rows as divs without a row role; each loaded one carries aria-rowindex.
  const rows = entities.list().locator('[aria-rowindex]').filter({ has: page.getByRole('link') });
  await marks.time('entities.first-rows', async () => {
    await entities.open();
    await expect(entities.count()).toHaveText(/共 \d+ 个主体/);
    await expect(rows.first()).toBeVisible();
  });
  const total = Number(/\d+/.exec((await entities.count().textContent()) ?? '')?.[0]);
  expect(total).toBeGreaterThan(1000);
  await page.screenshot({ path: test.info().outputPath('entities-10k.png') });

  // The search target comes from the list itself: the first visible entity with an entity number and
  // an order in progress (its 待办 says 备案中), so that it has a filing to open.
  const numbered = rows.filter({ hasText: /ICP备\d+号/ }).filter({ hasText: '备案中' }).first();
  await expect(numbered).toBeVisible();
  const name = (await numbered.getByRole('link').first().textContent())?.trim() ?? '';
  const icpNumber = /[\u4e00-\u9fa5]ICP备\d+号/.exec((await numbered.textContent()) ?? '')?.[0] ?? '';
  expect(name).not.toBe('');
  expect(icpNumber).not.toBe('');

  // 2. Search by that number: exactly that entity is found.
  await marks.time('entities.search', async () => {
    await entities.search().fill(icpNumber);
    await entities.search().press('Enter'); // at once, not after the typing debounce
    await expect(entities.count()).toHaveText('共 1 个主体');
    await expect(entities.entityLink(name)).toBeVisible();
  });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(icpNumber);
  await page.screenshot({ path: test.info().outputPath('entities-search.png') });

  // 3. Open the entity: its heading, number and its filing orders.
  const filingsOfEntity = page.getByRole('region', { name: '备案订单' });
  await marks.time('entity.open', async () => {
    await entities.entityLink(name).click();
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(filingsOfEntity.getByRole('listitem').first()).toBeVisible();
  });
  await expect(page.getByText(icpNumber, { exact: true }).first()).toBeVisible();

  // 4. One of its filings. The entity page lists them without links, so the way there is the
  //    Filings list, searched for the entity, then the order's page.
  const filingRows = page.getByRole('region', { name: '备案订单' }).getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await marks.time('filings.search', async () => {
    await new AppShell(page).open(/^(备案|Filings)$/);
    // antd's button-style radios hide the input itself: the user clicks its label.
    const all = page.getByRole('radio', { name: '全部' });
    await page.locator('label', { has: all }).click();
    await expect(all).toBeChecked();
    const search = page.getByRole('searchbox', { name: '搜索备案订单' });
    await search.fill(name);
    await search.press('Enter');
    await expect(filingRows.first()).toBeVisible();
  });
  const operation = (await filingRows.first().getByRole('link').first().textContent())?.trim() ?? '';
  expect(operation).not.toBe('');
  await marks.time('filing.open', async () => {
    await filingRows.first().getByRole('link', { name: operation }).click();
    await expect(page.getByRole('heading', { level: 2, name: `${operation}：${name}` })).toBeVisible();
  });
  await expect(page).toHaveURL(/#\/filings\/[^/]+$/);

  marks.write();
});

import { mkdirSync } from 'node:fs';
import { AppShell } from './pages/app-shell';
import { EntityForm } from './pages/entity-form';
import { SettingsPage } from './pages/settings-page';
import { callApi } from './support/api';
import { expect, test } from './support/launch';

const SHOTS = process.env.ICP_SHOTS_DIR ?? '/tmp/shots/regions';

/** A Shijiazhuang enterprise (河北省 / 石家庄市 / 长安区 130102), stored through the API. */
async function shijiazhuangEntity(page: import('@playwright/test').Page): Promise<string> {
  const { id } = await callApi<{ id: string }>(page, 'entity:create', {
    entity: {
      nature: 'enterprise',
      certificateType: 'uscc-certificate',
      certificateNumber: '91110105MA01Q8XK3N',
      name: '石家庄示例科技有限公司',
      region: { province: '130000', city: '130100', district: '130102' },
      certificateAddress: '河北省石家庄市长安区示例路1号',
      mailingAddress: '河北省石家庄市长安区示例路1号',
      leaderIsLegalRepresentative: true,
    },
    leader: {
      new: {
        name: '张晨',
        certificateType: 'resident-id',
        certificateNumber: '110105198001010016',
        certificateValidFrom: '2020-01-01',
        certificateValidUntil: 'long-term',
        mobile: '13912345678',
        emergencyPhone: '13812345679',
        email: 'zhang.chen@example.com',
      },
    },
  });
  return id;
}

test('city names follow the UI language: the entity page and the city picker say Shijiazhuang in English, 石家庄市 in Chinese', async ({ launcher }) => {
  mkdirSync(SHOTS, { recursive: true });
  const { page } = await launcher.start();
  const id = await shijiazhuangEntity(page);
  const shell = new AppShell(page);
  const form = new EntityForm(page);
  const base = page.url().split('#')[0];

  for (const [language, region, city, otherCity, edit] of [
    ['English', 'Hebei / Shijiazhuang / 130102', 'Shijiazhuang', 'Tangshan', 'Edit'],
    ['中文', '河北省 / 石家庄市 / 130102', '石家庄市', '唐山市', '编辑'],
  ] as const) {
    await shell.open(/^(设置|Settings)$/);
    await new SettingsPage(page).language(language).check();
    const tag = language === 'English' ? 'en' : 'zh';

    await page.goto(`${base}#/entities/${id}`);
    await expect(page.getByRole('heading', { name: '石家庄示例科技有限公司' })).toBeVisible();
    await expect(page.getByText(region, { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/entity-page-${tag}.png`, fullPage: true });

    await page.getByRole('button', { name: edit, exact: true }).click();
    const picker = form.field(form.region(), /城市|City/);
    // The chosen city shows by name, and the open list names every city of the province.
    await expect(picker.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]')).toContainText(city);
    await picker.click();
    await expect(page.getByRole('option', { name: city, exact: true })).toBeVisible();
    await expect(page.getByRole('option', { name: otherCity, exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/entity-form-city-picker-${tag}.png` });
    await picker.press('Escape');
  }
});

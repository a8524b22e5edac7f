import type { Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { PeoplePage } from './pages/people-page';
import { callApi } from './support/api';
import { expect, test } from './support/launch';

// Valid identifiers (check characters by GB 11643 / GB 32100).
const person = (name: string, certificateNumber: string, mobile: string) => ({
  name,
  certificateType: 'resident-id',
  certificateNumber,
  certificateValidFrom: '2020-01-01',
  certificateValidUntil: 'long-term',
  mobile,
  emergencyPhone: '13812345679',
  email: 'person@example.com',
});

/** Two people: 王在用 leads an entity, 李归档 leads nothing. */
async function seed(page: Page): Promise<void> {
  const { id: leaderId } = await callApi<{ id: string }>(page, 'person:create', { person: person('王在用', '110105198001010016', '13912345678') });
  await callApi(page, 'person:create', { person: person('李归档', '110000199202020007', '13900139000') });
  await callApi(page, 'entity:create', {
    entity: {
      nature: 'enterprise',
      certificateType: 'uscc-certificate',
      certificateNumber: '91110105MA01Q8XK3N',
      name: '北京在用科技有限公司',
      region: { province: '110000', city: '110100', district: '110105' },
      certificateAddress: '北京市朝阳区 1 号',
      mailingAddress: '北京市朝阳区 1 号',
      leaderIsLegalRepresentative: true,
    },
    leader: { id: leaderId },
  });
}

test('a person is archived with undo, archived again and deleted from the archive after a question; a leader in use is refused with the reason', async ({ launcher }) => {
  const { page } = await launcher.start();
  await seed(page);
  const people = new PeoplePage(page);
  await people.open();
  await expect(people.tab(/在用（2）/)).toBeVisible();

  // Still the leader of an entity: refused, and the message says which one and what to do.
  await people.openPerson('王在用');
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await expect(page.getByText('“王在用”仍是主体“北京在用科技有限公司”的负责人，不能归档。', { exact: false })).toBeVisible();
  await expect(people.archivedBanner()).toHaveCount(0);

  // Archived, then undone from the message.
  await people.open();
  await people.openPerson('李归档');
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await expect(people.archivedBanner()).toBeVisible();
  await expect(page.getByText('已归档人员“李归档”。')).toBeVisible();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('已恢复“李归档”。')).toBeVisible();
  await expect(people.archivedBanner()).toHaveCount(0);
  await expect(page.getByRole('region', { name: '修改记录' })).toContainText('从归档恢复负责人“李归档”');

  // Archived for good this time: gone from the list, found in the archive, deleted after a question naming them.
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await expect(people.archivedBanner()).toBeVisible();
  await people.open();
  await expect(people.count()).toHaveText('共 1 人');
  await expect(people.list().getByRole('link', { name: '李归档' })).toHaveCount(0);
  await people.tab(/归档（1）/).click();
  await people.archiveList().getByRole('button', { name: '彻底删除 李归档' }).click();
  const question = page.getByRole('dialog', { name: '彻底删除“李归档”？' });
  await expect(question).toContainText('将永久删除人员“李归档”及其证件号码、电话等个人信息');
  await question.getByRole('button', { name: '彻底删除' }).click();
  await expect(page.getByText('已彻底删除“李归档”。')).toBeVisible();
  await expect(people.archiveList().getByRole('link', { name: '李归档' })).toHaveCount(0);

  // A reload reads the data file: the archive stays empty, the person in use is still listed.
  await new AppShell(page).reload();
  await expect(people.tab(/归档（0）/)).toBeVisible();
  await expect(people.archiveList()).toBeVisible();
  await people.tab(/在用（1）/).click();
  await expect(people.list().getByRole('link', { name: '王在用', exact: true })).toBeVisible();
});

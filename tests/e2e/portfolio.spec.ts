import type { Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { EntitiesPage } from './pages/entities-page';
import { EntityForm, type LeaderData } from './pages/entity-form';
import { ServiceForm } from './pages/service-form';
import { callApi } from './support/api';
import { expect, test } from './support/launch';

// Valid test identifiers (check characters computed by GB 32100 / GB 11643).
const USCC = '91110105MA01Q8XK3N';
const USCC_BAD_CHECK = '91110105MA01Q8XK3A';
const LEADER: LeaderData = {
  name: '张晨',
  idNumber: '110105198001010016',
  validFrom: '2020-01-01',
  mobile: '13912345678',
  emergencyPhone: '13812345679',
  email: 'zhang.chen@example.com',
};

test('an entity with a leader and two websites: a wrong USCC is explained under its field, fixed, saved and found again', async ({ launcher }) => {
  test.slow(); // a whole form filled by keyboard, twice a service, a reload
  const { page } = await launcher.start();
  const entities = new EntitiesPage(page);
  const form = new EntityForm(page);
  const services = new ServiceForm(page);

  await entities.open();
  await entities.newEntity();
  await form.fillEntity({ certificateNumber: USCC_BAD_CHECK, name: '北京晨曦科技有限公司', district: '110105', address: '北京市朝阳区建国路 88 号', leader: LEADER });

  // The checksum message sits under the certificate number; nothing typed is lost.
  await expect(form.certificateNumber()).toHaveAccessibleDescription(/校验位不正确/);
  await form.save(/保存主体/);
  await expect(form.certificateNumber()).toHaveValue(USCC_BAD_CHECK);
  await expect(form.field(form.identity(), /主办单位名称/)).toHaveValue('北京晨曦科技有限公司');
  await expect(form.field(form.leader(), /手机号码/)).toHaveValue(LEADER.mobile);
  await expect(page).toHaveURL(/#\/entities\/new$/);

  await form.fill(form.identity(), /证件号码/, USCC);
  await expect(form.certificateNumber()).not.toHaveAccessibleDescription(/校验位/);
  await form.save(/保存主体/);
  await expect(page.getByRole('heading', { name: '北京晨曦科技有限公司' })).toBeVisible();

  for (const site of [
    { name: '晨曦科技官网', domain: 'chenxi-tech.cn', homepage: 'https://www.chenxi-tech.cn/', content: '单位门户' },
    { name: '晨曦产品中心', domain: 'chenxi-product.com', homepage: 'https://chenxi-product.com/', content: '网络广告' },
  ]) {
    await page.getByRole('button', { name: '添加服务' }).click();
    await services.fillWebsite(services.service(), site);
    await page.getByRole('button', { name: '保存服务' }).click();
    await expect(page.getByRole('region', { name: /^服务（\d+）$/ }).getByRole('link', { name: site.name })).toBeVisible();
  }

  await new AppShell(page).reload();
  await expect(page.getByRole('region', { name: '服务（2）' })).toBeVisible();
  await expect(page.getByRole('region', { name: '主体负责人' }).getByText(LEADER.name)).toBeVisible();

  // Found by a website's domain, with what matched shown.
  await entities.open();
  await entities.search().fill('chenxi-product');
  await expect(entities.count()).toHaveText('共 1 个主体');
  await expect(entities.entityLink('北京晨曦科技有限公司')).toBeVisible();
  await expect(entities.list().getByText(/匹配：.*chenxi-product\.com/)).toBeVisible();

  // Record the entity's number, then find it by that number.
  await entities.entityLink('北京晨曦科技有限公司').click();
  await page.getByRole('button', { name: '编辑' }).click();
  await form.fill(form.identity(), /主体备案号/, '京ICP备2026012345号');
  await form.save(/保存修改/);
  await expect(page.getByRole('heading', { name: '北京晨曦科技有限公司' })).toBeVisible();
  await entities.open();
  await entities.search().fill('京ICP备2026012345号');
  await expect(entities.count()).toHaveText('共 1 个主体');
  await expect(entities.entityLink('北京晨曦科技有限公司')).toBeVisible();
});

/** An entity stored through the API, for journeys that are not about creating one. */
function createEntity(page: Page, name: string): Promise<{ id: string }> {
  return callApi<{ id: string }>(page, 'entity:create', {
    entity: {
      nature: 'enterprise',
      certificateType: 'uscc-certificate',
      certificateNumber: USCC,
      name,
      region: { province: '110000', city: '110100', district: '110105' },
      certificateAddress: '北京市朝阳区 1 号',
      mailingAddress: '北京市朝阳区 1 号',
      leaderIsLegalRepresentative: true,
    },
    leader: {
      new: {
        name: LEADER.name,
        certificateType: 'resident-id',
        certificateNumber: LEADER.idNumber,
        certificateValidFrom: LEADER.validFrom,
        certificateValidUntil: 'long-term',
        mobile: LEADER.mobile,
        emergencyPhone: LEADER.emergencyPhone,
        email: LEADER.email,
      },
    },
  });
}

test('archiving an entity can be undone from the message; deleting for good only from the archive, after a question naming it', async ({ launcher }) => {
  const { page } = await launcher.start();
  const { id } = await createEntity(page, '北京归档测试有限公司');
  const entities = new EntitiesPage(page);
  await entities.open();
  await entities.entityLink('北京归档测试有限公司').click();
  await expect(page).toHaveURL(new RegExp(`#/entities/${id}$`));

  await page.getByRole('button', { name: '归档', exact: true }).click();
  await expect(page.getByText('该主体已归档')).toBeVisible();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByText('已恢复“北京归档测试有限公司”。')).toBeVisible();
  await expect(page.getByText('该主体已归档')).toHaveCount(0);

  await entities.open();
  await expect(entities.entityLink('北京归档测试有限公司')).toBeVisible();
  await entities.showArchive();
  await expect(entities.archiveList().getByRole('link', { name: '北京归档测试有限公司' })).toHaveCount(0);

  // Archived for good this time, then deleted from the archive.
  await page.getByRole('tab', { name: /在用/ }).click();
  await entities.entityLink('北京归档测试有限公司').click();
  await page.getByRole('button', { name: '归档', exact: true }).click();
  await expect(page.getByText('该主体已归档')).toBeVisible();
  await entities.open();
  await expect(entities.count()).toHaveText('共 0 个主体');
  await entities.showArchive();
  await entities.archiveList().getByRole('button', { name: '彻底删除 北京归档测试有限公司' }).click();
  const question = page.getByRole('dialog', { name: '彻底删除“北京归档测试有限公司”？' });
  await expect(question).toContainText('将永久删除主体“北京归档测试有限公司”');
  await question.getByRole('button', { name: '彻底删除' }).click();
  await expect(page.getByText('已彻底删除“北京归档测试有限公司”。')).toBeVisible();
  await expect(entities.archiveList().getByRole('link', { name: '北京归档测试有限公司' })).toHaveCount(0);
});

test('recording an existing client: a service number that is not under the entity number is refused under that field', async ({ launcher }) => {
  test.slow(); // an entity, its leader and two services with their access, all typed
  const { page } = await launcher.start();
  const entities = new EntitiesPage(page);
  const form = new EntityForm(page);
  const services = new ServiceForm(page);

  await entities.open();
  await entities.recordExisting();
  await form.fill(form.identity(), /^[*\s]*主体备案号$/, '京ICP备2026000123号');
  await form.fillEntity({ certificateNumber: USCC, name: '北京已备案科技有限公司', district: '110105', address: '北京市朝阳区光华路 9 号', leader: LEADER });

  const first = form.section(/^服务 1/);
  await services.fillWebsite(first, { name: '已备案官网', domain: 'yibeian.cn', homepage: 'https://www.yibeian.cn/', content: '单位门户', icpNumber: '京ICP备2026000123号-1' });
  await services.fillAccess(first, { provider: '阿里云', code: '32a43232-a888-88e8-b9ec-00888be81234', region: '北京', ip: '203.0.113.10' });

  await page.getByRole('button', { name: '再添加一个网站' }).click();
  const second = form.section(/^服务 2/);
  await services.fillWebsite(second, { name: '已备案商城', domain: 'yibeian-shop.cn', homepage: 'https://yibeian-shop.cn/', content: '网络购物', icpNumber: '京ICP备2026000999号-2' });
  await services.fillAccess(second, { provider: '腾讯云', code: 'TC-AUTH-0001', region: '广东', ip: '203.0.113.11' });

  const secondNumber = services.field(second, /服务备案号/);
  await expect(secondNumber).toHaveAccessibleDescription(/不属于主体备案号/);
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page).toHaveURL(/#\/entities\/record-existing$/);
  await expect(secondNumber).toHaveValue('京ICP备2026000999号-2');

  await services.fill(second, /服务备案号/, '京ICP备2026000123号-2');
  await expect(secondNumber).not.toHaveAccessibleDescription(/不属于/);
  await page.getByRole('button', { name: '保存登记' }).click();
  await expect(page.getByRole('heading', { name: '北京已备案科技有限公司' })).toBeVisible();
  await expect(page.getByRole('region', { name: '服务（2）' }).getByText('京ICP备2026000123号-2')).toBeVisible();

  await entities.open();
  await entities.search().fill('京ICP备2026000123号-2');
  await expect(entities.entityLink('北京已备案科技有限公司')).toBeVisible();
});

test('by keyboard: / finds, the arrows and Enter open an entity; leaving a half-typed form asks first', async ({ launcher }) => {
  const { page } = await launcher.start();
  await createEntity(page, '北京甲方科技有限公司');
  await createEntity(page, '北京乙方科技有限公司');
  const entities = new EntitiesPage(page);
  const form = new EntityForm(page);
  await entities.open();
  await expect(entities.count()).toHaveText('共 2 个主体');

  await page.locator('body').press('/');
  await expect(entities.search()).toBeFocused();
  await page.keyboard.type('乙方');
  await expect(entities.count()).toHaveText('共 1 个主体');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '北京乙方科技有限公司' })).toBeVisible();

  await page.getByRole('button', { name: '编辑' }).click();
  await form.fill(form.identity(), /主办单位名称/, '北京乙方科技集团有限公司');
  await new AppShell(page).open('人员');
  await expect(page.getByRole('dialog', { name: '放弃未保存的修改？' })).toBeVisible();
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(form.field(form.identity(), /主办单位名称/)).toHaveValue('北京乙方科技集团有限公司');
  await new AppShell(page).open('人员');
  await page.getByRole('button', { name: '放弃修改并离开' }).click();
  await expect(page.getByRole('heading', { name: '人员' })).toBeVisible();
});

test("main's refusal of a field lands under that field, with the rest of the form kept", async ({ launcher }) => {
  const { page } = await launcher.start();
  const { id: entityId } = await createEntity(page, '北京公安号测试有限公司');
  const entity = await callApi<{ leader: { id: string } }>(page, 'entity:get', { id: entityId });
  const { id } = await callApi<{ id: string }>(page, 'service:create', {
    entityId,
    service: { kind: 'website', name: '公安号测试官网', domain: 'gonganhao.cn', homepageUrl: 'https://gonganhao.cn/', contentCategories: ['organisation-portal'], languages: ['zh-Hans'], preApprovals: [] },
    leader: { id: entity.leader.id },
  });
  const services = new ServiceForm(page);
  await page.goto(`${page.url().split('#')[0]}#/services/${id}`);
  await page.getByRole('button', { name: '编辑' }).click();
  await services.fill(services.service(), /网站名称/, '公安号测试网站');
  await services.fill(services.service(), /公网安备号/, '公安备案123');
  await page.getByRole('button', { name: '保存修改' }).click();

  // Only main checks this number's shape: its answer is shown under the field, nothing typed is lost.
  await expect(services.field(services.service(), /公网安备号/)).toHaveAccessibleDescription(/公网安备号应形如/);
  await expect(services.field(services.service(), /网站名称/)).toHaveValue('公安号测试网站');
  await services.fill(services.service(), /公网安备号/, '京公网安备11010502000001号');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('heading', { name: '公安号测试网站' })).toBeVisible();
  await expect(page.getByText('京公网安备11010502000001号').first()).toBeVisible();
});

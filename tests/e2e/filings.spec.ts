import { FilingNew, FilingPage, FilingWizard } from './pages/filing-pages';
import { CODE, LEADER, USCC } from './pages/filing-seed';
import { expect, test } from './support/launch';


test('an initial filing from an empty portfolio, through every step, to approved numbers on the entity page', async ({ launcher }) => {
  const { page } = await launcher.start();
  const start = new FilingNew(page);
  const wizard = new FilingWizard(page);
  const order = new FilingPage(page);
  const main = page.locator('main, .ant-layout-content').first();

  await start.start();
  await expect(start.intent(/新客户的第一个网站/)).toBeChecked();
  await start.fill(main, '主体证件号码', USCC);
  await start.fill(main, /^[*\s]*域名$/, 'chenxi-tech.cn');
  await start.determine();
  await expect(start.result().getByRole('heading', { name: '这是：首次备案' })).toBeVisible();
  await expect(start.result().getByText(/主体和域名均从未备案.*（§2、A1、A2、H1）/)).toBeVisible();
  await start.answer('否，从未备案');
  await start.create();

  // 主体: the certificate number typed to start with is there.
  await expect(wizard.heading('主体信息')).toBeVisible();
  const entity = wizard.section('主体信息');
  await expect(wizard.field(entity, /证件号码/)).toHaveValue(USCC);
  await wizard.fill(entity, /主办单位名称/, '北京晨曦科技有限公司');
  const region = wizard.section('备案地域与地址');
  await wizard.choose(region, /备案省份/, '北京');
  await wizard.choose(region, /城市/, '市辖区');
  await wizard.fill(region, /区县代码/, '110105');
  await wizard.fill(region, /证件住所/, '北京市朝阳区建国路 88 号');
  await region.getByRole('button', { name: '与证件住所相同' }).click();
  await wizard.next();

  // 负责人
  await expect(wizard.heading('负责人')).toBeVisible();
  const leader = wizard.section(/^负责人 1/);
  await wizard.fill(leader, /^[*\s]*姓名$/, LEADER.name);
  await wizard.fill(leader, /证件号码/, LEADER.idNumber);
  await wizard.fill(leader, /有效期起/, LEADER.validFrom);
  await leader.getByRole('checkbox', { name: '长期' }).check();
  await wizard.fill(leader, /手机号码/, LEADER.mobile);
  await wizard.fill(leader, /应急联系电话/, LEADER.emergencyPhone);
  await wizard.fill(leader, /电子邮箱/, LEADER.email);
  await wizard.next();

  // 网站: the domain typed to start with is there; the entity leader leads it.
  await expect(wizard.heading('网站/App')).toBeVisible();
  const site = wizard.section(/^网站 1/);
  await expect(wizard.field(site, /^[*\s]*域名$/)).toHaveValue('chenxi-tech.cn');
  await wizard.fill(site, /网站名称/, '晨曦科技官网');
  await wizard.choose(site, /服务内容/, '单位门户');
  await expect(site.getByText(`${LEADER.name}（主体负责人）`)).toBeVisible();
  await wizard.next();

  // 接入
  await expect(wizard.heading('接入信息')).toBeVisible();
  const access = wizard.section(/的接入$/);
  await wizard.fill(access, /备案服务号/, CODE);
  await wizard.choose(access, /服务器所在省份/, '北京');
  await wizard.addTags(access, /IP 地址/, ['203.0.113.10']);
  await wizard.next();

  // 材料: every required document ticked.
  await expect(wizard.heading('材料清单')).toBeVisible();
  for (const box of await wizard.section('需要准备的材料').getByRole('checkbox').all()) await box.check();
  await wizard.next();

  // 核对: no error; each warning read and ticked, then recorded as submitted.
  await expect(wizard.heading('核对与检查')).toBeVisible();
  const submit = page.getByRole('button', { name: '记录为已提交' });
  await expect(submit).toBeDisabled();
  await expect(wizard.check().getByText(/个错误/)).toHaveCount(0);
  await wizard.acknowledgeAll();
  await expect(wizard.check().getByText('检查通过：可以记录为已提交。')).toBeVisible();
  await submit.click();
  await order.fill(order.dialog(), '接入商订单号', 'ALI-2026-0001');
  await order.dialog().getByRole('button', { name: '记录' }).click();

  // The order's page: provider review, the 管局, the SMS check (a live 24 h countdown), approval.
  await expect(page.getByText('接入商初审中').first()).toBeVisible();
  await order.record('记录接入商初审通过');
  await order.record('记录接入商已提交管局');
  await order.record('记录收到核验短信');
  await expect(page.getByRole('region', { name: '截止时间' }).getByRole('timer').first()).toHaveText(/剩余 (23|24):\d\d:\d\d/);
  await order.record('记录短信核验完成');
  await order.record('记录管局审核通过', async (dialog) => {
    await order.fill(dialog, /主体备案号/, '京ICP备2026012345号');
    const number = dialog.getByLabel(/“晨曦科技官网”的备案号/);
    await number.fill('京ICP备2026099999号-1');
    await expect(number).toHaveAccessibleDescription(/不属于主体备案号/);
    await number.fill('京ICP备2026012345号-1');
    await expect(number).not.toHaveAccessibleDescription(/不属于/);
  });
  await expect(page.getByText('管局审核通过，备案号已写入主体和网站/App 记录')).toBeVisible();
  await page.getByRole('link', { name: '在主体页面查看' }).click();
  await expect(page.getByRole('heading', { name: '北京晨曦科技有限公司' })).toBeVisible();
  await expect(page.getByText('京ICP备2026012345号', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: '服务（1）' }).getByText('京ICP备2026012345号-1')).toBeVisible();
});

import { FilingNew, FilingPage, FilingWizard } from './pages/filing-pages';
import { AppShell } from './pages/app-shell';
import { callApi } from './support/api';
import { CODE, ENTITY_NUMBER, LEADER, USCC, openPath, seedFiled, seedReadyFiling } from './pages/filing-seed';
import { expect, test } from './support/launch';

test('an initial filing from an empty portfolio, through every step, to approved numbers on the entity page', async ({ launcher }) => {
  const { page } = await launcher.start();
  const start = new FilingNew(page);
  const wizard = new FilingWizard(page);
  const order = new FilingPage(page);
  const main = page.locator('.ant-layout-content').first();

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

test('a modification shows every changed field, filed value against the new one', async ({ launcher }) => {
  const { page } = await launcher.start();
  await seedFiled(page, ['yibeian.cn']);
  const start = new FilingNew(page);
  const wizard = new FilingWizard(page);

  await start.start();
  await start.intent(/变更备案信息/).check();
  await start.pick('主体', '已备案');
  await start.determine();
  await expect(start.result().getByRole('heading', { name: '这是：变更备案' })).toBeVisible();
  await start.create();

  // The entity step opens on the filed data; the change is listed, old → new, as soon as it is saved.
  const region = wizard.section('备案地域与地址');
  await expect(wizard.field(region, /通信地址/)).toHaveValue('北京市朝阳区光华路 9 号');
  await wizard.fill(region, /通信地址/, '北京市海淀区中关村大街 1 号');
  const inStep = wizard.section('本步骤的变更（原 → 新）');
  await expect(inStep.getByRole('row', { name: /主体 · 通信地址 北京市朝阳区光华路 9 号 北京市海淀区中关村大街 1 号/ })).toBeVisible();
  await wizard.next();

  const leader = wizard.section(/^负责人 1/);
  await wizard.fill(leader, /手机号码/, '13911112222');
  await wizard.step('核对与检查').click();

  const changes = wizard.section('变更内容（原 → 新）');
  await expect(changes.getByRole('row', { name: /主体 · 通信地址 北京市朝阳区光华路 9 号 北京市海淀区中关村大街 1 号/ })).toBeVisible();
  await expect(changes.getByRole('row', { name: new RegExp(`负责人 ${LEADER.name} · 手机号码 ${LEADER.mobile} 13911112222`) })).toBeVisible();
  await expect(changes.getByRole('row')).toHaveCount(3);
});

test('cancelling one website of an entity with two: what goes is named and confirmed, the other site stays filed', async ({ launcher }) => {
  const { page } = await launcher.start();
  const { entityId } = await seedFiled(page, ['first-site.cn', 'second-site.cn']);
  const start = new FilingNew(page);
  const wizard = new FilingWizard(page);
  const order = new FilingPage(page);

  await start.start();
  await start.intent(/注销备案/).check();
  await start.pick('主体', '已备案');
  await start.pick('网站/App', 'first-site');
  await start.determine();
  await expect(start.result().getByText('只注销这个网站/App，还是注销整个主体？')).toBeVisible();
  await start.answer('只注销这个网站/App');
  await expect(start.result().getByRole('heading', { name: '这是：注销网站/App' })).toBeVisible();
  await start.create();
  await page.getByRole('dialog').getByRole('button', { name: '创建注销订单' }).click();

  // Before anything is recorded: the one number that goes, and that it cannot be undone.
  const alert = page.getByRole('alert').filter({ hasText: '注销不可撤销' });
  await expect(alert.getByRole('list', { name: '将被注销的备案号' }).getByRole('listitem')).toHaveText([`${ENTITY_NUMBER}-1`]);
  await wizard.step('核对与检查').click();
  await wizard.acknowledgeAll();
  await page.getByRole('button', { name: '记录为已提交' }).click();
  const dialog = order.dialog();
  await expect(dialog.getByText('注销不可撤销：管局通过后备案号被删除，不能恢复')).toBeVisible();
  await expect(dialog.getByText(`${ENTITY_NUMBER}-1`)).toBeVisible();
  await dialog.getByRole('button', { name: '记录' }).click();

  await order.record('记录接入商初审通过');
  await order.record('记录接入商已提交管局');
  await order.record('记录收到核验短信');
  await order.record('记录短信核验完成');
  await order.record('记录管局审核通过');
  await expect(page.getByText('管局审核通过（已备案）').first()).toBeVisible();

  await openPath(page, `/entities/${entityId}`);
  const services = page.getByRole('region', { name: '服务（2）' });
  await expect(services.getByRole('row', { name: /已备案网站1/ })).toContainText('已注销');
  await expect(services.getByRole('row', { name: /已备案网站2/ })).toContainText('已备案（有接入）');
});

test('a provider rejection with two field-level reasons, then the data edited and resubmitted', async ({ launcher }) => {
  const { page } = await launcher.start();
  const { id } = await seedReadyFiling(page);
  await callApi(page, 'filing:record-event', { id, event: 'submit', at: new Date().toISOString(), providerOrderNumber: 'ALI-2026-0002' });
  const wizard = new FilingWizard(page);
  const order = new FilingPage(page);

  await openPath(page, `/filings/${id}`);
  await order.record('记录接入商驳回', async (dialog) => {
    await order.chooseInDialog('字段 1', '晨曦科技官网 · 网站名称');
    await order.fill(dialog, '原因 1', '网站名称不能使用“官网”等泛称');
    await order.fill(dialog, '建议 1', '改为体现网站内容的名称');
    await dialog.getByRole('button', { name: '添加一条原因' }).click();
    await order.chooseInDialog('字段 2', '主体信息 · 通信地址');
    await order.fill(dialog, '原因 2', '通信地址须具体到门牌号');
  });
  const reasons = page.getByRole('list', { name: '驳回原因' });
  await expect(reasons.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText('接入商驳回了订单（2 条原因）：请按原因修改后重新提交')).toBeVisible();

  await page.getByRole('button', { name: '修改资料' }).click();
  await page.getByRole('link', { name: '前往修改：晨曦科技官网 · 网站名称' }).click();
  const name = wizard.field(wizard.section(/^网站 1/), /网站名称/);
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription(/驳回原因：网站名称不能使用“官网”等泛称（建议：改为体现网站内容的名称）/);
  await name.fill('晨曦科技产品介绍');
  await page.getByRole('link', { name: '前往修改：主体信息 · 通信地址' }).click();
  const address = wizard.field(wizard.section('备案地域与地址'), /通信地址/);
  await expect(address).toBeFocused();
  await address.fill('北京市朝阳区建国路 88 号 3 层 301 室');
  await wizard.step('核对与检查').click();

  await wizard.acknowledgeAll();
  await page.getByRole('button', { name: '记录为已重新提交（第 1 次）' }).click();
  await order.dialog().getByRole('button', { name: '记录' }).click();
  await expect(page.getByText('已重新提交 1 次')).toBeVisible();
  await expect(page.getByText('接入商初审中').first()).toBeVisible();
  await expect(order.timeline().getByText('重新提交接入商审核')).toBeVisible();
});

test('the pre-submission check blocks on a bad field and opens the step with that field focused', async ({ launcher }) => {
  const { page } = await launcher.start();
  const { id } = await seedReadyFiling(page, { website: { domain: 'chenxi_tech.cn', homepageUrl: 'https://chenxi_tech.cn/' } });
  const wizard = new FilingWizard(page);

  await openPath(page, `/filings/${id}/edit?step=review`);
  const submit = page.getByRole('button', { name: '记录为已提交' });
  await expect(submit).toBeDisabled();
  const check = wizard.check();
  await expect(check.getByText(/个错误，须修改后才能提交/)).toBeVisible();
  const finding = check.getByRole('region', { name: '网站/App' }).getByRole('listitem').filter({ hasText: /域名/ }).first();
  await finding.getByRole('link', { name: '前往修改' }).click();

  await expect(wizard.heading('网站/App')).toBeVisible();
  const domain = wizard.field(wizard.section(/^网站 1/), /^[*\s]*域名$/);
  await expect(domain).toBeFocused();
  await expect(domain).toHaveAttribute('aria-invalid', 'true');
  await domain.fill('chenxi-tech.cn');
  await wizard.fill(wizard.section(/^网站 1/), /首页网址/, 'https://chenxi-tech.cn/');
  await wizard.waitSaved();
  await wizard.step('核对与检查').click();
  await wizard.acknowledgeAll();
  await expect(check.getByText('检查通过：可以记录为已提交。')).toBeVisible();
  await expect(submit).toBeEnabled();
});

test('a draft left half-way (after a question about unsaved changes) is found in the list after a reload, nothing lost', async ({ launcher }) => {
  const { page } = await launcher.start();
  const start = new FilingNew(page);
  const wizard = new FilingWizard(page);
  const main = page.locator('.ant-layout-content').first();

  await start.start();
  await start.fill(main, '主体证件号码', USCC);
  await start.fill(main, /^[*\s]*域名$/, 'halfway.cn');
  await start.determine();
  await start.answer('否，从未备案');
  await start.create();

  // Next checks the step and stays on it, each issue under its field.
  const identity = wizard.section('主体信息');
  await wizard.fill(identity, /主办单位名称/, '北京半途科技有限公司');
  await wizard.next();
  await expect(wizard.field(wizard.section('备案地域与地址'), /证件住所/)).toHaveAttribute('aria-invalid', 'true');
  await expect(wizard.heading('主体信息')).toBeVisible();

  // Leaving straight after typing asks first; staying keeps the text, and the autosave follows.
  const region = wizard.section('备案地域与地址');
  await region.getByLabel(/证件住所/).fill('北京市朝阳区半途路 1 号');
  await new AppShell(page).open('主体');
  await expect(page.getByRole('dialog', { name: '放弃未保存的修改？' })).toBeVisible();
  await page.getByRole('button', { name: '继续编辑' }).click();
  await expect(region.getByLabel(/证件住所/)).toHaveValue('北京市朝阳区半途路 1 号');
  await wizard.waitSaved();
  await new AppShell(page).open('主体');
  await expect(page.getByRole('heading', { name: '主体', exact: true })).toBeVisible();

  await new AppShell(page).reload();
  await start.openList();
  const row = page.getByRole('region', { name: '备案订单' }).getByRole('row', { name: /北京半途科技有限公司/ });
  await expect(row).toContainText('草稿');
  await row.getByRole('button', { name: '继续办理：北京半途科技有限公司' }).click();
  await expect(wizard.heading('主体信息')).toBeVisible();
  await expect(wizard.field(wizard.section('主体信息'), /主办单位名称/)).toHaveValue('北京半途科技有限公司');
  await expect(wizard.field(wizard.section('主体信息'), /证件号码/)).toHaveValue(USCC);
  await expect(wizard.field(wizard.section('备案地域与地址'), /证件住所/)).toHaveValue('北京市朝阳区半途路 1 号');
  await wizard.step('网站/App').click();
  await expect(wizard.field(wizard.section(/^网站 1/), /^[*\s]*域名$/)).toHaveValue('halfway.cn');
});

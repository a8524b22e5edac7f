import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callApi } from './support/api';
import { openPath, seedFiled } from './pages/filing-seed';
import { expect, test } from './support/launch';

interface Detail {
  filing: { id: string; updatedAt: string; data: { entity?: Record<string, unknown> } };
  findings: { severity: string; key: string; acknowledged?: boolean; overridden?: boolean }[];
  requiredDocuments: { kind: string; subjectId?: string }[];
}

const SHOTS = '/tmp/shots/filings';

/** A modification of the filed client's mailing address, taken through the API to the 管局's approval. */
async function approvedModification(page: Page, entityId: string): Promise<string> {
  let d = await callApi<Detail>(page, 'filing:create', { operation: 'modify', entityId });
  const id = d.filing.id;
  const save = async (step: string, data: unknown) => {
    d = (await callApi<{ detail: Detail }>(page, 'filing:save-step', { id, step, data, validate: false, expectedUpdatedAt: d.filing.updatedAt })).detail;
  };
  await save('entity', { ...d.filing.data.entity, mailingAddress: '北京市海淀区中关村大街 1 号' });
  await save('documents', d.requiredDocuments.map((r) => ({ kind: r.kind, provided: true, ...(r.subjectId ? { subjectId: r.subjectId } : {}) })));
  const codes = d.findings.filter((f) => f.severity === 'warning' && !f.acknowledged && !f.overridden).map((f) => f.key);
  if (codes.length > 0) await callApi(page, 'filing:acknowledge', { id, codes });
  const events = ['submit', 'provider-approve', 'submit-to-admin', 'sms-sent', 'sms-verified', 'admin-approve'];
  for (const [i, event] of events.entries()) await callApi(page, 'filing:record-event', { id, event, at: `2026-03-03T${String(9 + i).padStart(2, '0')}:00:00+08:00` });
  return id;
}

test('an approved modification keeps showing the check and the changes frozen at closing, after the client is edited again', async ({ launcher }) => {
  const { page } = await launcher.start();
  const { entityId } = await seedFiled(page, ['yibeian.cn']);
  const id = await approvedModification(page, entityId);

  // Someone edits the filed client afterwards: the closed order must not show this as what it changed.
  const entity = await callApi<{ entity: Record<string, unknown> & { updatedAt: string }; leader: { id: string } }>(page, 'entity:get', { id: entityId });
  const { id: _id, createdAt: _c, updatedAt, lifecycle: _l, leaderId: _leader, archivedAt: _a, hubeiAnnualReview: _h, ...input } = entity.entity;
  await callApi(page, 'entity:update', { id: entityId, entity: { ...input, mailingAddress: '北京市西城区金融大街 5 号' }, leader: { id: entity.leader.id }, expectedUpdatedAt: updatedAt });

  await openPath(page, `/filings/${id}`);
  const closing = page.getByRole('region', { name: '结单时的检查' });
  await expect(closing.getByText(/以下检查结果在订单“管局审核通过”时（.+）保存，规则数据截至 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(closing.getByRole('row', { name: /主体 · 通信地址 北京市朝阳区光华路 9 号 北京市海淀区中关村大街 1 号/ })).toBeVisible();
  await expect(closing.getByText('金融大街')).toHaveCount(0);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/closed-modify-zh.png`, fullPage: true });

  await callApi(page, 'settings:update', { language: 'en' });
  await page.reload();
  const closingEn = page.getByRole('region', { name: 'Check at closing' });
  await expect(closingEn.getByText(/Saved when the order was closed \("管局 approved", .+\), with the rule data as of \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(closingEn.getByRole('row', { name: /Entity · mailing address 北京市朝阳区光华路 9 号 北京市海淀区中关村大街 1 号/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/closed-modify-en.png`, fullPage: true });
});

test('an abandoned draft lists the findings it had when it was withdrawn', async ({ launcher }) => {
  const { page } = await launcher.start();
  const d = await callApi<Detail>(page, 'filing:create', { operation: 'initial', providerId: 'alibaba' });
  await callApi(page, 'filing:record-event', { id: d.filing.id, event: 'abandon', at: '2026-03-03T09:00:00+08:00' });
  await openPath(page, `/filings/${d.filing.id}`);
  const closing = page.getByRole('region', { name: '结单时的检查' });
  await expect(closing.getByText(/以下检查结果在订单“放弃订单”时/)).toBeVisible();
  await expect(closing.getByText(/\d+ 个错误，\d+ 个提醒/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/closed-abandoned-zh.png`, fullPage: true });
});

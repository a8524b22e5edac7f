import { text, type LocalizedText } from './finding';
import type { Question } from './operation-determination-types';

/**
 * The bilingual pieces of determineOperation: a reason always ends with its source keys
 * (domain-reference.md), a question says what each answer leads to.
 */

/** A reason with its source keys: '…（§2、A2）' / '… (§2, A2)'. */
export const because = (zh: string, en: string, source: readonly string[]): LocalizedText =>
  text(`${zh}（${source.join('、')}）`, `${en} (${source.join(', ')})`);

/** Asked when the portfolio holds no filed record of the entity: it cannot know about numbers obtained elsewhere. */
export const ASK_NUMBER_ELSEWHERE: Question = {
  key: 'numberObtainedElsewhere',
  text: text('该主体是否已经通过其他接入商（或其他代理）取得主体备案号？', 'Does this entity already hold an ICP number obtained through another provider (or another agent)?'),
  why: text(
    '否：主体从未备案，本次为首次备案。是：新网站/App 备案在已有的主体备案号下（新增互联网信息服务，原备案不在本接入商），主体信息须与工信部记录一致。备案工作台中没有该主体的已备案记录，无法自行判断。',
    'No: the entity has never been filed, so this is an initial filing. Yes: the new website/app is filed under the existing entity number (add a service, entity filed through another provider), and the entity data must match the MIIT record. The portfolio has no filed record of this entity, so it cannot tell.',
  ),
  options: [
    { value: false, label: text('否，从未备案', 'No, never filed') },
    { value: true, label: text('是，已有主体备案号', 'Yes, it has an entity number') },
  ],
  source: ['§2', 'A1', 'A2', 'H1'],
};

export const ASK_HICHINA: Question = {
  key: 'hiChinaBefore2010',
  text: text('该域名是否在 2010 年 6 月前通过万网（HiChina）备案？', 'Was this domain filed through HiChina (万网) before June 2010?'),
  why: text(
    '是：通过认领备案把这条备案带入阿里云系统。否：认领不适用；已在其他接入商备案的网站迁入本接入商属于接入备案。',
    'Yes: a claim brings that filing into the Alibaba Cloud system. No: a claim does not apply; a site filed through another provider that moves here is an access filing.',
  ),
  options: [
    { value: true, label: text('是，2010 年 6 月前经万网备案', 'Yes, filed through HiChina before June 2010') },
    { value: false, label: text('否', 'No') },
  ],
  source: ['§2', 'A17', 'A22'],
};

export const askCancelWhat = (serviceCount: number): Question => ({
  key: 'cancelWhat',
  text: text('只注销这个网站/App，还是注销整个主体？', 'Cancel only this website/app, or the whole entity?'),
  why: text(
    `注销网站/App 只删除这一个备案号，其他服务不受影响；注销主体会删除主体备案号及其下全部 ${serviceCount} 个网站/App 的备案号。两者都不可恢复。`,
    `Cancelling the website/app deletes this one number and leaves the other services; cancelling the entity deletes the entity number and all ${serviceCount} website/app numbers under it. Neither can be undone.`,
  ),
  options: [
    { value: 'service', label: text('只注销这个网站/App', 'Only this website/app') },
    { value: 'entity', label: text('注销整个主体', 'The whole entity') },
  ],
  source: ['§2.1', 'A16', 'T2', 'H3'],
});

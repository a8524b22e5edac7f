import { text } from '../../../shared/domain/finding';
import { explainIcpNumber } from '../../../shared/domain/icp-number';
import type { Entity } from '../../../shared/domain/model/entity';
import type { Filing } from '../../../shared/domain/model/filing';
import type { Service } from '../../../shared/domain/model/service';
import { checkServiceNumber } from '../../../shared/domain/validators/service-number';
import type { IssuedNumbers } from '../../../shared/ipc/filing-schemas';
import type { Issue } from '../../../shared/ipc/result';
import type { Language } from '../../../shared/ipc/schemas';
import type { Store } from '../../store';
import { IDX } from '../portfolio/indexes';
import { icpKey } from '../portfolio/keys';
import { serviceLabel } from './drafts';
import { invalid } from './messages';

/** The numbers an approval writes: the entity's, and one per service of the order (by draft id). */
export interface ApprovedNumbers {
  entityNumber: string;
  services: Map<string, string>;
}

/** Ids of the records other than `self` that already hold this number. */
function holders(store: Store, index: string, number: string, self: readonly string[]): string[] {
  const key = icpKey(number);
  return [...store.lookup(index, key)].filter((id) => {
    if (self.includes(id)) return false;
    const r = store.get<Entity | Service>(index === IDX.entityByIcpNumber ? 'entities' : 'services', id);
    return r?.icpNumber !== undefined && icpKey(r.icpNumber) === key;
  });
}

/**
 * The numbers of an approval, each grammar-checked (§5; checkServiceNumber: the entity part and the
 * kind's suffix) and not already recorded on another record. The entity number comes from the call,
 * else the stored entity, else the entity step; a service number from the call (by stored or draft
 * id, or 'draft:<index>'), else the service step, else the stored service (access, claim).
 */
export function approvedNumbers(store: Store, filing: Filing, given: IssuedNumbers | undefined, entity: Entity | undefined, language: Language): ApprovedNumbers {
  const issues: Issue[] = [];
  const say = (path: (string | number)[], zh: string, en: string): void => {
    issues.push({ path, message: language === 'en' ? en : zh });
  };
  const entityNumber = (given?.entityNumber ?? entity?.icpNumber ?? filing.data.entity?.icpNumber ?? '').trim();
  const entityPath = ['numbers', 'entityNumber'];
  if (!entityNumber) {
    say(entityPath, '请填写管局下发的主体备案号（如 京ICP备12345678号）。', 'Enter the entity number the 管局 issued (e.g. 京ICP备12345678号).');
  } else {
    const explained = explainIcpNumber(entityNumber);
    if (explained.parsed === null) issues.push({ path: entityPath, message: explained.finding.message[language] });
    else if (explained.parsed.serviceSeq !== undefined) say(entityPath, `这是服务备案号；主体备案号不带“-数字”后缀，应为 ${explained.parsed.entityNumber}。`, `This is a service number; the entity number has no "-N" suffix: ${explained.parsed.entityNumber}.`);
    else if (entity?.icpNumber && given?.entityNumber && icpKey(entity.icpNumber) !== icpKey(given.entityNumber)) {
      say(entityPath, `该主体已有备案号 ${entity.icpNumber}，与填写的不一致；请核对。`, `The entity already has the number ${entity.icpNumber}, which differs from this one; check it.`);
    } else if (holders(store, IDX.entityByIcpNumber, entityNumber, entity ? [entity.id] : []).length > 0) {
      say(entityPath, '该主体备案号已记录在另一个主体上，请核对号码。', 'This entity number is already recorded for another entity; check the number.');
    }
  }
  const entityOk = issues.length === 0;
  const drafts = filing.data.services ?? [];
  const byKey = new Map<string, number>();
  (given?.services ?? []).forEach((s, j) => {
    const i = drafts.findIndex((d, k) => d.id === s.serviceKey || `draft:${k}` === s.serviceKey);
    if (i < 0) say(['numbers', 'services', j, 'serviceKey'], '本订单中没有这个网站/App，请重新选择。', 'This order has no such website/app; choose again.');
    else byKey.set(drafts[i]?.id ?? '', j);
  });
  const services = new Map<string, string>();
  drafts.forEach((draft) => {
    const j = byKey.get(draft.id);
    const stored = store.get<Service>('services', draft.id);
    const number = ((j === undefined ? undefined : given?.services[j]?.number) ?? draft.icpNumber ?? stored?.icpNumber ?? '').trim();
    const path = j === undefined ? ['numbers', 'services'] : ['numbers', 'services', j, 'number'];
    const name = serviceLabel(draft) || draft.id;
    if (!number) return say(path, `请填写“${name}”的备案号（如 ${entityNumber || '京ICP备12345678号'}-1）。`, `Enter the number of "${name}" (e.g. ${entityNumber || '京ICP备12345678号'}-1).`);
    if (!entityOk) return;
    for (const f of checkServiceNumber(number, entityNumber, draft.kind)) if (f.severity === 'error') issues.push({ path, message: `${name}: ${f.message[language]}` });
    if (holders(store, IDX.serviceByIcpNumber, number, [draft.id]).length > 0 || [...services.values()].some((n) => icpKey(n) === icpKey(number))) {
      say(path, `“${name}”的备案号已记录在另一个网站/App 上，请核对号码。`, `The number of "${name}" is already recorded for another website/app; check the number.`);
    }
    services.set(draft.id, number);
  });
  if (issues.length > 0) {
    throw invalid(issues, text('备案号未通过检查，订单状态和备案信息都未改变。请按提示核对管局下发的号码。', 'The numbers did not pass the checks, so neither the order nor the portfolio was changed. Check the numbers the 管局 issued as indicated.'));
  }
  return { entityNumber, services };
}

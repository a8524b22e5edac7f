import { text, type LocalizedText } from '../../../shared/domain/finding';
import { ServiceError } from '../service-error';
import type { PersonReferrer } from './person-references';

/** Where the person is still named, in words: "the entity “X”", "the service “Y” of “X”", "an order of “X”". */
function where(r: PersonReferrer): LocalizedText {
  const archivedZh = r.archived ? '已归档' : '';
  const archivedEn = r.archived ? 'archived ' : '';
  switch (r.role) {
    case 'entity-leader':
      return text(`${archivedZh}主体“${r.name}”的负责人`, `the leader of the ${archivedEn}entity "${r.name}"`);
    case 'service-leader':
      return text(`${archivedZh}服务“${r.name}”（主体“${r.entityName}”）的负责人`, `the leader of the ${archivedEn}service "${r.name}" (entity "${r.entityName}")`);
    case 'filing-leader':
      return text(`主体“${r.entityName}”进行中的备案订单里的负责人`, `a leader in the filing order in progress for "${r.entityName}"`);
  }
}

/** What to do about the referrer before the person can go. */
function remedy(r: PersonReferrer, action: { zh: string; en: string }): LocalizedText {
  if (r.role === 'filing-leader') return text(`请先完成或放弃该订单，再${action.zh}此人。`, `Finish or abandon that order first, then ${action.en} this person.`);
  const record = r.role === 'entity-leader' ? { zh: '主体', en: 'entity' } : { zh: '服务', en: 'service' };
  if (r.archived) {
    return text(
      `请先从归档中彻底删除该${record.zh}，或恢复它并改选其他负责人，再${action.zh}此人。`,
      `Delete that ${record.en} from the archive first, or restore it and choose another leader, then ${action.en} this person.`,
    );
  }
  return text(
    `请先在该${record.zh}中改选其他负责人（或归档该${record.zh}），再${action.zh}此人。`,
    `Choose another leader for that ${record.en} first (or archive the ${record.en}), then ${action.en} this person.`,
  );
}

/** CONFLICT naming the record that still refers to the person, with error.ref pointing at it. */
export function personStillNamed(name: string, r: PersonReferrer, action: 'archive' | 'delete'): ServiceError {
  const verb = action === 'archive' ? { zh: '归档', en: 'archive' } : { zh: '删除', en: 'delete' };
  const w = where(r);
  const next = remedy(r, verb);
  return new ServiceError(
    'CONFLICT',
    text(`“${name}”仍是${w['zh-CN']}，不能${verb.zh}。${next['zh-CN']}`, `"${name}" is still ${w.en}, so they cannot be ${action}d. ${next.en}`),
    undefined,
    r.ref,
  );
}

import { text, type LocalizedText } from '../../../shared/domain/finding';
import { ServiceError } from '../service-error';

/** The record kinds of the portfolio and how messages name them. */
export type RecordKind = 'entity' | 'person' | 'service' | 'access';

const NAME: Readonly<Record<RecordKind, { zh: string; en: string }>> = {
  entity: { zh: '主体', en: 'entity' },
  person: { zh: '负责人', en: 'person' },
  service: { zh: '服务', en: 'service' },
  access: { zh: '接入信息', en: 'access record' },
};

export const notFound = (kind: RecordKind): ServiceError =>
  new ServiceError(
    'NOT_FOUND',
    text(`找不到该${NAME[kind].zh}，可能已被删除。请刷新列表后重试。`, `That ${NAME[kind].en} no longer exists; it may have been deleted. Refresh the list and try again.`),
  );

export const staleEdit = (kind: RecordKind): ServiceError =>
  new ServiceError(
    'CONFLICT',
    text(
      `该${NAME[kind].zh}在您编辑期间已被保存过，您的修改未保存。请重新打开以查看最新内容，再重新修改。`,
      `This ${NAME[kind].en} was saved by someone else while you were editing, so your changes were not saved. Reopen it to see the latest version, then make your changes again.`,
    ),
  );

export const archiveFirst = (kind: RecordKind): ServiceError =>
  new ServiceError(
    'CONFLICT',
    text(`只能删除已归档的${NAME[kind].zh}：请先归档，再从归档中删除。`, `Only an archived ${NAME[kind].en} can be deleted: archive it first, then delete it from the archive.`),
  );

export const alreadyArchived = (kind: RecordKind): ServiceError =>
  new ServiceError('CONFLICT', text(`该${NAME[kind].zh}已在归档中，无需再次归档。`, `This ${NAME[kind].en} is already archived; there is nothing to do.`));

export const notArchived = (kind: RecordKind): ServiceError =>
  new ServiceError('CONFLICT', text(`该${NAME[kind].zh}不在归档中，无需恢复。`, `This ${NAME[kind].en} is not archived; there is nothing to restore.`));

export const archivedParent = (): ServiceError =>
  new ServiceError(
    'CONFLICT',
    text('该服务所属的主体已归档：请先恢复主体（其服务会一同恢复），或在归档中查看。', 'The entity of this service is archived: restore the entity first (its services come back with it), or view it in the archive.'),
  );

export const openFilingsBlockDelete = (): ServiceError =>
  new ServiceError(
    'CONFLICT',
    text('该主体还有进行中的备案订单，不能删除。请先完成或放弃这些订单，再删除主体。', 'This entity still has filing orders in progress, so it cannot be deleted. Finish or abandon those orders first, then delete it.'),
  );

export const archivedTarget = (kind: RecordKind): ServiceError =>
  new ServiceError('CONFLICT', text(`该${NAME[kind].zh}已归档，不能修改。请先从归档中恢复。`, `This ${NAME[kind].en} is archived and cannot be changed. Restore it from the archive first.`));

export const invalidInput: LocalizedText = text('有内容未通过检查，没有保存。请按字段下的提示修改后再保存。', 'Some values did not pass the checks, so nothing was saved. Correct the fields as indicated, then save again.');

import { App, Button, Space } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidateAll, invoke } from '../../api';
import { useLocalize } from '../../app/useLocalize';
import { useLabels } from './useLabels';

export type ArchivableKind = 'entity' | 'service' | 'person';

const UNDO_SECONDS = 10;

const TOAST = { entity: 'archive.entity.toast', service: 'archive.service.toast', person: 'archive.person.toast' } as const;

/**
 * Archive (never a plain delete), with an Undo in the toast that says so; restore from the archive;
 * and deleting for good, only after a dialog that names what goes.
 */
export function useArchiveActions() {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { message, modal } = App.useApp();
  const { listSeparator } = useLabels();

  const unarchive = useCallback(
    async (kind: ArchivableKind, id: string, name: string) => {
      const result = await invoke(`${kind}:unarchive`, { id });
      if (!result.ok) {
        void message.error(localize(result.error.message));
        return false;
      }
      // An entity or service brings back its leaders archived meanwhile; the user should know they are back.
      const leaders = 'restoredLeaders' in result.data ? result.data.restoredLeaders.map((p) => p.name) : [];
      void message.success(leaders.length > 0 ? t('archive.restored.withLeaders.toast', { name, leaders: leaders.join(listSeparator) }) : t('archive.restored.toast', { name }));
      invalidateAll();
      return true;
    },
    [listSeparator, localize, message, t],
  );

  const archive = useCallback(
    async (kind: ArchivableKind, id: string, name: string) => {
      const result = await invoke(`${kind}:archive`, { id });
      if (!result.ok) {
        void message.error(localize(result.error.message));
        return false;
      }
      const key = `archived-${id}`;
      void message.open({
        key,
        type: 'success',
        duration: UNDO_SECONDS,
        content: (
          <Space size={8}>
            <span>{t(TOAST[kind], { name })}</span>
            <Button
              size="small"
              onClick={() => {
                message.destroy(key);
                void unarchive(kind, id, name);
              }}
            >
              {t('archive.undo.button')}
            </Button>
          </Space>
        ),
      });
      invalidateAll();
      return true;
    },
    [localize, message, t, unarchive],
  );

  const removeForGood = useCallback(
    (kind: ArchivableKind, id: string, name: string, detail: string, onDone?: () => void) => {
      modal.confirm({
        title: t('archive.delete.confirmTitle', { name }),
        content: detail,
        okText: t('archive.delete.confirmOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel.button'),
        onOk: async () => {
          const result = await invoke(`${kind}:delete`, { id });
          if (!result.ok) {
            void message.error(localize(result.error.message));
            return;
          }
          void message.success(t('archive.deleted.toast', { name }));
          onDone?.();
          invalidateAll();
        },
      });
    },
    [localize, message, modal, t],
  );

  return { archive, unarchive, removeForGood };
}

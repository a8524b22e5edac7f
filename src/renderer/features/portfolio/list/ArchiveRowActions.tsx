import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveActions, type ArchivableKind } from '../useArchiveActions';

interface ArchiveRowActionsProps {
  kind: ArchivableKind;
  id: string;
  name: string;
  /** What the delete confirmation says goes with it. */
  deleteBody: string;
}

/** Restore and delete-for-good on a row of an archive list, each named after the row for screen readers. */
export function ArchiveRowActions({ kind, id, name, deleteBody }: ArchiveRowActionsProps) {
  const { t } = useTranslation();
  const { unarchive, removeForGood } = useArchiveActions();
  return (
    <Space size={4}>
      <Button size="small" aria-label={t('archive.restore.rowLabel', { name })} onClick={() => void unarchive(kind, id, name)}>
        {t('archive.restore.button')}
      </Button>
      <Button size="small" danger aria-label={t('archive.delete.rowLabel', { name })} onClick={() => removeForGood(kind, id, name, deleteBody)}>
        {t('archive.delete.button')}
      </Button>
    </Space>
  );
}

import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveActions, type ArchivableKind } from '../useArchiveActions';

interface ArchivedActionsProps {
  kind: ArchivableKind;
  id: string;
  name: string;
  /** What the delete confirmation says goes with it. */
  deleteBody: string;
  /** Where to go once it is gone for good. */
  afterDelete: () => void;
}

/** An archived record's page offers only these two: restore it, or delete it for good (after a question). */
export function ArchivedActions({ kind, id, name, deleteBody, afterDelete }: ArchivedActionsProps) {
  const { t } = useTranslation();
  const { unarchive, removeForGood } = useArchiveActions();
  return (
    <Space wrap>
      <Button type="primary" onClick={() => void unarchive(kind, id, name)}>
        {t('archive.restore.button')}
      </Button>
      <Button danger onClick={() => removeForGood(kind, id, name, deleteBody, afterDelete)}>
        {t('archive.delete.button')}
      </Button>
    </Space>
  );
}

import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Person } from '../../../shared/domain/model/person';
import { useArchiveActions } from '../portfolio/useArchiveActions';

/**
 * A person's buttons: Archive and Edit while in use; Restore and Delete permanently once archived.
 * Main decides whether the person may go (still a leader somewhere → the toast says where and what to do).
 */
export function PersonActions({ person, onEdit }: { person: Person; onEdit: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { archive, unarchive, removeForGood } = useArchiveActions();
  if (person.archivedAt) {
    return (
      <Space wrap>
        <Button type="primary" onClick={() => void unarchive('person', person.id, person.name)}>
          {t('archive.restore.button')}
        </Button>
        <Button danger onClick={() => removeForGood('person', person.id, person.name, t('archive.delete.personBody', { name: person.name }), () => void navigate('/people?archived=1'))}>
          {t('archive.delete.button')}
        </Button>
      </Space>
    );
  }
  return (
    <Space wrap>
      <Button onClick={() => void archive('person', person.id, person.name)}>{t('archive.archive.button')}</Button>
      <Button type="primary" onClick={onEdit}>
        {t('person.edit.button')}
      </Button>
    </Space>
  );
}

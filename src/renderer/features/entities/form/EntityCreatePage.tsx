import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { invoke } from '../../../api';
import { useAppState } from '../../../app/useAppState';
import { PageTitle } from '../../../components/PageTitle';
import { BackLink } from '../../portfolio/BackLink';
import { EntityForm } from './EntityForm';
import { newEntityDefaults, toRequest } from './entity-form';

export default function EntityCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { settings } = useAppState();
  return (
    <>
      <BackLink to="/entities">{t('entities.back.link')}</BackLink>
      <PageTitle>{t('entity.create.title')}</PageTitle>
      <EntityForm
        defaults={newEntityDefaults}
        submitLabel={t('entity.create.submit')}
        save={(values) => invoke('entity:create', toRequest(values, settings?.userName ?? ''))}
        onSaved={({ id }) => void navigate(`/entities/${id}`, { replace: true })}
        onCancel={() => void navigate('/entities')}
      />
    </>
  );
}

import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LONG_TERM, type Person } from '../../../shared/domain';
import { useLabels } from './useLabels';

/** A person's data as filed: certificate and validity, and how to reach them. */
export function PersonDescriptions({ person, link = true }: { person: Person; link?: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const validity = `${person.certificateValidFrom} – ${person.certificateValidUntil === LONG_TERM ? t('person.field.longTerm') : person.certificateValidUntil}`;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'name', label: t('person.field.name'), children: link ? <Link to={`/people/${person.id}`}>{person.name}</Link> : person.name },
        { key: 'type', label: t('person.field.certificateType'), children: labels.certificateType(person.certificateType) },
        { key: 'number', label: t('person.field.certificateNumber'), children: person.certificateNumber },
        { key: 'validity', label: t('person.field.validity'), children: validity },
        { key: 'mobile', label: t('person.field.mobile'), children: person.mobile },
        { key: 'emergency', label: t('person.field.emergencyPhone'), children: person.emergencyPhone },
        { key: 'office', label: t('person.field.officePhone'), children: person.officePhone || '—' },
        { key: 'email', label: t('person.field.email'), children: person.email },
      ]}
    />
  );
}

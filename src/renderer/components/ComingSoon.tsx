import { Empty, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../shared/i18n';
import { PageTitle } from './PageTitle';

interface ComingSoonProps {
  heading: MessageKey;
  title: MessageKey;
  body: MessageKey;
}

/** A page whose feature has not arrived yet: says what will be here and when. */
export function ComingSoon({ heading, title, body }: ComingSoonProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t(heading)}</PageTitle>
      <Result
        icon={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={false} />}
        title={t(title)}
        subTitle={<span style={{ display: 'inline-block', maxWidth: 560 }}>{t(body)}</span>}
        extra={<Tag color="processing">{t('common.coming.tag')}</Tag>}
      />
    </>
  );
}

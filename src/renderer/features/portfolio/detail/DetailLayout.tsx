import { Alert, Col, Flex, Row } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiledMarker, FiledState, Obligation, Person } from '../../../../shared/domain';
import type { HistoryItem, TrackedDeadlineView } from '../../../../shared/ipc';
import { PageTitle } from '../../../components/PageTitle';
import { Section } from '../../../components/Section';
import { BackLink } from '../BackLink';
import { DeadlinesList } from '../DeadlinesList';
import { HistoryTimeline } from '../HistoryTimeline';
import { ObligationsList } from '../ObligationsList';
import { PersonDescriptions } from '../PersonDescriptions';
import { StatusTag } from '../StatusTag';

interface DetailLayoutProps {
  back: { to: string; label: ReactNode };
  title: string;
  status: { state: FiledState; markers: readonly FiledMarker[] };
  /** Next to the status under the title (the ICP number, the owning entity). */
  subtitle?: ReactNode;
  /** Commands at the right of the title (edit, archive; restore and delete when archived). */
  actions: ReactNode;
  /** Set when the record is archived: says so above everything else. */
  archivedNotice?: string | undefined;
  info: { title: string; content: ReactNode };
  leader: { title: string; person: Person };
  /** Full-width sections under the data and the leader (services, accesses). */
  wide: readonly { key: string; content: ReactNode }[];
  obligations: readonly Obligation[];
  /** Names for the services obligations and accesses refer to. */
  serviceNames: ReadonlyMap<string, string>;
  /** At the top of the side column, above deadlines and history (the entity's filings). */
  aside?: ReactNode;
  deadlines: readonly TrackedDeadlineView[];
  history: readonly HistoryItem[];
}

/**
 * The page of one entity or one service: title with status and commands, then its data and
 * leader side by side on wide screens, full-width sections, obligations beside deadlines and history.
 */
export function DetailLayout({ back, title, status, subtitle, actions, archivedNotice, info, leader, wide, obligations, serviceNames, aside, deadlines, history }: DetailLayoutProps) {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <PageTitle>{title}</PageTitle>
          <Flex gap={8} align="center" wrap>
            <StatusTag state={status.state} markers={status.markers} />
            {subtitle}
          </Flex>
        </Flex>
        {actions}
      </Flex>
      {archivedNotice && <Alert type="warning" showIcon title={archivedNotice} style={{ marginBlock: 12 }} />}
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xxl={14}>
          <Section title={info.title}>{info.content}</Section>
        </Col>
        <Col xs={24} xxl={10}>
          <Section title={leader.title}>
            <PersonDescriptions person={leader.person} />
          </Section>
        </Col>
        {wide.map(({ key, content }) => (
          <Col key={key} span={24}>
            {content}
          </Col>
        ))}
        <Col xs={24} xl={14}>
          <Section title={t('entity.obligations.title')}>
            <ObligationsList obligations={obligations} serviceNames={serviceNames} />
          </Section>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            {aside}
            {deadlines.length > 0 && (
              <Section title={t('entity.deadlines.title')}>
                <DeadlinesList deadlines={deadlines} />
              </Section>
            )}
            <Section title={t('entity.history.title')}>
              <HistoryTimeline items={history} />
            </Section>
          </Flex>
        </Col>
      </Row>
    </>
  );
}

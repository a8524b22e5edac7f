import { Alert, App, Button, Col, Flex, Form, Row, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PersonDraft, type FilingData } from '../../../../shared/domain';
import type { FilingDetail } from '../../../../shared/ipc';
import { invoke } from '../../../api';
import { useLocalize } from '../../../app/useLocalize';
import { SelectField } from '../../../components/form/fields';
import { Section } from '../../../components/Section';
import { personFindings } from '../../portfolio/person-checks';
import { PersonFields } from '../../portfolio/PersonFields';
import { PersonSelect } from '../../portfolio/PersonSelect';
import type { StepSave } from '../common/useFilingSaver';
import { newId, type StepModule } from './step-module';
import { sanitizeStep } from './step-data';
import { useStoredEntityLeader } from './useEntityLeader';

export interface LeadersStepValues {
  leaders: PersonDraft[];
  /** Which of them leads the entity (the entity step's leaderId), when the order carries the entity. */
  entityLeaderId?: string | undefined;
  /** Ids replaced by a stored person picked from People: old id → the person's id. */
  remap?: Record<string, string>;
}

const blankPerson = (): PersonDraft => ({ id: newId(), certificateType: 'resident-id' });

/** Picks a stored person into a leader card: the card takes the person's data and id. */
function FromPeople({ index }: { index: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const localize = useLocalize();
  const id = useId();
  const { getValues, setValue } = useFormContext<LeadersStepValues>();
  const [value, setPicked] = useState<string>();
  const pick = async (personId: string | undefined) => {
    setPicked(personId);
    if (!personId) return;
    const result = await invoke('person:get', { id: personId });
    if (!result.ok) {
      void message.error(localize(result.error.message));
      return;
    }
    const old = getValues(`leaders.${index}`);
    const person = PersonDraft.parse(result.data.person);
    setValue(`leaders.${index}`, person, { shouldDirty: true });
    if (old && old.id !== person.id) {
      setValue('remap', { ...(getValues('remap') ?? {}), [old.id]: person.id }, { shouldDirty: true });
      if (getValues('entityLeaderId') === old.id) setValue('entityLeaderId', person.id, { shouldDirty: true });
    }
  };
  return (
    <Form.Item label={t('filing.leaders.fromPeople')} htmlFor={id} extra={t('filing.leaders.fromPeopleHelp')}>
      <PersonSelect a11y={{ id, 'aria-invalid': undefined, 'aria-describedby': undefined }} value={value} onChange={(v) => void pick(v)} onBlur={() => undefined} />
    </Form.Item>
  );
}

/** The entity leader's pick-list: the people of the order by name. */
function EntityLeaderField() {
  const { t } = useTranslation();
  const leaders = useWatch<LeadersStepValues, 'leaders'>({ name: 'leaders' });
  return (
    <SelectField<LeadersStepValues>
      name="entityLeaderId"
      label={t('filing.leaders.entityLeaderField')}
      required
      options={leaders.map((p, i) => ({ value: p.id, label: p.name?.trim() || t('filing.field.leaderN', { n: i + 1 }) }))}
      extra={t('filing.leaders.entityLeaderHelp')}
    />
  );
}

interface LeaderCardProps {
  index: number;
  detail: FilingDetail;
  only: boolean;
  onRemove: () => void;
}

/** One person of the order; it follows its own id and name only, so typing elsewhere leaves it be. */
function LeaderCard({ index, detail, only, onRemove }: LeaderCardProps) {
  const { t } = useTranslation();
  const id = useWatch<LeadersStepValues, `leaders.${number}.id`>({ name: `leaders.${index}.id` });
  const name = useWatch<LeadersStepValues, `leaders.${number}.name`>({ name: `leaders.${index}.name` });
  const entityLeaderId = useWatch<LeadersStepValues, 'entityLeaderId'>({ name: 'entityLeaderId' });
  const carriesEntity = detail.filing.data.entity !== undefined;
  const services = detail.filing.data.services ?? [];
  const leadsEntity = carriesEntity ? id === entityLeaderId : id === detail.entity?.leaderId;
  const roles = [
    ...(leadsEntity ? [t('filing.leaders.roleEntity')] : []),
    ...services.filter((s) => s.leaderId === id).map((s) => t('filing.leaders.roleService', { name: s.name?.trim() || (s.kind === 'website' ? s.domain : '') || '' })),
  ];
  const used = roles.length > 0;
  return (
    <Section
      title={t('filing.leaders.card', { n: index + 1, name: name?.trim() || t('filing.field.leaderN', { n: index + 1 }) })}
      extra={
        <Button size="small" disabled={used || only} title={used ? t('filing.leaders.inUse') : undefined} onClick={onRemove} aria-label={t('filing.leaders.remove', { n: index + 1 })}>
          {t('common.remove.button')}
        </Button>
      }
    >
      {roles.length > 0 && (
        <Flex gap={4} wrap style={{ marginBottom: 12 }}>
          {roles.map((r) => (
            <Tag key={r} color="blue">
              {r}
            </Tag>
          ))}
        </Flex>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <FromPeople index={index} />
        </Col>
      </Row>
      <PersonFields<LeadersStepValues> prefix={`leaders.${index}`} />
    </Section>
  );
}

function LeadersStepFields({ detail }: { detail: FilingDetail }) {
  const { t } = useTranslation();
  const { control } = useFormContext<LeadersStepValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'leaders', keyName: 'key' });
  const carriesEntity = detail.filing.data.entity !== undefined;
  const storedLeader = useStoredEntityLeader(detail);
  return (
    <Flex vertical gap={16}>
      {carriesEntity && (
        <Section title={t('filing.leaders.entityLeader')}>
          <EntityLeaderField />
        </Section>
      )}
      {storedLeader && <Alert type="info" showIcon title={t('filing.leaders.storedLeader', { name: storedLeader.name || t('filing.leaders.roleEntity') })} />}
      {fields.map((item, i) => (
        <LeaderCard key={item.key} index={i} detail={detail} only={carriesEntity && fields.length === 1} onRemove={() => remove(i)} />
      ))}
      <div>
        <Button onClick={() => append(blankPerson())}>{t('filing.leaders.add')}</Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('filing.leaders.addHelp')}
        </Typography.Paragraph>
      </div>
    </Flex>
  );
}

function remapped(data: FilingData, remap: Record<string, string>): FilingData['services'] | undefined {
  const services = data.services;
  if (!services || !services.some((s) => s.leaderId && remap[s.leaderId])) return undefined;
  return services.map((s) => (s.leaderId && remap[s.leaderId] ? { ...s, leaderId: remap[s.leaderId] } : s));
}

/** 负责人: the people of the order, who leads the entity, each person's certificate and contacts (§4.1). */
export const leadersStep: StepModule<LeadersStepValues> = {
  step: 'leaders',
  defaults: (detail) => {
    const { data } = detail.filing;
    // An order without the entity (a website/app added to an entity filed here) may list nobody: the
    // entity's stored leader leads the new website/app unless someone else is added.
    const leaders = data.leaders && data.leaders.length > 0 ? data.leaders : !data.entity ? [] : [data.entity.leaderId ? { id: data.entity.leaderId, certificateType: 'resident-id' as const } : blankPerson()];
    return { leaders, entityLeaderId: data.entity ? (data.entity.leaderId ?? leaders[0]?.id) : undefined, remap: {} };
  },
  saves: (values, detail) => {
    const { data } = detail.filing;
    const saves: StepSave[] = [];
    const remap = values.remap ?? {};
    const wanted = values.entityLeaderId ? (remap[values.entityLeaderId] ?? values.entityLeaderId) : undefined;
    if (data.entity && wanted && wanted !== data.entity.leaderId) saves.push({ step: 'entity', data: { ...data.entity, leaderId: wanted } });
    const services = remapped(data, remap);
    if (services) saves.push({ step: 'services', data: services });
    saves.push({ step: 'leaders', data: sanitizeStep('leaders', values.leaders) });
    return saves;
  },
  check: (values) => Object.assign({}, ...values.leaders.map((p, i) => personFindings(p, `leaders.${i}`))) as ReturnType<typeof personFindings>,
  Fields: LeadersStepFields,
};

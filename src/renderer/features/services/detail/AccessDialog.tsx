import { Modal } from 'antd';
import { useCallback, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { accessMethods, PROVINCES, providers, type Access } from '../../../../shared/domain';
import { AccessInput } from '../../../../shared/ipc';
import { invoke } from '../../../api';
import { SelectField, TextField } from '../../../components/form/fields';
import { FormShell } from '../../../components/form/FormShell';
import { formResolver } from '../../../components/form/zod-messages';
import { useLabels } from '../../portfolio/useLabels';

const AccessForm = z.object({ access: AccessInput });
type AccessFormIn = z.input<typeof AccessForm>;
type AccessFormOut = z.output<typeof AccessForm>;
const noFindings = () => ({});

interface AccessDialogProps {
  serviceId: string;
  /** The link being edited; absent to add one. */
  access?: Access;
  onClose: (saved: boolean) => void;
}

/** Adds or edits one provider link: provider, its code, access method, server region, IPs. */
export function AccessDialog({ serviceId, access, onClose }: AccessDialogProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const resolver = useMemo(() => formResolver<AccessFormIn, AccessFormOut>(AccessForm, t), [t]);
  const defaults = access
    ? { access: { providerId: access.providerId, serviceCode: access.serviceCode, accessMethod: access.accessMethod, serverRegion: access.serverRegion, ips: access.ips } }
    : { access: { accessMethod: 'cloud' as const, ips: [] } };
  const form = useForm<AccessFormIn, unknown, AccessFormOut>({ resolver, defaultValues: defaults as AccessFormIn, mode: 'onTouched' });
  const providerId = form.watch('access.providerId');
  const codeName = labels.providerCodeName(providerId);
  const save = useCallback((values: AccessFormOut) => invoke('access:save', { id: access?.id, serviceId, access: values.access }), [access, serviceId]);
  return (
    <Modal open title={access ? t('access.edit.title') : t('access.add.title')} footer={null} onCancel={() => onClose(false)} destroyOnHidden width={640}>
      <FormShell
        form={form}
        check={noFindings}
        save={save}
        onSaved={() => onClose(true)}
        onCancel={() => onClose(false)}
        label={access ? t('access.edit.title') : t('access.add.title')}
        submitLabel={t('access.save.button')}
        sticky={false}
      >
        <SelectField<AccessFormIn> name="access.providerId" label={t('access.field.provider')} required options={providers.items.map((p) => ({ value: p.code, label: labels.provider(p.code) }))} />
        <TextField<AccessFormIn>
          name="access.serviceCode"
          label={codeName ? labels.text(codeName) : t('access.field.serviceCode')}
          required
          extra={t('access.serviceCode.help')}
        />
        <SelectField<AccessFormIn> name="access.accessMethod" label={t('access.field.accessMethod')} required options={accessMethods.items.map((m) => ({ value: m.code, label: labels.accessMethod(m.code) }))} />
        <SelectField<AccessFormIn> name="access.serverRegion" label={t('access.field.serverRegion')} required options={PROVINCES.map((p) => ({ value: p.gbCode, label: labels.provinceName(p.id) }))} />
        <SelectField<AccessFormIn> name="access.ips" label={t('access.field.ips')} required mode="tags" options={[]} notFoundContent={null} placeholder={t('access.ips.placeholder')} />
      </FormShell>
    </Modal>
  );
}

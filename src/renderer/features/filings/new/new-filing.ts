import type { DetermineAnswers, FilingIntent, OperationId, ProviderId, ServiceDraft } from '../../../../shared/domain';
import type { ChannelInput, FilingDetail } from '../../../../shared/ipc';
import type { StepSave } from '../common/useFilingSaver';
import { newService } from '../wizard/new-service';

/** What the user typed or picked to start an order, before the operation is determined. */
export interface StartValues {
  intent: FilingIntent;
  providerId: ProviderId;
  entityId?: string | undefined;
  serviceId?: string | undefined;
  certificateNumber?: string | undefined;
  serviceKind: 'website' | 'app';
  domain?: string | undefined;
  packageName?: string | undefined;
}

export type StartField = 'entity' | 'service' | 'certificate' | 'site';

/** The inputs each intent asks for (the providers decide from the certificate and the domain, §2). */
export const FIELDS_OF: Readonly<Record<FilingIntent, readonly StartField[]>> = {
  'new-client-first-site': ['certificate', 'site'],
  'move-provider': ['service', 'certificate', 'site'],
  'add-service': ['entity', 'site'],
  modify: ['entity', 'service'],
  claim: ['certificate', 'site'],
  'remove-provider': ['entity', 'service'],
  cancel: ['entity', 'service'],
};

export const INTENTS: readonly FilingIntent[] = ['new-client-first-site', 'add-service', 'move-provider', 'modify', 'claim', 'remove-provider', 'cancel'];

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The determine call for what is on screen: only the inputs the intent shows. */
export function determineInput(values: StartValues, answers: DetermineAnswers): ChannelInput<'filing:determine'> {
  const fields = FIELDS_OF[values.intent];
  const input: ChannelInput<'filing:determine'> = { intent: values.intent, providerId: values.providerId, answers };
  if (fields.includes('entity') && values.entityId) input.entityId = values.entityId;
  if (fields.includes('service') && values.serviceId) input.serviceId = values.serviceId;
  if (fields.includes('certificate') && filled(values.certificateNumber)) input.certificateNumber = values.certificateNumber.trim();
  if (fields.includes('site')) {
    if (values.serviceKind === 'website' && filled(values.domain)) input.domain = values.domain.trim();
    if (values.serviceKind === 'app' && filled(values.packageName)) input.packageName = values.packageName.trim();
  }
  return input;
}

/** What a determination needs before it can be acted on: each intent's key input. */
export function missingInput(values: StartValues): StartField | undefined {
  switch (values.intent) {
    case 'new-client-first-site':
    case 'claim':
      return filled(values.certificateNumber) ? undefined : 'certificate';
    case 'add-service':
    case 'modify':
      return values.entityId ? undefined : 'entity';
    case 'move-provider':
      return values.serviceId || filled(values.domain) || filled(values.packageName) ? undefined : 'site';
    case 'remove-provider':
      return values.serviceId || values.entityId ? undefined : 'service';
    case 'cancel':
      return values.serviceId || values.entityId ? undefined : 'entity';
  }
}

/** Operations whose new order starts with the website/app typed here. */
const TYPED_SITE: readonly OperationId[] = ['initial', 'add-service-new-entity-here', 'add-service-existing-entity', 'access', 'claim'];

/**
 * What was typed to start the order goes into its draft, so the wizard opens with it: the entity's
 * certificate number and the website's domain (or the app's package name) where the portfolio had
 * nothing to prefill.
 */
export function typedDraft(detail: FilingDetail, values: StartValues): StepSave[] {
  const { data, operation } = detail.filing;
  const saves: StepSave[] = [];
  const fields = FIELDS_OF[values.intent];
  if (!data.entity && fields.includes('certificate') && filled(values.certificateNumber) && operation !== 'add-service-existing-entity') {
    saves.push({ step: 'entity', data: { nature: 'enterprise', certificateType: 'uscc-certificate', leaderIsLegalRepresentative: true, certificateNumber: values.certificateNumber.trim() } });
  }
  const site = values.serviceKind === 'website' ? values.domain?.trim() : values.packageName?.trim();
  if ((data.services ?? []).length === 0 && TYPED_SITE.includes(operation) && fields.includes('site') && site) {
    const leaderId = data.entity?.leaderId ?? detail.entity?.leaderId;
    const service = newService(values.serviceKind, leaderId);
    const typed: ServiceDraft =
      service.kind === 'website'
        ? { ...service, domain: site, homepageUrl: `https://${site}/` }
        : { ...service, platforms: [{ platform: 'android', packageName: site }] };
    saves.push({ step: 'services', data: [typed] });
  }
  return saves;
}

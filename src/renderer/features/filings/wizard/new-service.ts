import type { ServiceDraft, ServiceKind } from '../../../../shared/domain';
import { serviceDefaults } from '../../portfolio/service-form';
import { newId } from './step-module';

/** A website/app typed into an order: its own id, what its kind starts with, led by `leaderId`. */
export const newService = (kind: ServiceKind, leaderId: string | undefined): ServiceDraft =>
  ({ ...serviceDefaults(kind), id: newId(), ...(leaderId ? { leaderId } : {}) }) as ServiceDraft;

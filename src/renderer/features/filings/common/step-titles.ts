import type { MessageKey } from '../../../../shared/i18n';
import type { WizardStep } from '../wizard/steps';

export const STEP_TITLE_KEYS: Readonly<Record<WizardStep, MessageKey>> = {
  entity: 'filing.step.entity',
  leaders: 'filing.step.leaders',
  services: 'filing.step.services',
  access: 'filing.step.access',
  documents: 'filing.step.documents',
  review: 'filing.step.review',
};

import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import type { FilingDetail } from '../../../../shared/ipc';
import type { FieldFindings } from '../../../components/form/findings-resolver';
import type { StepSave } from '../common/useFilingSaver';
import type { WizardStep } from './steps';

/** What a step's saves need besides its values. */
export interface StepContext {
  /** Who the history and overrides name. */
  userName: string;
}

/** One data step of the wizard: its form, how it saves, and the checks it runs as the user types. */
export interface StepModule<V extends FieldValues> {
  step: Exclude<WizardStep, 'review'>;
  /** The form opened on the saved draft (prefilled from the portfolio when the order was created). */
  defaults: (detail: FilingDetail) => V;
  /** The saves the values make: steps this one keeps consistent first, the step itself last. */
  saves: (values: V, detail: FilingDetail, ctx: StepContext) => StepSave[];
  /** The shared validators on the values as typed, by form field. */
  check: (values: V, detail: FilingDetail) => FieldFindings;
  Fields: (props: { detail: FilingDetail }) => ReactNode;
}

/** A new record id for a leader or a service typed in a filing (main keeps it when it stores them). */
export const newId = (): string => crypto.randomUUID();

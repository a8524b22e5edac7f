import type { ControllerFieldState } from 'react-hook-form';
import type { Finding } from '../../../shared/domain';
import { FINDING_ERROR } from './findings-resolver';

/** The first message in an error tree: an array field's error sits on its items ('ips.1'). */
function firstMessage(error: unknown): { type?: unknown; message?: string } | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const node = error as { type?: unknown; message?: unknown };
  if (typeof node.message === 'string' && node.message) return { type: node.type, message: node.message };
  for (const [key, value] of Object.entries(error)) {
    if (key === 'ref') continue;
    const found = firstMessage(value);
    if (found) return found;
  }
  return undefined;
}

export interface FieldFeedback {
  error: string | undefined;
  findings: readonly Finding[];
}

const NONE: readonly Finding[] = [];

/**
 * What a field shows under it: the form's error (schema or main's answer), and the validators'
 * findings once the user has typed into or left the field, or tried to save.
 */
export function fieldFeedback(state: ControllerFieldState, submitted: boolean, findings: readonly Finding[]): FieldFeedback {
  const error = firstMessage(state.error);
  const engaged = state.isTouched || state.isDirty || submitted || Boolean(error);
  return {
    error: error && error.type !== FINDING_ERROR ? error.message : undefined,
    findings: engaged ? findings : NONE,
  };
}

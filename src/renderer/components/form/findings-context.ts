import { createContext, useContext } from 'react';
import type { FieldFindings } from './findings-resolver';

export interface FormFeedback {
  /** The live validator findings of the form, by field path. */
  findings: FieldFindings;
  /** Paths of the fields on screen, so an answer from main can tell which issues have a field. */
  shown: Set<string>;
}

export const FormFeedbackContext = createContext<FormFeedback>({ findings: {}, shown: new Set() });

export const useFormFeedback = (): FormFeedback => useContext(FormFeedbackContext);

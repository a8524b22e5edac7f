import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { Issue } from '../../../shared/ipc';

/**
 * Puts main's VALIDATION issues under the fields they name. `toField` turns an input path
 * (['leader', 'new', 'mobile']) into the form's path ('leader.person.mobile'); issues whose field is
 * not on screen are returned, for the form to list above its buttons.
 */
export function applyServerIssues<T extends FieldValues>(
  issues: readonly Issue[],
  setError: UseFormSetError<T>,
  shown: ReadonlySet<string>,
  toField: (path: readonly (string | number)[]) => string = (path) => path.join('.'),
): Issue[] {
  const unplaced: Issue[] = [];
  let first = true;
  for (const issue of issues) {
    const field = toField(issue.path);
    if (!shown.has(field)) {
      unplaced.push(issue);
      continue;
    }
    setError(field as FieldPath<T>, { type: 'server', message: issue.message }, { shouldFocus: first });
    first = false;
  }
  return unplaced;
}

import { describe, expect, it } from 'vitest';
import { PERSON_QUERY } from '../../../src/renderer/features/people/usePersonQuery';
import { readQuery, writeQuery } from '../../../src/renderer/features/portfolio/list/list-query';
import { PersonQuery } from '../../../src/shared/ipc/portfolio-schemas';

// The people list keeps its search and archive tab in the address, so Back from a person returns to the same tab.
describe('people list address', () => {
  it('reads the search and the archive tab, and asks main for that side of the archive', () => {
    const view = readQuery(PERSON_QUERY, new URLSearchParams('q=王&archived=1'));
    expect(view).toEqual({ text: '王', archived: true });
    expect(PersonQuery.parse({ ...view, offset: 0, limit: 100 }).archived).toBe(true);
  });

  it('the active tab is the plain address; a leader pick-list without the flag gets people in use', () => {
    expect(writeQuery(PERSON_QUERY, new URLSearchParams('q=王&archived=1'), { archived: false }).toString()).toBe('q=%E7%8E%8B');
    expect(readQuery(PERSON_QUERY, new URLSearchParams('')).archived).toBe(false);
    expect(PersonQuery.parse({ offset: 0, limit: 30 }).archived).toBe(false);
  });
});

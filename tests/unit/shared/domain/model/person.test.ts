import { describe, expect, it } from 'vitest';
import { Person, PersonData, PersonDraft } from '../../../../../src/shared/domain/model/person';
import { leader, storedPerson } from '../../../../fixtures/domain/builders';

describe('Person schema', () => {
  it('accepts a stored leader with a long-term ID', () => {
    expect(Person.safeParse(storedPerson(leader('p-1'))).success).toBe(true);
  });

  it('accepts a dated validity and refuses one that ends before it starts', () => {
    expect(Person.safeParse(storedPerson(leader('p-1', { certificateValidUntil: '2036-01-01' }))).success).toBe(true);
    const r = Person.safeParse(storedPerson(leader('p-1', { certificateValidUntil: '2014-01-01' })));
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['certificateValidUntil']);
  });

  it('refuses a malformed e-mail or an impossible date in complete data', () => {
    expect(PersonData.safeParse(leader('p-1', { email: 'nobody' })).success).toBe(false);
    expect(PersonData.safeParse(leader('p-1', { certificateValidFrom: '2015-02-30' })).success).toBe(false);
  });

  it('lets a draft keep a half-typed e-mail and missing fields', () => {
    expect(PersonDraft.safeParse({ id: 'p-1', email: 'zhang@' }).success).toBe(true);
  });

  it('refuses an unknown certificate type', () => {
    expect(PersonDraft.safeParse({ id: 'p-1', certificateType: 'driving-licence' }).success).toBe(false);
  });
});

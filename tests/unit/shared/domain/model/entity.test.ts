import { describe, expect, it } from 'vitest';
import { Entity, EntityData, EntityDraft } from '../../../../../src/shared/domain/model/entity';
import { storedEntity } from '../../../../fixtures/domain/builders';
import { RESIDENT_ID } from '../../../../fixtures/domain/values';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (r.error?.issues ?? []).map((i) => i.path.join('.'));

describe('Entity schema', () => {
  it('accepts a stored enterprise with its lifecycle', () => {
    expect(Entity.safeParse(storedEntity('e-1')).success).toBe(true);
  });

  it('offers the certificate types of the nature only (W3)', () => {
    expect(issues(Entity.safeParse(storedEntity('e-1', { nature: 'government' })))).toEqual(['certificateType']);
    expect(Entity.safeParse(storedEntity('e-1', { nature: 'government', certificateType: 'uscc-certificate' })).success).toBe(true);
  });

  it('gives individuals personal certificates and nothing else', () => {
    const person = storedEntity('e-1', { nature: 'individual', certificateType: 'resident-id', certificateNumber: RESIDENT_ID.beijing1990, name: '张三' });
    expect(Entity.safeParse(person).success).toBe(true);
    expect(issues(Entity.safeParse({ ...person, certificateType: 'business-licence' }))).toEqual(['certificateType']);
  });

  it('wants the legal representative when the entity leader is someone else (W1)', () => {
    const e = storedEntity('e-1', { leaderIsLegalRepresentative: false });
    expect(issues(Entity.safeParse(e))).toEqual(['legalRepresentative']);
    expect(Entity.safeParse({ ...e, legalRepresentative: { name: '赵六', certificateType: 'resident-id', certificateNumber: RESIDENT_ID.beijing1992 } }).success).toBe(true);
  });

  it('keeps city and district inside the province (GB/T 2260, W5)', () => {
    expect(issues(Entity.safeParse(storedEntity('e-1', { region: { province: '110000', city: '120100', district: '120101' } })))).toEqual(['region.city']);
    expect(issues(Entity.safeParse(storedEntity('e-1', { region: { province: '110100', city: '110100', district: '110105' } })))).toEqual(['region.province']);
  });

  it('refuses an empty name in a complete record but not in a draft', () => {
    const { id: _id, createdAt: _c, updatedAt: _u, lifecycle: _l, ...data } = storedEntity('e-1', { name: ' ' });
    expect(issues(EntityData.safeParse(data))).toEqual(['name']);
    expect(EntityDraft.safeParse({ name: ' ', nature: 'enterprise' }).success).toBe(true);
  });

  it('lets a draft hold anything typed so far', () => {
    expect(EntityDraft.safeParse({}).success).toBe(true);
    expect(EntityDraft.safeParse({ region: { province: '440000' }, certificateNumber: '9144' }).success).toBe(true);
  });
});

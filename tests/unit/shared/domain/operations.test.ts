import { describe, expect, it } from 'vitest';
import {
  OPERATIONS,
  OPERATION_IDS,
  goesToAdminReview,
  operationInfo,
  requiresSmsCheck,
} from '../../../../src/shared/domain/operations';

describe('filing operations', () => {
  it('lists the operations of §2 with stable ids', () => {
    expect(OPERATION_IDS).toEqual([
      'initial',
      'access',
      'add-service-new-entity-here',
      'add-service-existing-entity',
      'modify',
      'claim',
      'remove-access',
      'cancel-entity',
      'cancel-service',
    ]);
    for (const id of OPERATION_IDS) expect(operationInfo(id).id).toBe(id);
  });

  it('requires the MIIT SMS check for every operation except remove-access (§3)', () => {
    expect(OPERATION_IDS.filter((id) => !requiresSmsCheck(id))).toEqual(['remove-access']);
  });

  it('sends every order to the 管局', () => {
    expect(OPERATION_IDS.every(goesToAdminReview)).toBe(true);
  });

  it('labels and describes each operation in both languages and cites sources', () => {
    for (const op of Object.values(OPERATIONS)) {
      for (const t of [op.label, op.description]) {
        expect(t['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(t.en).toMatch(/[a-z]/);
      }
      expect(op.source.length).toBeGreaterThan(0);
      expect(op.source).toContain('§2');
    }
    expect(OPERATIONS.initial.label['zh-CN']).toBe('首次备案');
    expect(OPERATIONS['remove-access'].label['zh-CN']).toBe('取消接入');
  });
});

import { describe, expect, it } from 'vitest';
import { Filing, FilingData, filingDataSchemaFor } from '../../../../../src/shared/domain/model/filing';
import { cleanData, storedFiling } from '../../../../fixtures/domain/builders';

describe('Filing schema', () => {
  it('accepts a stored order with its lifecycle, history and decisions', () => {
    const f = {
      ...storedFiling('f-1', 'e-1', 'PROVIDER_REJECTED', 'initial'),
      history: [{ event: 'submit', at: '2026-03-01T10:00:00+08:00', from: 'DRAFT', to: 'PROVIDER_REVIEW', note: '首次提交' }],
      rejectionFindings: [{ fieldPath: 'services.0.name', reason: '网站名称不规范', suggestion: '请使用与内容相关的名称' }],
      acknowledgedWarnings: [{ code: 'service.domain.verify', by: 'tester', at: '2026-03-01T10:00:00+08:00' }],
    };
    expect(Filing.safeParse(f).success).toBe(true);
  });

  it('refuses an unknown state or a timestamp without an offset', () => {
    expect(Filing.safeParse({ ...storedFiling('f-1', 'e-1', 'DRAFT'), state: 'SENT' }).success).toBe(false);
    expect(Filing.safeParse({ ...storedFiling('f-1', 'e-1', 'DRAFT'), updatedAt: '2026-03-01T10:00:00' }).success).toBe(false);
  });

  it('lets the draft data be empty or partial', () => {
    expect(FilingData.safeParse({}).success).toBe(true);
    expect(FilingData.safeParse({ entity: { name: '北京' }, services: [{ kind: 'website', id: 's-1' }] }).success).toBe(true);
  });

  it('requires the steps of the operation when submitting', () => {
    expect(filingDataSchemaFor('initial').safeParse(cleanData()).success).toBe(true);
    const r = filingDataSchemaFor('initial').safeParse({ ...cleanData(), entity: undefined });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['entity']);
    expect(filingDataSchemaFor('cancel-service').safeParse({}).success).toBe(true);
  });
});

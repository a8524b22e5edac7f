import { describe, expect, it } from 'vitest';
import { accessMethods } from '../../../../../src/shared/domain/model/access-methods';
import { contentCategories } from '../../../../../src/shared/domain/model/content-categories';
import { languages } from '../../../../../src/shared/domain/model/languages';
import { preApprovalCategories } from '../../../../../src/shared/domain/model/pre-approval-categories';
import { providers } from '../../../../../src/shared/domain/model/providers';

const tables = { accessMethods, contentCategories, languages, preApprovalCategories, providers };

describe('pick-list tables', () => {
  it.each(Object.entries(tables))('%s has unique codes, both labels, a source and an as-of date', (_name, table) => {
    expect(new Set(table.items.map((i) => i.code)).size).toBe(table.items.length);
    for (const i of table.items) expect(i.label['zh-CN'] && i.label.en, i.code).toBeTruthy();
    expect(table.source.length).toBeGreaterThan(0);
    expect(table.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('pairs content with existing pre-approval categories only', () => {
    const approvals = new Set(preApprovalCategories.items.map((i) => i.code));
    for (const c of contentCategories.items) if (c.needs) expect(approvals.has(c.needs), c.code).toBe(true);
  });

  it('shows provider code examples that match their own patterns (A1)', () => {
    for (const p of providers.items) if (p.codePattern && p.codeExample) expect(p.codePattern.test(p.codeExample.replace(/\*/g, '0')), p.code).toBe(true);
  });
});

/**
 * Rule engine against a synthetic 10,000-entity portfolio (architecture §4 sizes: ~25k services,
 * 15k filings). Run with `npx vitest bench --run tests/bench`; benchmarks are never timed assertions.
 * Target (brief): one filing well under 50 ms.
 */
import { bench, describe } from 'vitest';
import type { Entity } from '../../src/shared/domain/model/entity';
import type { Filing } from '../../src/shared/domain/model/filing';
import type { Person } from '../../src/shared/domain/model/person';
import type { Service } from '../../src/shared/domain/model/service';
import { runRules } from '../../src/shared/domain/rules/engine';
import { createInMemoryPortfolio } from '../../src/shared/domain/rules/in-memory-portfolio';
import { cleanFiling, leader, NOW, storedEntity, storedFiling, storedPerson, storedWebsite } from '../fixtures/domain/builders';
import { usccFor } from '../fixtures/domain/values';

const entities: Entity[] = [];
const persons: Person[] = [];
const services: Service[] = [];
const filings: Filing[] = [];
for (let i = 0; i < 10_000; i++) {
  const e = `e-${i}`;
  const p = `p-${i}`;
  entities.push(storedEntity(e, { certificateNumber: usccFor('110000', String(i + 100)), leaderId: p, name: `企业${i}` }));
  persons.push(storedPerson(leader(p, { mobile: `135${String(i).padStart(8, '0')}` })));
  for (let j = 0; j < 2 + (i % 2); j++) services.push(storedWebsite(`s-${i}-${j}`, e, `site${i}-${j}-demo.cn`, 'ACTIVE', j + 1));
  if (i % 2 === 0 || i % 3 === 0) filings.push(storedFiling(`f-${i}`, e, i % 5 === 0 ? 'PROVIDER_REVIEW' : 'APPROVED'));
}
const portfolio = createInMemoryPortfolio({ entities, persons, services, filings });

describe(`one filing against ${entities.length} entities, ${services.length} services, ${filings.length} filings`, () => {
  bench('runRules (initial filing, Beijing enterprise)', () => {
    runRules({ filing: cleanFiling(), portfolio, now: NOW });
  });
  bench('runRules (adding a website to a stored entity)', () => {
    runRules({ filing: { ...cleanFiling(), operation: 'add-service-existing-entity', entityId: 'e-42' }, portfolio, now: NOW });
  });
});

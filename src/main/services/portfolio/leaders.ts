import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { Person } from '../../../shared/domain/model/person';
import type { LeaderChoice, PersonInput } from '../../../shared/ipc/portfolio-schemas';
import type { Tx } from '../../store';
import { certificateKey } from './keys';

/** A new person record from form data, stamped `at`. */
export function newPerson(tx: Tx, data: PersonInput, at: string): Person {
  const person: Person = { ...data, id: randomUUID(), createdAt: at, updatedAt: at };
  tx.put('people', person);
  tx.log({ action: 'person.created', target: { collection: 'people', id: person.id }, summary: text(`新建负责人“${person.name}”`, `Person "${person.name}" created`) });
  return person;
}

/**
 * Resolves leader choices within one transaction: a chosen person as is (a leader of several
 * entities and services is one record, so an edit reaches all of them), or a new person. A form
 * that sends the same new person twice (e.g. "same as the entity leader" for every service of an
 * existing client) gets one record: people are told apart by their certificate number.
 */
export function leaderResolver(tx: Tx, at: string): (choice: LeaderChoice) => string {
  const createdByCertificate = new Map<string, string>();
  return (choice) => {
    if ('id' in choice) return choice.id;
    const key = certificateKey(choice.new.certificateNumber);
    const existing = createdByCertificate.get(key);
    if (existing) return existing;
    const id = newPerson(tx, choice.new, at).id;
    createdByCertificate.set(key, id);
    return id;
  };
}

/** One leader choice in a transaction of its own kind (one entity or one service). */
export function resolveLeader(tx: Tx, choice: LeaderChoice, at: string): string {
  return leaderResolver(tx, at)(choice);
}

import { randomUUID } from 'node:crypto';
import { text } from '../../../shared/domain/finding';
import type { Person } from '../../../shared/domain/model/person';
import type { LeaderChoice, PersonInput } from '../../../shared/ipc/portfolio-schemas';
import type { Tx } from '../../store';

/** A new person record from form data, stamped `at`. */
export function newPerson(tx: Tx, data: PersonInput, at: string): Person {
  const person: Person = { ...data, id: randomUUID(), createdAt: at, updatedAt: at };
  tx.put('people', person);
  tx.log({ action: 'person.created', target: { collection: 'people', id: person.id }, summary: text(`新建负责人“${person.name}”`, `Person "${person.name}" created`) });
  return person;
}

/**
 * The leader id to store: a chosen person as is (a leader of several entities and services is one
 * record, so an edit reaches all of them), or a new person created in the same transaction.
 */
export function resolveLeader(tx: Tx, choice: LeaderChoice, at: string): string {
  return 'id' in choice ? choice.id : newPerson(tx, choice.new, at).id;
}

import { text } from '../../../shared/domain/finding';
import type { Person } from '../../../shared/domain/model/person';
import type { ChannelInput } from '../../../shared/ipc/contract';
import {
  PersonCreateInput,
  PersonQuery,
  PersonUpdateInput,
  type ArchiveResult,
  type IdResult,
  type PersonDetail,
  type PersonListResult,
} from '../../../shared/ipc/portfolio-schemas';
import type { Tx } from '../../store';
import { personDetail } from './details';
import { logChange } from './history';
import { newPerson } from './leaders';
import { alreadyArchived, archiveFirst, archivedTarget, notArchived, notFound, staleEdit } from './messages';
import type { PortfolioContext } from './portfolio-context';
import { listPeople } from './person-list';
import { personStillNamed } from './person-messages';
import { findReferrer } from './person-references';
import { historyOf } from './records';
import { Checks, checkPersonInput, parseInput } from './validation';

const personOf = (tx: Tx, id: string): Person => {
  const person = tx.get('people', id) as Person | undefined;
  if (!person) throw notFound('person');
  return person;
};

/**
 * People (负责人) are records of their own: a person leading several entities and services is stored
 * once, so one edit reaches every filing that names them; the detail lists those usages so the
 * form can say what the edit will change. Archive → unarchive, and delete only from the archive,
 * as for entities and services; every write logs a history event in the same transaction.
 */
export class PersonService {
  constructor(private readonly ctx: PortfolioContext) {}

  list(raw: ChannelInput<'person:list'>): PersonListResult {
    const query = parseInput(PersonQuery, raw, this.ctx.language());
    return listPeople(this.ctx.index.current(), this.ctx.store, query);
  }

  get(id: string): PersonDetail {
    return { ...personDetail(this.ctx.store, id), history: historyOf(this.ctx.store, [['people', id]]) };
  }

  async create(raw: ChannelInput<'person:create'>): Promise<IdResult> {
    const input = parseInput(PersonCreateInput, raw, this.ctx.language());
    const checks = new Checks(this.ctx.language());
    checkPersonInput(checks, ['person'], input.person, this.ctx.now());
    checks.throwIfAny();
    const person = await this.ctx.transact((tx, at) => newPerson(tx, input.person, at));
    return { id: person.id };
  }

  async update(raw: ChannelInput<'person:update'>): Promise<PersonDetail> {
    const input = parseInput(PersonUpdateInput, raw, this.ctx.language());
    const checks = new Checks(this.ctx.language());
    checkPersonInput(checks, ['person'], input.person, this.ctx.now());
    checks.throwIfAny();
    await this.ctx.transact((tx, at) => {
      const current = personOf(tx, input.id);
      if (current.updatedAt !== input.expectedUpdatedAt) throw staleEdit('person');
      if (current.archivedAt) throw archivedTarget('person');
      const next: Person = { ...input.person, id: current.id, createdAt: current.createdAt, updatedAt: at };
      tx.put('people', next);
      logChange(tx, 'people', current.id, 'person.updated', text(`修改负责人“${next.name}”`, `Person "${next.name}" edited`));
    });
    return this.get(input.id);
  }

  /**
   * Refused, not merely warned, while the person still leads an entity or service that is not
   * archived, or is named in an open filing order: leader pick-lists never offer an archived
   * person and main refuses one as a chosen leader, so the entity's or service's edit form would
   * be left unsaveable, and an approval would write the person back un-archived. The message names
   * the record (error.ref links it) and says to choose another leader or archive that record first.
   */
  async archive(id: string): Promise<ArchiveResult> {
    return this.ctx.transact((tx, at) => {
      const person = personOf(tx, id);
      if (person.archivedAt) throw alreadyArchived('person');
      const referrer = findReferrer(this.ctx.store, id, true);
      if (referrer) throw personStillNamed(person.name, referrer, 'archive');
      tx.put('people', { ...person, archivedAt: at, updatedAt: at });
      logChange(tx, 'people', id, 'person.archived', text(`归档负责人“${person.name}”（可在归档中恢复）`, `Person "${person.name}" archived (restore them from the archive)`));
      return { id, archivedAt: at };
    });
  }

  async unarchive(id: string): Promise<IdResult> {
    return this.ctx.transact((tx, at) => {
      const person = personOf(tx, id);
      if (!person.archivedAt) throw notArchived('person');
      const restored: Person = { ...person, updatedAt: at };
      delete restored.archivedAt;
      tx.put('people', restored);
      logChange(tx, 'people', id, 'person.unarchived', text(`从归档恢复负责人“${person.name}”`, `Person "${person.name}" restored from the archive`));
      return { id };
    });
  }

  /**
   * Only from the archive, and only when nothing names the person any more: an archived entity or
   * service still points at its leader (restoring it would show nobody), and an open order would
   * write them back on approval. ID numbers and phones leave the data file with the record.
   */
  async delete(id: string): Promise<IdResult> {
    return this.ctx.transact((tx) => {
      const person = personOf(tx, id);
      if (!person.archivedAt) throw archiveFirst('person');
      const referrer = findReferrer(this.ctx.store, id, false);
      if (referrer) throw personStillNamed(person.name, referrer, 'delete');
      tx.delete('people', id);
      logChange(tx, 'people', id, 'person.deleted', text(`删除负责人“${person.name}”`, `Person "${person.name}" deleted`));
      return { id };
    });
  }
}

import { text } from '../../../shared/domain/finding';
import type { Person } from '../../../shared/domain/model/person';
import type { ChannelInput } from '../../../shared/ipc/contract';
import { PersonCreateInput, PersonQuery, PersonUpdateInput, type IdResult, type PersonDetail, type PersonListResult } from '../../../shared/ipc/portfolio-schemas';
import { personDetail } from './details';
import { logChange } from './history';
import { newPerson } from './leaders';
import { archivedTarget, notFound, staleEdit } from './messages';
import type { PortfolioContext } from './portfolio-context';
import { listPeople } from './person-list';
import { Checks, checkPersonInput, parseInput } from './validation';

/**
 * People (负责人) are records of their own: a person leading several entities and services is stored
 * once, so one edit reaches every filing that names them; the detail lists those usages so the
 * form can say what the edit will change.
 */
export class PersonService {
  constructor(private readonly ctx: PortfolioContext) {}

  list(raw: ChannelInput<'person:list'>): PersonListResult {
    const query = parseInput(PersonQuery, raw, this.ctx.language());
    return listPeople(this.ctx.index.current(), this.ctx.store, query);
  }

  get(id: string): PersonDetail {
    return personDetail(this.ctx.store, id);
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
      const current = tx.get('people', input.id) as Person | undefined;
      if (!current) throw notFound('person');
      if (current.updatedAt !== input.expectedUpdatedAt) throw staleEdit('person');
      if (current.archivedAt) throw archivedTarget('person');
      const next: Person = { ...input.person, id: current.id, createdAt: current.createdAt, updatedAt: at };
      tx.put('people', next);
      logChange(tx, 'people', current.id, 'person.updated', text(`修改负责人“${next.name}”`, `Person "${next.name}" edited`));
    });
    return this.get(input.id);
  }
}

import type { FiledState } from '../../src/shared/domain/lifecycle-service';
import type { Access } from '../../src/shared/domain/model/access';
import type { Entity } from '../../src/shared/domain/model/entity';
import type { Filing } from '../../src/shared/domain/model/filing';
import type { Person } from '../../src/shared/domain/model/person';
import type { Service, ServiceKind } from '../../src/shared/domain/model/service';
import { ENTITY_NATURE_IDS } from '../../src/shared/domain/natures';
import { PROVINCES, citiesOf, provinceById } from '../../src/shared/domain/provinces';
import { newContext, type SeedContext, type UnitDraw } from './context';
import { ACTIVE_SERVICE_STATE_WEIGHTS, ENTITY_STATE_WEIGHTS, NATURE_WEIGHTS, ORG_SERVICE_KIND_WEIGHTS, PROVINCE_WEIGHTS, SERVICE_COUNT_WEIGHTS } from './distributions';
import { storyFor, walkFiled, type FiledStory } from './filed-walk';
import { entityIcpNumber, makeEntity } from './make-entity';
import { makeFiling, type FilingPlan } from './make-filings';
import { makePerson } from './make-people';
import { makeAccesses, makeService } from './make-services';
import { BRANDS } from './names';
import { planFilings } from './plan-filings';
import { Rng } from './prng';
import { DAY } from './time';

/** Everything stored for one entity: the unit a transaction writes. */
export interface Unit {
  entity: Entity;
  /** People first created for this entity (shared leaders were stored with an earlier entity). */
  people: Person[];
  services: Service[];
  accesses: Access[];
  filings: Filing[];
}

/** Entity states forced on entities 11–15 so that even a small seed shows every §9.2 state. */
const COVERAGE_ENTITY_STATES: readonly FiledState[] = ['UNFILED', 'ACCESS_REMOVED', 'SHELL', 'CANCELLED', 'REVOKED'];
const FIRST_COVERAGE_ENTITY = 11;

const LIVE: ReadonlySet<FiledState> = new Set(['ACTIVE', 'ACCESS_REMOVED', 'SHELL']);
const LEADER_POOL_SIZE = 300;

/**
 * Builds entity number `index` of a seeded portfolio. Each entity draws from its own stream
 * (seed + index), so a change in how one entity is built does not reshuffle all the others; only
 * what must be unique across the portfolio (domains, phones, certificates, ICP serials) and the
 * shared leaders depend on the entities before it — so units must be built in index order.
 */
export class PortfolioGenerator {
  readonly ctx: SeedContext;
  private readonly provinceOrder;
  private readonly natureOrder;
  private next = 0;

  constructor(
    private readonly seed: string,
    baseMs: number,
  ) {
    const rng = new Rng(`${seed}#order`);
    this.ctx = newContext(baseMs, rng.pick(['王芳', '李娜', '张伟', '刘洋', '陈静']));
    // The first 31 entities visit every province and the first 18 every nature: a small seed covers all.
    this.provinceOrder = rng.shuffle(PROVINCES);
    this.natureOrder = rng.shuffle(ENTITY_NATURE_IDS);
  }

  unit(index: number): Unit {
    if (index !== this.next) throw new Error(`units are built in order: expected ${this.next}, asked for ${index}`);
    this.next++;
    const u = this.draw(index);
    const { rng, ctx } = u;
    const baseMs = ctx.baseMs;

    const forced = index < FIRST_COVERAGE_ENTITY ? 'ACTIVE' : COVERAGE_ENTITY_STATES[index - FIRST_COVERAGE_ENTITY];
    const state = forced ?? rng.weighted(ENTITY_STATE_WEIGHTS);
    const story: FiledStory = { ...storyFor(state, rng, baseMs), inspection: state === 'ACTIVE' && rng.chance(0.03), invalidAccess: state === 'ACTIVE' && rng.chance(0.02) };
    const createdMs = story.filedMs === undefined ? baseMs - rng.int(1, 40) * DAY : story.filedMs - rng.int(10, 40) * DAY;

    const people: Person[] = [];
    const individual = u.nature === 'individual';
    const newPerson = (office: boolean, mailHost?: string): Person => {
      const p = makePerson(u, { createdMs, office, ...(mailHost ? { mailHost } : {}) });
      people.push(p);
      return p;
    };
    let leader: Person;
    if (individual) {
      leader = makePerson(u, { createdMs, office: false, certificateType: rng.chance(0.96) ? 'resident-id' : 'hk-macao-travel-permit' });
      people.push(leader);
    } else if (ctx.leaderPool.length > 0 && rng.chance(0.08)) {
      leader = rng.pick(ctx.leaderPool);
    } else {
      leader = newPerson(true);
      if (ctx.leaderPool.length < LEADER_POOL_SIZE) ctx.leaderPool.push(leader);
      else ctx.leaderPool[rng.int(0, LEADER_POOL_SIZE - 1)] = leader;
    }

    const entityId = rng.uuid();
    const entityNumber = story.filedMs === undefined ? undefined : entityIcpNumber(ctx, u, story.filedMs);
    const services = this.services(u, { entityId, state, story, createdMs, leader, entityNumber, newPerson });
    const accesses = services.flatMap(({ service, story: s, createdMs: c }) =>
      makeAccesses(u, service, c, s.state === 'ACTIVE' || s.state === 'UNFILED' ? undefined : s.changeMs),
    );
    const entityLifecycle = walkFiled(story, rng, baseMs);
    const lastEntityEvent = entityLifecycle.history.at(-1)?.at;
    const entity = makeEntity(u, {
      id: entityId,
      createdMs,
      updatedMs: lastEntityEvent ? Math.max(createdMs, Date.parse(lastEntityEvent)) : createdMs,
      leader,
      lifecycle: entityLifecycle,
      ...(entityNumber ? { icpNumber: entityNumber } : {}),
      ...(individual ? { individual: leader } : {}),
    });

    const byService = new Map<string, Access[]>();
    for (const a of accesses) byService.set(a.serviceId, [...(byService.get(a.serviceId) ?? []), a]);
    const plans: FilingPlan[] = planFilings(u, { entityState: state, story, services, coverageIndex: index < FIRST_COVERAGE_ENTITY ? index : undefined });
    const known = new Map([...people, leader].map((p) => [p.id, p]));
    const filings = plans.map((plan) => makeFiling(u, plan, { entity, accessesOf: (id) => byService.get(id) ?? [], person: (id) => known.get(id) }));
    return { entity, people, services: services.map((s) => s.service), accesses, filings };
  }

  private draw(index: number): UnitDraw {
    const rng = new Rng(`${this.seed}#${index}`);
    const province = this.provinceOrder[index] ?? provinceById(rng.weighted(PROVINCE_WEIGHTS));
    if (!province) throw new Error('unknown province');
    const nature = this.natureOrder[index] ?? rng.weighted(NATURE_WEIGHTS);
    const city = rng.pick(citiesOf(province.id));
    const district = `${city.code.slice(0, 4)}${String(rng.int(1, 9)).padStart(2, '0')}`;
    const plainCity = city.name === '市辖区' || city.name === '县' || city.name.includes('直辖');
    return {
      ctx: this.ctx,
      rng,
      index,
      province,
      region: { province: province.gbCode, city: city.code, district },
      cityName: plainCity ? '' : city.name,
      nature,
      brand: rng.pick(BRANDS),
    };
  }

  private services(
    u: UnitDraw,
    e: { entityId: string; state: FiledState; story: FiledStory; createdMs: number; leader: Person; entityNumber: string | undefined; newPerson: (office: boolean, mailHost?: string) => Person },
  ): BuiltService[] {
    const { rng, ctx } = u;
    const individual = u.nature === 'individual';
    const count = individual ? rng.weighted([[1, 70], [2, 30]] as const) : rng.weighted(SERVICE_COUNT_WEIGHTS);
    const drafts: { kind: ServiceKind; story: FiledStory; withEntity: boolean }[] = [];
    for (let j = 0; j < count; j++) {
      const kind: ServiceKind = j === 0 ? 'website' : individual ? (rng.chance(0.9) ? 'website' : 'mini-program') : rng.weighted(ORG_SERVICE_KIND_WEIGHTS);
      drafts.push({ kind, ...this.serviceStory(u, e.state, e.story, j) });
    }
    // Numbers are handed out in filing order: -1 for the first service approved, and so on.
    const order = drafts.map((d, j) => ({ d, j })).sort((a, b) => (a.d.story.filedMs ?? Infinity) - (b.d.story.filedMs ?? Infinity) || a.j - b.j);
    const seqOf = new Map<number, number>();
    order.forEach(({ d, j }, k) => d.story.filedMs !== undefined && seqOf.set(j, k + 1));

    let ownDomain: string | undefined;
    let deputy: Person | undefined;
    const built: BuiltService[] = [];
    drafts.forEach((d, j) => {
      let leader = e.leader;
      if (!individual && !rng.chance(0.55)) {
        deputy = deputy && rng.chance(0.4) ? deputy : e.newPerson(true, ownDomain);
        leader = deputy;
      }
      const createdMs = d.story.filedMs === undefined ? Math.max(e.createdMs, ctx.baseMs - rng.int(1, 40) * DAY) : d.story.filedMs - rng.int(10, 30) * DAY;
      const lifecycle = walkFiled(d.story, rng, ctx.baseMs);
      const last = lifecycle.history.at(-1)?.at;
      const seq = seqOf.get(j);
      const service = makeService(u, {
        id: rng.uuid(),
        kind: d.kind,
        entityId: e.entityId,
        leaderId: leader.id,
        createdMs,
        updatedMs: last ? Date.parse(last) : createdMs,
        lifecycle,
        ...(e.entityNumber && seq !== undefined ? { entityNumber: e.entityNumber, seq } : {}),
        ...(d.kind !== 'website' && ownDomain ? { ownDomain } : {}),
        individual,
        givenName: e.leader.name.slice(1),
      });
      if (service.kind === 'website' && ownDomain === undefined) ownDomain = service.domain;
      built.push({ service, story: d.story, createdMs, withEntity: d.withEntity });
    });
    return built;
  }

  /** A service follows its entity; under an active entity it has a life of its own. */
  private serviceStory(u: UnitDraw, entityState: FiledState, entityStory: FiledStory, j: number): { story: FiledStory; withEntity: boolean } {
    const { rng, ctx } = u;
    const baseMs = ctx.baseMs;
    if (entityStory.filedMs === undefined) return { story: { state: 'UNFILED' }, withEntity: true };
    let state: FiledState = entityState;
    if (entityState === 'ACTIVE' && j > 0) state = rng.weighted(ACTIVE_SERVICE_STATE_WEIGHTS);
    if ((entityState === 'ACCESS_REMOVED' || entityState === 'SHELL') && j > 0 && rng.chance(0.2)) state = 'CANCELLED';
    if (state === 'UNFILED') return { story: { state }, withEntity: false };
    // The first service and about half the others were filed with the entity; the rest added later.
    const withEntity = j === 0 || rng.chance(0.5) || entityStory.filedMs > baseMs - 120 * DAY;
    const filedMs = withEntity ? entityStory.filedMs : entityStory.filedMs + Math.floor((baseMs - 90 * DAY - entityStory.filedMs) * rng.next());
    if (state === 'ACTIVE') return { story: { state, filedMs }, withEntity };
    // Under a live entity a service changes on its own; otherwise it changed with the entity.
    const changeMs = LIVE.has(entityState) && entityState === 'ACTIVE' ? filedMs + Math.floor((baseMs - DAY - filedMs) * (0.3 + 0.7 * rng.next())) : Math.max(entityStory.changeMs ?? filedMs, filedMs);
    return { story: { state, filedMs, changeMs }, withEntity };
  }
}

export interface BuiltService {
  service: Service;
  story: FiledStory;
  createdMs: number;
  /** Filed in the entity's own first filing (rather than added later). */
  withEntity: boolean;
}

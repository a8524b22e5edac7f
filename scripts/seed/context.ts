import type { Person } from '../../src/shared/domain/model/person';
import type { EntityNature } from '../../src/shared/domain/natures';
import type { ProvinceInfo } from '../../src/shared/domain/provinces';
import type { Rng } from './prng';

/** State shared by the whole run: what must be unique across the portfolio, and who may be shared. */
export interface SeedContext {
  readonly baseMs: number;
  /** The agent (the app's user): actor of the journal lines and of recorded decisions. */
  readonly agent: string;
  readonly taken: {
    readonly domains: Set<string>;
    readonly mobiles: Set<string>;
    readonly certificates: Set<string>;
    readonly packages: Set<string>;
  };
  /** Last serial issued per province and year, so entity ICP numbers never repeat. */
  readonly icpSerials: Map<string, number>;
  /** Leaders of earlier organisations: one person leading several firms of a group is common. */
  readonly leaderPool: Person[];
}

export function newContext(baseMs: number, agent: string): SeedContext {
  return {
    baseMs,
    agent,
    taken: { domains: new Set(), mobiles: new Set(), certificates: new Set(), packages: new Set() },
    icpSerials: new Map(),
    leaderPool: [],
  };
}

/** Everything drawn for one entity before its records are built. */
export interface UnitDraw {
  readonly ctx: SeedContext;
  readonly rng: Rng;
  readonly index: number;
  readonly province: ProvinceInfo;
  readonly region: { province: string; city: string; district: string };
  /** '杭州市', or '' where the second level is 市辖区/县 (municipalities). */
  readonly cityName: string;
  readonly nature: EntityNature;
  /** A brand (字号) and its pinyin: the firm's name, its sites and domains share it. */
  readonly brand: readonly [string, string];
}

/** Draws until `make` returns a value not in `taken`, then records it. */
export function unique(taken: Set<string>, make: (attempt: number) => string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = make(attempt);
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
  throw new Error('seed: could not find a unique value in 1000 attempts');
}

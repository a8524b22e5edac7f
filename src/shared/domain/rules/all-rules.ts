import { leaderKnown, requiredFields } from './completeness';
import * as content from './content-rules';
import * as documents from './document-rules';
import * as domains from './domain-rules';
import * as entity from './entity-rules';
import * as entityProvince from './entity-province-rules';
import * as access from './field/access-fields';
import * as entityFields from './field/entity-fields';
import * as leaderFields from './field/leader-fields';
import * as numbers from './field/number-fields';
import * as serviceFields from './field/service-fields';
import * as leaderProvince from './leader-province-rules';
import * as leaders from './leader-rules';
import * as modify from './modify-rules';
import * as order from './order-rules';
import type { Rule } from './types';

const rulesIn = (module: Record<string, unknown>): Rule[] =>
  Object.values(module).filter((v): v is Rule => typeof v === 'object' && v !== null && 'id' in v && 'check' in v);

/** Every rule, in the order the wizard's steps come: entity, leaders, services, access, documents, review. */
export const ALL_RULES: readonly Rule[] = [
  requiredFields,
  leaderKnown,
  ...rulesIn(entityFields),
  ...rulesIn(numbers),
  ...rulesIn(entity),
  ...rulesIn(entityProvince),
  ...rulesIn(leaderFields),
  ...rulesIn(leaders),
  ...rulesIn(leaderProvince),
  ...rulesIn(serviceFields),
  ...rulesIn(domains),
  ...rulesIn(content),
  ...rulesIn(access),
  ...rulesIn(modify),
  ...rulesIn(order),
  ...rulesIn(documents),
];

const byId = new Map(ALL_RULES.map((r) => [r.id, r]));

export const ruleById = (id: string): Rule | undefined => byId.get(id);

import { z } from 'zod';
import { REFERENCE_AS_OF } from '../../model/reference-date';
import { checkPersonCertificate } from '../../validators/person-certificate';
import { checkMobile } from '../../validators/mobile';
import type { RuleContext } from '../context';
import { hitsOf, present, rule, text } from '../helpers';
import type { RuleHit } from '../types';

/** Leaders typed in this filing (stored persons were checked when they were stored). */
const typedLeaders = (ctx: RuleContext) => (ctx.data.leaders ?? []).map((person, i) => ({ person, path: `leaders.${i}` }));

/** Leader certificate numbers (§4.1; §6.2 resident ID; W3, A21). */
export const leaderCertificate = rule({
  id: 'leader.certificate',
  appliesTo: {},
  severity: 'error',
  step: 'leaders',
  source: ['§4.1', '§6.2', 'W3', 'A21'],
  asOf: REFERENCE_AS_OF,
  message: text('负责人证件号码有误，请对照证件核对。', 'The leader’s certificate number is wrong; compare it with the document.'),
  check: (ctx) =>
    typedLeaders(ctx).flatMap(({ person, path }): RuleHit[] =>
      person.certificateType && present(person.certificateNumber)
        ? hitsOf(checkPersonCertificate(person.certificateType, person.certificateNumber, ctx.now), `${path}.certificateNumber`)
        : [],
    ),
});

/** Leader mobiles receive the MIIT SMS and the reviewer's calls (§6.4, §3; O22, T3, T5). */
export const leaderMobile = rule({
  id: 'leader.mobile',
  appliesTo: {},
  severity: 'error',
  step: 'leaders',
  source: ['§6.4', '§3', 'O22', 'O23', 'T3', 'T5'],
  asOf: REFERENCE_AS_OF,
  message: text('手机号码有误，请填写负责人本人的11位手机号码。', 'The mobile number is wrong; enter the leader’s own 11-digit mobile number.'),
  check: (ctx) =>
    typedLeaders(ctx).flatMap(({ person, path }) => (present(person.mobile) ? hitsOf(checkMobile(person.mobile), `${path}.mobile`) : [])),
});

const Email = z.email();

/** Leader e-mail: a format check only (§4.1, §10 联系方式核验). */
export const leaderEmail = rule({
  id: 'leader.email',
  appliesTo: {},
  severity: 'error',
  step: 'leaders',
  source: ['§4.1', '§10', 'W1', 'O6'],
  asOf: REFERENCE_AS_OF,
  message: text('电子邮箱格式不正确（应如 name@example.com），请更正。', 'The e-mail address is not valid (it should look like name@example.com); correct it.'),
  check: (ctx) =>
    typedLeaders(ctx).flatMap(({ person, path }) =>
      present(person.email) && !Email.safeParse(person.email.trim()).success ? [{ path: `${path}.email` }] : [],
    ),
});

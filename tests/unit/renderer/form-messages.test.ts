import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../../src/shared/ipc';
import { catalogs } from '../../../src/shared/i18n';
import { z } from 'zod';
import { formResolver } from '../../../src/renderer/components/form/zod-messages';
import { withFindings } from '../../../src/renderer/components/form/findings-resolver';
import { personFindings } from '../../../src/renderer/features/portfolio/person-checks';

async function translator(language: 'zh-CN' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { [language]: { translation: catalogs[language] } }, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
  return instance.t;
}

const PersonForm = z.object({ person: PersonInput });
type In = z.input<typeof PersonForm>;
const person = {
  name: '张晨',
  certificateType: 'resident-id' as const,
  certificateNumber: '110105198001010016',
  certificateValidFrom: '2020-01-01',
  certificateValidUntil: '2030-01-01',
  mobile: '13912345678',
  emergencyPhone: '13812345679',
  email: 'zhang.chen@example.com',
};
const options = { shouldUseNativeValidation: false, fields: {} } as never;

describe('form messages', () => {
  it('words schema problems for the user in the UI language, refinements included', async () => {
    const resolve = formResolver<In, z.output<typeof PersonForm>>(PersonForm, await translator('zh-CN'));
    const result = await resolve({ person: { ...person, name: '', email: 'nope', certificateValidUntil: '2019-01-01' } } as In, undefined, options);
    const errors = result.errors as Record<string, Record<string, { message?: string }>>;
    expect(errors.person?.name?.message).toBe('必填：请填写或选择此项');
    expect(errors.person?.email?.message).toMatch(/电子邮箱格式不对/);
    expect(errors.person?.certificateValidUntil?.message).toMatch(/有效期截止日期早于起始日期/);

    const english = formResolver<In, z.output<typeof PersonForm>>(PersonForm, await translator('en'));
    const again = (await english({ person: { ...person, name: '' } } as In, undefined, options)).errors as Record<string, Record<string, { message?: string }>>;
    expect(again.person?.name?.message).toBe('Required: fill in or choose this');
  });

  it('blocks a value the shared validators reject even when the schema accepts it', async () => {
    const resolve = withFindings(formResolver<In, z.output<typeof PersonForm>>(PersonForm, await translator('en')), (values: In) => personFindings(values.person as never, 'person'));
    const ok = await resolve({ person } as In, undefined, options);
    expect(ok.errors).toEqual({});
    const bad = await resolve({ person: { ...person, certificateNumber: '110105198001010017' } } as In, undefined, options);
    expect((bad.errors as Record<string, Record<string, { type?: string }>>).person?.certificateNumber?.type).toBe('finding');
    expect(bad.values).toEqual({});
  });
});

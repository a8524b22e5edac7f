import { describe, expect, it } from 'vitest';
import type { EntityNature } from '../../../../src/shared/domain/natures';
import { checkWebsiteName, type WebsiteNameContext } from '../../../../src/shared/domain/validators/website-name';

const enterprise: WebsiteNameContext = { nature: 'enterprise' };
const individual: WebsiteNameContext = { nature: 'individual' };
const codes = (name: string, ctx: WebsiteNameContext) => checkWebsiteName(name, ctx).map((f) => `${f.severity}:${f.code}`);

describe('checkWebsiteName (domain-reference §4.2)', () => {
  it.each<[string, WebsiteNameContext]>([
    ['示例科技官方网站', enterprise],
    ['示例科技(北京)官网', enterprise],
    ['示例科技（北京）官网', enterprise],
    ['ABC示例科技官网', enterprise],
    ['示例-科技门户', enterprise],
    ['  示例科技门户  ', enterprise],
    ['我的摄影小空间', individual],
    ['前端开发心得', individual],
    ['ABC的美食分享', individual],
  ])('accepts %s', (name, ctx) => {
    expect(checkWebsiteName(name, ctx)).toEqual([]);
  });

  it.each<[string, WebsiteNameContext, string[]]>([
    ['', enterprise, ['error:website-name.empty']],
    ['   ', enterprise, ['error:website-name.empty']],
    ['示例', enterprise, ['error:website-name.too-short']],
    ['ABC', enterprise, ['error:website-name.latin-or-digits-only']],
    ['12345', enterprise, ['error:website-name.latin-or-digits-only']],
    ['My Blog', enterprise, ['error:website-name.latin-or-digits-only']],
    ['示例科技！官网', enterprise, ['error:website-name.special-symbol']],
    ['《示例》门户网站', enterprise, ['error:website-name.special-symbol']],
    ['示例·科技官网', enterprise, ['error:website-name.special-symbol']],
    ['示例科技😀官网', enterprise, ['error:website-name.special-symbol']],
    ['example.com', enterprise, ['error:website-name.is-domain']],
    ['Example.COM.cn', enterprise, ['error:website-name.is-domain']],
    ['example', { nature: 'enterprise', domain: 'www.example.com' }, ['error:website-name.is-domain']],
    ['例子.中国', { nature: 'enterprise', domain: '例子.中国' }, ['error:website-name.is-domain']],
    ['例子', { nature: 'enterprise', domain: 'www.例子.中国' }, ['error:website-name.is-domain']],
    ['example', { nature: 'enterprise', domain: 'example.com.cn' }, ['error:website-name.is-domain']],
    ['示例ABC', enterprise, ['warning:website-name.few-chinese']],
    ['中国示例科技官网', enterprise, ['warning:website-name.reserved-prefix']],
    ['国家示例中心网站', { nature: 'government' }, ['warning:website-name.reserved-prefix']],
    ['人民示例之家', individual, ['warning:website-name.reserved-prefix']],
    ['示例赌博技巧分享', enterprise, ['warning:website-name.sensitive-word']],
    ['反腐示例专栏网', enterprise, ['warning:website-name.sensitive-word']],
    ['示例科技论坛', enterprise, ['warning:website-name.pre-approval']],
    ['示例新闻资讯网', enterprise, ['warning:website-name.pre-approval']],
    ['示例在线教育平台', enterprise, ['warning:website-name.pre-approval']],
    ['示例医院门户网站', { nature: 'medical-institution' }, ['warning:website-name.pre-approval']],
    ['示例科技BBS', enterprise, ['warning:website-name.pre-approval']],
    ['示例科技bbs', enterprise, ['warning:website-name.pre-approval']],
    ['示例健康视频站', enterprise, ['warning:website-name.pre-approval', 'warning:website-name.pre-approval']],
    ['小明的技术论坛', individual, ['warning:website-name.personal-pre-approval']],
    ['小明科技有限公司', individual, ['warning:website-name.personal-banned-word']],
    ['小明的技术博客', individual, ['warning:website-name.personal-banned-word']],
    ['小明的摄影工作室', individual, ['warning:website-name.personal-banned-word']],
    ['杭州美食分享', individual, ['warning:website-name.personal-place-name']],
    ['我在四川的日子', individual, ['warning:website-name.personal-place-name']],
    ['我的前端开发技术心得分享', individual, ['warning:website-name.personal-too-long']],
  ])('flags %s (%j) with %j', (name, ctx, expected) => {
    expect(codes(name, ctx)).toEqual(expected);
  });

  it('treats a reserved prefix of a possibly national body more gently than an enterprise', () => {
    const gov = checkWebsiteName('国家示例中心网站', { nature: 'government' })[0];
    const ent = checkWebsiteName('国家示例中心网站', enterprise)[0];
    expect(gov?.message.en).toMatch(/unless this is a national-level body/);
    expect(ent?.message.en).toMatch(/remarks/);
  });

  it('names the approval a word implies, and tells an individual it cannot get one', () => {
    expect(checkWebsiteName('示例科技论坛', enterprise)[0]?.message['zh-CN']).toContain('电子公告服务');
    expect(checkWebsiteName('小明的技术论坛', individual)[0]?.message.en).toMatch(/individuals cannot obtain/);
  });

  it('does not flag common words that are also city names in personal names', () => {
    expect(codes('朝阳般的心情', individual)).toEqual([]);
    expect(codes('平安安康小记', individual)).toEqual([]);
  });

  it('does not apply personal-site restrictions to organisations', () => {
    const natures: EntityNature[] = ['enterprise', 'social-group', 'foundation'];
    for (const nature of natures) expect(codes('杭州示例公司官网', { nature })).toEqual([]);
  });

  it('gives every finding a message in both languages', () => {
    for (const name of ['', 'ABC', '示例！', '中国赌博论坛公司杭州分享天地', 'example.com']) {
      for (const f of checkWebsiteName(name, individual)) {
        expect(f.message['zh-CN']).not.toBe('');
        expect(f.message.en).not.toBe('');
      }
    }
  });
});

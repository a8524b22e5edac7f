/**
 * Top-level domains that can be used for an ICP filing (domain-reference §6.5: MIIT domain
 * verification requires an MIIT-approved TLD; T5, A10, A11).
 *
 * The authoritative list is MIIT's domain-industry information site (域名.信息), which changes;
 * provider lists conflict (T14, T8, O-qing). This list is the QingCloud list of suffixes the
 * Beijing administration accepted (O-qing), without two entries that are not delegated TLDs
 * ("furu", "bee": typos in the source), plus .org (fileable outside Beijing/Chongqing-individual
 * restrictions, T8). A TLD missing here is a warning to verify, never a block.
 * `ascii` is the punycode form compared against; `display` is what users recognise.
 */
export const APPROVED_TLDS_DATA = {
  source: ['O-qing', 'T14', 'T8', 'A10'],
  asOf: '2026-11-28',
  note:
    'Not the official list: verify a TLD on MIIT’s domain-industry information site (域名.信息) before filing. Based on a provider’s Beijing list (O-qing) plus .org (T8); Beijing rejected .co/.biz/.me/.io in an older provider table (T8) — province rules are kept separately.',
  tlds: [
    'com', 'cn', 'net', 'org', 'gov', 'xin', 'top', 'mobi', 'wang', 'ren', 'shop', 'vip', 'ltd', 'biz', 'club',
    'site', 'xyz', 'fun', 'online', 'tech', 'store', 'citic', 'sohu', 'link', 'luxe', 'love', 'co', 'law', 'work',
    'art', 'cc', 'tv', 'cloud', 'pro', 'zone', 'yoga', 'world', 'wiki', 'video', 'team', 'today', 'show', 'social',
    'run', 'plus', 'live', 'life', 'info', 'ink', 'group', 'gold', 'fit', 'fashion', 'fund', 'email', 'design',
    'cool', 'company', 'city', 'chat', 'center', 'beer', 'auto',
    { ascii: 'xn--fiqs8s', display: '中国' },
    { ascii: 'xn--55qx5d', display: '公司' },
    { ascii: 'xn--io0a7i', display: '网络' },
    { ascii: 'xn--zfr164b', display: '政务' },
    { ascii: 'xn--55qw42g', display: '公益' },
    { ascii: 'xn--ses554g', display: '网址' },
    { ascii: 'xn--czru2d', display: '商城' },
    { ascii: 'xn--hxt814e', display: '网店' },
    { ascii: 'xn--fiq64b', display: '中信' },
    { ascii: 'xn--czr694b', display: '商标' },
    { ascii: 'xn--vuq861b', display: '信息' },
    { ascii: 'xn--xhq521b', display: '广东' },
    { ascii: 'xn--1qqw23a', display: '佛山' },
    { ascii: 'xn--3bst00m', display: '集团' },
    { ascii: 'xn--6qq986b3xl', display: '我爱你' },
    { ascii: 'xn--kput3i', display: '手机' },
    { ascii: 'xn--g2xx48c', display: '购物' },
    { ascii: 'xn--3ds443g', display: '在线' },
    { ascii: 'xn--fiq228c5hs', display: '中文网' },
    { ascii: 'xn--unup4y', display: '游戏' },
    { ascii: 'xn--vhquv', display: '企业' },
    { ascii: 'xn--fjq720a', display: '娱乐' },
    { ascii: 'xn--czrs0t', display: '商店' },
  ],
} as const;

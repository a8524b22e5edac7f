/**
 * Vocabulary for synthetic names: common surnames and given-name characters, shop names (字号) with
 * their pinyin for domains, and the name patterns of each organisation nature. Combinations are
 * invented; any likeness to a real firm or person is chance.
 */

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
  '余', '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '韦', '付', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '闫', '段', '雷', '侯',
  '欧阳', '司马', '诸葛', '上官',
] as const;

/** Pinyin of the surnames above, same order: e-mail local parts. */
export const SURNAME_PINYIN = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'gao', 'lin', 'luo',
  'zheng', 'liang', 'xie', 'song', 'tang', 'xu', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'yuan', 'pan', 'yu', 'jiang', 'cai',
  'yu', 'du', 'ye', 'cheng', 'su', 'wei', 'lv', 'ding', 'ren', 'shen', 'yao', 'lu', 'jiang', 'cui', 'zhong', 'tan', 'lu', 'wang', 'fan', 'jin',
  'shi', 'liao', 'jia', 'xia', 'wei', 'fu', 'fang', 'bai', 'zou', 'meng', 'xiong', 'qin', 'qiu', 'jiang', 'yin', 'xue', 'yan', 'duan', 'lei', 'hou',
  'ouyang', 'sima', 'zhuge', 'shangguan',
] as const;

export const GIVEN_MALE = ['伟', '强', '磊', '军', '洋', '勇', '杰', '涛', '明', '超', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '斌', '宇', '浩', '凯', '健', '俊', '帆', '晨', '阳', '亮', '峰', '建国', '志强', '海涛', '子豪', '宇航', '文博', '俊杰', '浩然', '一鸣'] as const;
export const GIVEN_FEMALE = ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '慧', '颖', '琳', '倩', '洁', '欣', '悦', '佳', '秀英', '桂英', '晓燕', '雨萱', '欣怡', '梓涵', '思琪', '诗雨', '佳琪', '梦瑶'] as const;

/** 字号 of companies and brands with the pinyin a domain would use. */
export const BRANDS: readonly (readonly [string, string])[] = [
  ['华信', 'huaxin'], ['星河', 'xinghe'], ['瑞丰', 'ruifeng'], ['博远', 'boyuan'], ['启明', 'qiming'], ['云帆', 'yunfan'],
  ['天成', 'tiancheng'], ['鼎盛', 'dingsheng'], ['恒通', 'hengtong'], ['卓越', 'zhuoyue'], ['智达', 'zhida'], ['新锐', 'xinrui'],
  ['嘉禾', 'jiahe'], ['汇金', 'huijin'], ['蓝海', 'lanhai'], ['青禾', 'qinghe'], ['睿思', 'ruisi'], ['天翼', 'tianyi'],
  ['长风', 'changfeng'], ['安泰', 'antai'], ['宏图', 'hongtu'], ['金桥', 'jinqiao'], ['明德', 'mingde'], ['和润', 'herun'],
  ['远航', 'yuanhang'], ['凌云', 'lingyun'], ['锦程', 'jincheng'], ['聚力', 'juli'], ['优品', 'youpin'], ['易达', 'yida'],
  ['众合', 'zhonghe'], ['盛世', 'shengshi'], ['万象', 'wanxiang'], ['东方', 'dongfang'], ['北辰', 'beichen'], ['南山', 'nanshan'],
  ['晨曦', 'chenxi'], ['微光', 'weiguang'], ['极客', 'jike'], ['数联', 'shulian'], ['云启', 'yunqi'], ['知行', 'zhixing'],
  ['品尚', 'pinshang'], ['乐享', 'lexiang'], ['易居', 'yiju'], ['优创', 'youchuang'], ['华芯', 'huaxin'], ['同舟', 'tongzhou'],
  ['朗润', 'langrun'], ['卓尔', 'zhuoer'], ['伟业', 'weiye'], ['永信', 'yongxin'], ['九州', 'jiuzhou'], ['四海', 'sihai'],
  ['新程', 'xincheng'], ['弘毅', 'hongyi'], ['立达', 'lida'], ['鸿运', 'hongyun'], ['万达', 'wanda'], ['泰和', 'taihe'],
  ['德信', 'dexin'], ['信达', 'xinda'], ['海纳', 'haina'], ['春晖', 'chunhui'], ['光华', 'guanghua'], ['青云', 'qingyun'],
  ['飞鸿', 'feihong'], ['晶石', 'jingshi'], ['墨香', 'moxiang'], ['果壳', 'guoke'], ['蜂巢', 'fengchao'], ['橙子', 'chengzi'],
];

/** Business lines of a company name, with a short English/pinyin word for domains. */
export const INDUSTRIES: readonly (readonly [string, string])[] = [
  ['科技', 'tech'], ['信息技术', 'it'], ['网络科技', 'net'], ['电子商务', 'shop'], ['文化传媒', 'media'], ['软件', 'soft'],
  ['数据科技', 'data'], ['智能科技', 'ai'], ['物流', 'wuliu'], ['餐饮管理', 'food'], ['建筑工程', 'jianzhu'], ['装饰设计', 'design'],
  ['农业发展', 'nongye'], ['食品', 'food'], ['服饰', 'fushi'], ['旅游开发', 'travel'], ['广告', 'ad'], ['咨询', 'consult'],
  ['机械设备', 'jixie'], ['新能源', 'energy'], ['医药', 'yiyao'], ['环保科技', 'green'], ['家居', 'home'], ['汽车服务', 'auto'],
];

export const COMPANY_FORMS = ['有限公司', '有限公司', '有限公司', '股份有限公司', '有限责任公司'] as const;

/** Website names per kind of owner; the validators reject names that are only Latin or the domain. */
export const ORG_SITE_PATTERNS = ['{brand}官网', '{brand}{industry}', '{brand}商城', '{brand}服务平台', '{brand}帮助中心', '{brand}招聘', '{brand}开发者中心', '{brand}会员中心'] as const;
export const PERSONAL_SITE_PATTERNS = ['{given}的随笔', '{given}的小站', '{word}手记', '{word}笔记', '{word}杂谈', '{word}之家', '{given}的摄影'] as const;
export const PERSONAL_WORDS: readonly (readonly [string, string])[] = [
  ['山海', 'shanhai'], ['拾光', 'shiguang'], ['清风', 'qingfeng'], ['半夏', 'banxia'], ['浮生', 'fusheng'], ['星辰', 'xingchen'],
  ['夜航', 'yehang'], ['南风', 'nanfeng'], ['旅途', 'lvtu'], ['代码', 'daima'], ['读书', 'dushu'], ['花园', 'huayuan'],
];

export const APP_PATTERNS = ['{brand}', '{brand}助手', '{brand}商家版', '{brand}记账', '{brand}办公', '{brand}出行', '{brand}健身'] as const;
export const APP_WORDS: readonly (readonly [string, string])[] = [
  ['', 'app'], ['助手', 'assistant'], ['商家版', 'merchant'], ['记账', 'ledger'], ['办公', 'office'], ['出行', 'trip'], ['健身', 'fit'],
];

export const GOVERNMENT_UNITS = ['市场监督管理局', '文化和旅游局', '人力资源和社会保障局', '住房和城乡建设局', '交通运输局', '农业农村局', '统计局', '生态环境局', '商务局', '应急管理局'] as const;
export const PUBLIC_INSTITUTIONS = ['图书馆', '档案馆', '博物馆', '公共资源交易中心', '职业技术学院', '疾病预防控制中心', '科学技术研究院', '政务服务中心'] as const;
export const SOCIAL_GROUPS = ['软件行业协会', '电子商务协会', '摄影家协会', '餐饮行业协会', '物流协会', '青年企业家商会', '计算机学会'] as const;
export const PRIVATE_NON_ENTERPRISE = ['社会工作服务中心', '养老服务中心', '职业培训学校', '青少年活动中心', '康复中心'] as const;
export const RELIGIOUS_GROUPS = ['佛教协会', '道教协会', '伊斯兰教协会', '天主教爱国会', '基督教三自爱国运动委员会'] as const;
export const FOREIGN_CULTURAL_CENTRES = ['法国文化中心', '韩国文化院', '意大利文化中心', '西班牙塞万提斯学院', '德国文化中心', '泰国文化中心'] as const;
export const OVERSEAS_INSTITUTIONS = ['（香港）有限公司', '（澳门）有限公司', '国际（香港）控股有限公司'] as const;
export const MEDICAL_INSTITUTIONS = ['第一人民医院', '中医院', '口腔医院', '妇幼保健院', '眼科医院'] as const;

export const STREETS = ['人民路', '解放路', '中山路', '建设路', '和平路', '新华路', '文化路', '科技路', '创业大道', '滨江大道', '长江路', '黄河路', '光明街', '学府路', '软件园路'] as const;

/** Some capital-city area codes for office phones; other provinces fall back to a generic 0xxx. */
export const AREA_CODES: Readonly<Record<string, string>> = {
  '110000': '010', '120000': '022', '310000': '021', '500000': '023', '440000': '020', '330000': '0571', '320000': '025',
  '510000': '028', '420000': '027', '370000': '0531', '410000': '0371', '350000': '0591', '430000': '0731', '340000': '0551',
};

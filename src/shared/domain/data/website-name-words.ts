/**
 * Word lists for website names (domain-reference §4.2). Each word names its source key so that
 * the UI can say where a rule comes from; provinces differ and the lists are incomplete, so every
 * word-list hit is a warning, never a block.
 */
export const WEBSITE_NAME_WORDS_DATA = {
  source: ['T5', 'T11', 'H8', 'O8', 'O-bk', 'O-qing', 'O25', 'T4'],
  asOf: '2026-11-28',
  note:
    'Reserved prefixes and sensitive words: T5 (high), extra prefixes from a third party (O8-cenje, low). Personal-site words: T11, H8 (med), O-qing, O-bk (low); the commercial terms marked derived implement T11’s “industry/commercial terms” and are our choice. Pre-approval keywords map names to the pre-approval categories of O25/T4/T5; the keyword choice is ours except 论坛 → e-bulletin (O8).',
  /** Only national-level bodies may start a name with these (T5; O8 = third-party additions). */
  reservedPrefixes: [
    { word: '中国', source: ['T5'] },
    { word: '中华', source: ['T5'] },
    { word: '中央', source: ['T5'] },
    { word: '人民', source: ['T5'] },
    { word: '人大', source: ['T5'] },
    { word: '国家', source: ['T5'] },
    { word: '反腐', source: ['O8'] },
    { word: '纪检', source: ['O8'] },
    { word: '监察', source: ['O8'] },
    { word: '信访', source: ['O8'] },
    { word: '维权', source: ['O8'] },
    { word: '投诉', source: ['O8'] },
  ],
  /** Sensitive words anywhere in the name (T5 lists these and says "…"). */
  sensitiveWords: [
    { word: '反腐', source: ['T5'] },
    { word: '赌博', source: ['T5'] },
    { word: '廉政', source: ['T5'] },
    { word: '色情', source: ['T5'] },
  ],
  /** Words a personal (individual) site name may not contain (T11, H8, O-qing, O-bk). */
  personalBannedWords: [
    { word: '公司', source: ['T11'] },
    { word: '企业', source: ['T11'] },
    { word: '组织', source: ['T11'] },
    { word: '博客', source: ['H8', 'O-qing'] },
    { word: '论坛', source: ['O-qing', 'O-bk'] },
    { word: '社区', source: ['O-qing', 'O-bk'] },
    { word: '在线', source: ['O-qing', 'O-bk'] },
    { word: '交流', source: ['O-qing', 'O-bk'] },
    { word: '官网', source: ['O-bk'] },
    { word: '商城', source: ['O-bk'] },
    { word: '工作室', source: ['O-bk'] },
    { word: '集团', source: ['T11'], derived: true },
    { word: '有限', source: ['T11'], derived: true },
    { word: '商贸', source: ['T11'], derived: true },
    { word: '贸易', source: ['T11'], derived: true },
    { word: '商店', source: ['T11'], derived: true },
  ],
  /**
   * Names implying content that needs a pre-approval (前置审批) before filing (O8, O25, T4, T5).
   * Individuals cannot obtain pre-approvals (T4).
   */
  preApprovalKeywords: [
    { category: 'e-bulletin', zh: '电子公告服务', en: 'e-bulletin (BBS) service', words: ['论坛', '社区', '贴吧', '留言板', 'BBS'], source: ['O8', 'O25'] },
    { category: 'news', zh: '新闻', en: 'news', words: ['新闻', '资讯', '时事', '头条'], source: ['O25', 'T4'] },
    { category: 'publishing', zh: '出版', en: 'publishing', words: ['出版', '书城', '阅读'], source: ['O25', 'T4'] },
    { category: 'education', zh: '教育', en: 'education', words: ['教育', '学校', '网校', '考试'], source: ['O25', 'T4'] },
    { category: 'off-campus-tutoring', zh: '校外培训', en: 'off-campus tutoring', words: ['培训', '辅导', '补习', '家教'], source: ['O25'] },
    { category: 'medical', zh: '医疗保健', en: 'medical/health care', words: ['医疗', '医院', '诊所', '保健', '养生', '健康'], source: ['O25', 'T4'] },
    { category: 'drugs-devices', zh: '药品和医疗器械', en: 'drugs and medical devices', words: ['药品', '药店', '药房', '医疗器械'], source: ['O25', 'T4'] },
    { category: 'culture', zh: '文化（网络文化经营）', en: 'culture (online cultural business)', words: ['游戏', '动漫', '音乐', '演出'], source: ['O25', 'T5'] },
    { category: 'radio-film-tv', zh: '广播电影电视节目', en: 'radio, film and TV programmes', words: ['视频', '影视', '电影', '电视', '直播', '广播'], source: ['O25', 'T4'] },
    { category: 'ride-hailing', zh: '网络预约车', en: 'ride-hailing', words: ['网约车', '打车', '约车'], source: ['O25'] },
    { category: 'internet-finance', zh: '互联网金融', en: 'internet finance', words: ['金融', '理财', '贷款', '借贷', '支付', '股票', '保险', '投资'], source: ['O25'] },
    { category: 'religion', zh: '宗教', en: 'religion', words: ['宗教', '佛教', '道教', '基督', '寺庙', '教堂'], source: ['O25'] },
  ],
} as const;

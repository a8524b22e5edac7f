/**
 * zh-CN messages of a closed order's check (the findings and changes frozen when it closed). Merged
 * into the zh-CN catalog, which stays the reference for the set of keys.
 */
export const filingClosingZhCN = {
  'filing.closing.title': '结单时的检查',
  'filing.closing.frozen': '以下检查结果在订单“{{event}}”时（{{date}}）保存，规则数据截至 {{asOf}}。之后的规则更新和备案信息修改不会改变它们。',
  'filing.closing.live': '现在检查，不是结单时的结果：本订单结单时尚未保存检查结果，以下按当前规则和备案信息检查。',
  'filing.closing.none': '结单时没有检查发现。',
  'filing.closing.summary': '{{errors}} 个错误，{{warnings}} 个提醒',
  'filing.closing.acknowledged': '已核实',
  'filing.closing.changes': '本订单的变更（原 → 新）',
} as const satisfies Record<string, string>;

/** Every closed-order message key; the en catalog must define exactly these. */
export type FilingClosingMessageKey = keyof typeof filingClosingZhCN;

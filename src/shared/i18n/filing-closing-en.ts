import type { FilingClosingMessageKey } from './filing-closing-zh-CN';

/** English messages of a closed order's check, typed to exactly the zh-CN keys. */
export const filingClosingEn: Record<FilingClosingMessageKey, string> = {
  'filing.closing.title': 'Check at closing',
  'filing.closing.frozen': 'Saved when the order was closed ("{{event}}", {{date}}), with the rule data as of {{asOf}}. Later rule updates and portfolio edits do not change it.',
  'filing.closing.live': 'Checked now, not at closing: this order closed before checks were saved, so these come from today\'s rules and portfolio.',
  'filing.closing.none': 'The check found nothing at closing.',
  'filing.closing.summary': '{{errors}} error(s), {{warnings}} warning(s)',
  'filing.closing.acknowledged': 'Confirmed',
  'filing.closing.changes': 'What this order changed (old → new)',
};

import { text } from './finding';
import { addCalendarDays, beijingEndOfDay, toEpochMs, type DateInput } from './calendar/beijing-time';
import { trackDeadlines, type Deadline, type TrackedDeadline } from './deadlines';
import { expiryDeadlines, type ExpiryInput } from './deadlines-expiry';

/** Deadlines of a filed website/app after approval (§8) plus its expiry warnings (§6.5, §6.6). */
export interface ServiceDeadlineInput extends ExpiryInput {
  /** When the website went live: 'YYYY-MM-DD' (Beijing day) or an ISO instant. */
  goLiveOn?: string;
  /** When the 公安 filing was done; once set, its deadline is met and no longer listed. */
  publicSecurityFiledOn?: string;
}

/** 公安联网备案 within 30 days of the website going live (§8; T6, A14). */
export const PUBLIC_SECURITY_DAYS = 30;

export function serviceDeadlineList(input: ServiceDeadlineInput): Deadline[] {
  const out: Deadline[] = [];
  if (input.goLiveOn !== undefined && input.publicSecurityFiledOn === undefined) {
    out.push({
      kind: 'public-security-filing',
      startsAt: new Date(toEpochMs(input.goLiveOn)).toISOString(),
      // Calendar days, counted from the Beijing day of going live, ending at that day's midnight.
      dueAt: beijingEndOfDay(addCalendarDays(input.goLiveOn, PUBLIC_SECURITY_DAYS)),
      label: text(
        '公安联网备案：网站上线后 30 日内在全国互联网安全管理服务平台（www.beian.gov.cn）办理，并在网站展示公网安备号和图标。',
        'Public-security filing: within 30 days of going live, file on the national internet security platform (www.beian.gov.cn), then show the 公网安备 number and icon on the site.',
      ),
      source: ['§8', 'T6', 'A14', 'A13'],
    });
  }
  out.push(...expiryDeadlines(input));
  return out;
}

/** The service's deadlines with their status at `now`, soonest first. */
export const serviceDeadlines = (input: ServiceDeadlineInput, now: DateInput): TrackedDeadline[] =>
  trackDeadlines(serviceDeadlineList(input), now);

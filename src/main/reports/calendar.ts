import { createEvents, type EventAttributes } from 'ics';

export interface CalendarItem {
  /** Stable across exports, so a re-import updates the event instead of adding a second one. */
  uid: string;
  /** The due date, 'YYYY-MM-DD' (an all-day event). */
  day: string;
  title: string;
  description: string;
  alarm: string;
  /** Days before the due date the reminder fires. */
  remindDaysBefore: number;
}

const dateArray = (day: string, plusDays = 0): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number);
  const at = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + plusDays));
  return [at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()];
};

/** An .ics calendar (RFC 5545) with one all-day VEVENT per deadline, each with a display VALARM. */
export function calendarOf(items: readonly CalendarItem[], calName: string): Buffer {
  if (items.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid file.
    return Buffer.from(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//ICP Desk//reports//EN', `X-WR-CALNAME:${calName}`, 'END:VCALENDAR', ''].join('\r\n'), 'utf8');
  }
  const events: EventAttributes[] = items.map((item) => ({
    uid: item.uid,
    start: dateArray(item.day),
    // An end date rather than a duration: ics writes { days: 1 } as 'P1DT', which RFC 5545 does not allow.
    end: dateArray(item.day, 1),
    title: item.title,
    description: item.description,
    productId: 'ICP Desk//reports',
    calName,
    transp: 'TRANSPARENT',
    alarms: [{ action: 'display', description: item.alarm, trigger: { hours: Math.max(1, item.remindDaysBefore * 24), before: true } }],
  }));
  const { error, value } = createEvents(events);
  if (error || value === null) throw error ?? new Error('calendar not generated');
  return Buffer.from(value, 'utf8');
}

import { BEIJING_OFFSET_MS } from '../../../../shared/domain';

/**
 * Event times are typed in Beijing time (every filing deadline counts Beijing days) whatever the
 * machine's zone, and stored as ISO instants with the +08:00 offset the lifecycle requires.
 */

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?$/;

/** 'YYYY-MM-DDTHH:mm:ss' of an instant in Beijing time, for a datetime-local control. */
export function toBeijingInput(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19);
}

/** The control's value as an ISO instant with +08:00; undefined when it is not a date-time. */
export function fromBeijingInput(value: string | undefined): string | undefined {
  const m = value ? LOCAL.exec(value.trim()) : null;
  if (!m) return undefined;
  const iso = `${m[1]}T${m[2]}:${m[3] ?? '00'}+08:00`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

export interface Remaining {
  overdue: boolean;
  days: number;
  /** 'HH:MM:SS' of what is left after the days. */
  clock: string;
}

/** Time left until `dueAt` (or past it), split for display. */
export function remaining(dueAt: string, now: number): Remaining {
  const diff = Date.parse(dueAt) - now;
  const overdue = diff < 0;
  const total = Math.floor(Math.abs(diff) / 1000);
  const days = Math.floor(total / 86_400);
  const rest = total % 86_400;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { overdue, days, clock: `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}` };
}

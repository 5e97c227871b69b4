import { addDays, isSameDay } from 'date-fns';

/**
 * Durations and clock times in the browser's locale. date-fns does the calendar
 * arithmetic (today/tomorrow across DST); Intl does the wording, so no date-fns
 * locale bundle ships. Durations are plain whole minutes, which need no calendar.
 */
const unit = (locale: string, u: 'hour' | 'minute', n: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);

/** "38 min", "1 hr 5 min". `round` says which way partial minutes go. */
export function formatDuration(ms: number, locale: string, round: 'down' | 'up' = 'down'): string {
  const minutes = round === 'up' ? Math.ceil(ms / 60_000) : Math.floor(ms / 60_000);
  const hours = Math.floor(Math.max(0, minutes) / 60);
  const mins = Math.max(0, minutes) % 60;
  if (hours === 0) return unit(locale, 'minute', mins);
  if (mins === 0) return unit(locale, 'hour', hours);
  // Hours and minutes joined the way the locale lists units (what Intl.DurationFormat does).
  return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format([unit(locale, 'hour', hours), unit(locale, 'minute', mins)]);
}

/** "14:35" or "2:35 PM", as the locale writes a time of day. */
export function formatClock(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A time of day with the weekday, for moments beyond tomorrow: "Mon 09:00". */
export function formatDayClock(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

export type DayRelation = 'today' | 'tomorrow' | 'later';

export function dayRelation(at: number, now: number): DayRelation {
  if (isSameDay(at, now)) return 'today';
  return isSameDay(at, addDays(now, 1)) ? 'tomorrow' : 'later';
}

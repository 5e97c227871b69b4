import { addDays, getDay, set, startOfDay } from 'date-fns';
import type { DayHours, Settings } from '../settings/settings';

/**
 * Work-hours arithmetic in the local time zone. date-fns works on local
 * calendar fields, so "09:00" stays 09:00 across DST changes (a DST day is
 * 23 or 25 hours long; we never add 24 h to get "tomorrow").
 */
type WorkHours = Settings['workHours'];

/** How far ahead to look for the next work period (a week plus a day). */
const LOOKAHEAD_DAYS = 8;

function at(day: Date, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return set(day, { hours: h ?? 0, minutes: m ?? 0, seconds: 0, milliseconds: 0 }).getTime();
}

/** The period a day starts; an end at or before its start is on the next day (a night shift). */
function period(day: Date, hours: WorkHours): { start: number; end: number } | null {
  const d: DayHours | undefined = hours.days[getDay(day)];
  if (!d || !d.enabled) return null;
  const start = at(day, d.start);
  const end = d.end > d.start ? at(day, d.end) : at(addDays(day, 1), d.end);
  return { start, end };
}

/** The period containing `t`: today's, or yesterday's when it crosses midnight. */
function periodAt(t: number, hours: WorkHours): { start: number; end: number } | null {
  const today = startOfDay(t);
  for (const day of [today, addDays(today, -1)]) {
    const p = period(day, hours);
    if (p !== null && p.start <= t && t < p.end) return p;
  }
  return null;
}

export function isWorkTime(t: number, hours: WorkHours): boolean {
  return !hours.enabled || periodAt(t, hours) !== null;
}

/**
 * End of the work time containing `t`: its period, run on through any period that starts where it
 * ends (Tuesday 18:00–24:00 then Wednesday 00:00–02:00 is one stretch: midnight is no break).
 * Null when `t` is outside work hours or work hours are off.
 */
export function workPeriodEnd(t: number, hours: WorkHours): number | null {
  if (!hours.enabled) return null;
  let end = periodAt(t, hours)?.end ?? null;
  for (let k = 0; end !== null && k < LOOKAHEAD_DAYS; k += 1) {
    const next = periodAt(end, hours);
    if (next === null || next.end <= end) break;
    end = next.end;
  }
  return end;
}

/** The first work-hours instant at or after `t` (t itself when inside); null if no day is enabled. */
export function firstWorkInstant(t: number, hours: WorkHours): number | null {
  if (!hours.enabled) return t;
  const day0 = startOfDay(t);
  for (let k = -1; k < LOOKAHEAD_DAYS; k += 1) {
    const p = period(addDays(day0, k), hours);
    if (!p) continue;
    if (t < p.end) return Math.max(t, p.start);
  }
  return null;
}

/**
 * "Pause until tomorrow": the next work-hours start on tomorrow or later, or
 * 06:00 when work hours are off. Before 06:00 "tomorrow" still means this
 * morning (someone pausing at 01:00 means the coming morning).
 */
export function tomorrowStart(now: number, hours: WorkHours): number {
  const today = startOfDay(now);
  const sixToday = at(today, '06:00');
  const morning = now < sixToday ? sixToday : at(addDays(today, 1), '06:00');
  if (!hours.enabled) return morning;
  const fromDay = startOfDay(morning);
  for (let k = 0; k < LOOKAHEAD_DAYS; k += 1) {
    const p = period(addDays(fromDay, k), hours);
    if (p && p.start > now) return p.start;
  }
  return morning;
}

/** A local calendar date as yyyy-MM-dd (by hand: date-fns' format would add its whole formatter to the worker). */
export function localDay(t: number): string {
  const d = new Date(t);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * When a pause "until tomorrow" that resumes on local date `day` ends, in the
 * time zone of now: that day's first work period (or a later day's), 06:00
 * with work hours off. The same day after a flight still means its morning.
 */
export function dayResumeAt(day: string, hours: WorkHours): number {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  if (hours.enabled) {
    for (let k = 0; k < LOOKAHEAD_DAYS; k += 1) {
      const p = period(addDays(date, k), hours);
      if (p) return p.start;
    }
  }
  return at(date, '06:00');
}

import { addDays, differenceInCalendarDays, startOfDay, subDays } from 'date-fns';
import type { BoutOutcome, HistoryEntry } from './history-entry';

/**
 * Totals and streaks from the history log, for the popup and the options page.
 * Pure: `now` is a parameter. Days are the user's local calendar days; date-fns
 * does the calendar arithmetic so a 23- or 25-hour DST day is still one day.
 * An entry belongs to the local day its bout ended (that is when the break happened).
 */

/** Outcomes that count as a break done. */
const DONE_OUTCOMES: readonly BoutOutcome[] = ['taken', 'moved', 'early'];

const isDone = (e: HistoryEntry): boolean => DONE_OUTCOMES.includes(e.outcome);

const pad = (n: number) => String(n).padStart(2, '0');

/** The local midnight of a "yyyy-MM-dd" day key (the inverse of dayKey). */
export const dateOfDayKey = (key: string): Date => {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

/**
 * Local calendar day as "yyyy-MM-dd". Built from local calendar fields rather
 * than date-fns `format`, which would pull its whole formatter and en-US
 * locale (~5 KB gz) into the popup.
 */
export const dayKey = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export interface TodayAndStreak {
  doneToday: number;
  /** Consecutive days with a break done, ending today (if done today) or yesterday. */
  currentStreak: number;
  /** Longest such run anywhere in the log (at least the current streak). */
  bestStreak: number;
}

export function todayAndStreak(entries: readonly HistoryEntry[], now: number): TodayAndStreak {
  const today = startOfDay(now);
  const doneDays = new Map<string, Date>(); // key → start of that local day
  let doneToday = 0;
  for (const e of entries) {
    if (!isDone(e) || !Number.isFinite(e.end)) continue;
    const day = startOfDay(e.end);
    if (day > today) continue; // logged "in the future" (clock changed): ignore
    doneDays.set(dayKey(e.end), day);
    if (day.getTime() === today.getTime()) doneToday += 1;
  }

  // Current: walk back day by day from today (or yesterday when nothing yet today).
  let currentStreak = 0;
  let day = doneToday > 0 ? today : subDays(today, 1);
  while (doneDays.has(dayKey(day.getTime()))) {
    currentStreak += 1;
    day = subDays(day, 1);
  }

  // Best: longest run of calendar-consecutive days among the sorted done days.
  const sorted = [...doneDays.values()].sort((a, b) => a.getTime() - b.getTime());
  let bestStreak = 0;
  let run = 0;
  let previous: Date | undefined;
  for (const d of sorted) {
    run = previous && differenceInCalendarDays(d, previous) === 1 ? run + 1 : 1;
    bestStreak = Math.max(bestStreak, run);
    previous = d;
  }
  return { doneToday, currentStreak, bestStreak: Math.max(bestStreak, currentStreak) };
}

export interface DayStats {
  /** Local calendar day, "yyyy-MM-dd". */
  date: string;
  /** Breaks done (taken, moved or early). */
  done: number;
  /** Sum of snoozes over the day's bouts. */
  snoozed: number;
  skipped: number;
  /** Longest sitting bout (screen time) that ended that day, ms; 0 when none. */
  longestBoutMs: number;
}

/** One row per local day, oldest first, the last being today. */
export function dailySeries(entries: readonly HistoryEntry[], now: number, days = 14): DayStats[] {
  const today = startOfDay(now);
  const first = subDays(today, Math.max(1, Math.floor(days)) - 1);
  const series: DayStats[] = [];
  const byKey = new Map<string, DayStats>();
  for (let d = first; d <= today; d = addDays(d, 1)) {
    const row: DayStats = { date: dayKey(d.getTime()), done: 0, snoozed: 0, skipped: 0, longestBoutMs: 0 };
    series.push(row);
    byKey.set(row.date, row);
  }
  for (const e of entries) {
    if (!Number.isFinite(e.end)) continue;
    const row = byKey.get(dayKey(e.end));
    if (!row) continue;
    if (isDone(e)) row.done += 1;
    if (e.outcome === 'skipped') row.skipped += 1;
    row.snoozed += Math.max(0, e.snoozes || 0);
    row.longestBoutMs = Math.max(row.longestBoutMs, Math.max(0, e.screenMs || 0));
  }
  return series;
}

/**
 * The simulated working day (tests/sim/day-driver.ts lives it, for the tests
 * and the bench): 8 hours from `dayStart` (09:00 local), typing all day (the
 * browser reports nothing while input continues), a 3-minute coffee at 10:30
 * (idle), a 30-minute meeting away at 11:00 (locked), lunch 12:30–13:15
 * (locked), and a 2-minute reading pause every 13 minutes away from those.
 * Prompts are answered in turn (REACTIONS; the 5th like the 1st, and so on).
 */
export interface Gap {
  /** Epoch ms of the last input. */
  from: number;
  /** Epoch ms of the next input. */
  to: number;
  state: 'idle' | 'locked';
  what: string;
}

const MIN = 60_000;
export const DAY_HOURS = 8;

/** The day's gaps in time order. `dayStart` is 09:00 local time. */
export function workingDayGaps(dayStart: number): Gap[] {
  const end = dayStart + DAY_HOURS * 60 * MIN;
  const at = (h: number, m: number) => dayStart + ((h - 9) * 60 + m) * MIN;
  const gaps: Gap[] = [
    { from: at(10, 30), to: at(10, 33), state: 'idle', what: 'a 3-minute coffee' },
    { from: at(11, 0), to: at(11, 30), state: 'locked', what: 'a 30-minute meeting away' },
    { from: at(12, 30), to: at(13, 15), state: 'locked', what: 'lunch' },
  ];
  for (let t = dayStart + 13 * MIN; t < end; t += 13 * MIN) {
    if (!gaps.some((g) => t + 2 * MIN > g.from - MIN && t < g.to + MIN)) {
      gaps.push({ from: t, to: t + 2 * MIN, state: 'idle', what: 'reading pause' });
    }
  }
  return gaps.sort((a, b) => a.from - b.from);
}

export type Reaction =
  | { kind: 'break'; clickAfterSec: number; doneAfterSec: number }
  | { kind: 'snooze'; afterSec: number }
  | { kind: 'ignore' }
  | { kind: 'moved'; afterSec: number };

/**
 * Click the notification after 20 s and finish the exercise at 90 s (`done`);
 * snooze at 30 s (then, at the first re-show of the day, click at 30 s and
 * finish at 100 s; a later re-show is ignored); ignore it (nudges follow; it
 * ends at the next natural break); say "I already moved" at 40 s.
 */
export const REACTIONS: Reaction[] = [
  { kind: 'break', clickAfterSec: 20, doneAfterSec: 90 },
  { kind: 'snooze', afterSec: 30 },
  { kind: 'ignore' },
  { kind: 'moved', afterSec: 40 },
];

const clock = (t: number) => new Date(t).toTimeString().slice(0, 5);

/** A readable summary of the day for the bench's results. */
export function describeDay(dayStart: number) {
  const gaps = workingDayGaps(dayStart);
  const activeMs = DAY_HOURS * 60 * MIN - gaps.reduce((s, g) => s + g.to - g.from, 0);
  return {
    date: new Date(dayStart).toDateString(),
    from: clock(dayStart),
    to: clock(dayStart + DAY_HOURS * 60 * MIN),
    activeHours: Math.round((activeMs / 3_600_000) * 100) / 100,
    gaps: gaps.map((g) => `${clock(g.from)}–${clock(g.to)} ${g.state}: ${g.what}`),
    reactions: REACTIONS.map((r) => r.kind),
  };
}

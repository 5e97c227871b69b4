/**
 * The working day both designs live through in the quiet-worker bench: one
 * person at a desk, 09:00–17:00 local time on a Tuesday, default settings.
 * It is the same day as the engine's own simulation (tests/sim/quiet-day.ts,
 * runQuietDay), written here as data so the naive baseline can live it too:
 *
 * - typing all day (the browser reports nothing while input continues);
 * - a 2-minute reading pause every 13 minutes, away from the other spells;
 * - a 3-minute coffee at 10:30 (idle), a 30-minute meeting away at 11:00
 *   (screen locked), lunch 12:30–13:15 (locked); home at 17:00.
 *
 * Idle events follow from it the way Chrome produces them: `idle` once a gap
 * has lasted the detection interval (`idle.setDetectionInterval`, 60 s when
 * never set), `locked` at once, `active` at the first input after.
 *
 * Prompts are answered in turn (the 1st, 5th… prompt like the 1st, and so on):
 * click the notification after 20 s and finish the exercise at 90 s (`done`);
 * snooze at 30 s, then at the first re-show click at 30 s and finish at 100 s;
 * ignore it (nudges follow; it ends at the next natural break); say "I already
 * moved" at 40 s.
 */
import { DAY_HOURS, workingDayGaps, type Gap } from '../tests/sim/working-day';

export type { Gap };

export type Reaction =
  | { kind: 'break'; clickAfterSec: number; doneAfterSec: number }
  | { kind: 'snooze'; afterSec: number; thenClickAfterSec: number; thenDoneAfterSec: number }
  | { kind: 'ignore' }
  | { kind: 'moved'; afterSec: number };

const MIN = 60_000;
/** A Tuesday; local time of the process running the bench. */
export const DAY_START = new Date(2026, 2, 3, 9, 0).getTime();
export const DAY_END = DAY_START + DAY_HOURS * 60 * MIN;

export const REACTIONS: Reaction[] = [
  { kind: 'break', clickAfterSec: 20, doneAfterSec: 90 },
  { kind: 'snooze', afterSec: 30, thenClickAfterSec: 30, thenDoneAfterSec: 100 },
  { kind: 'ignore' },
  { kind: 'moved', afterSec: 40 },
];

export const GAPS: Gap[] = workingDayGaps(DAY_START);

/** Hours at the screen: the day minus every gap. */
export function activeHours(): number {
  return (DAY_END - DAY_START - GAPS.reduce((s, g) => s + g.to - g.from, 0)) / 3_600_000;
}

/** The person's state at t, and since when. */
export function personAt(t: number): { state: 'active' | 'idle' | 'locked'; since: number } {
  let since = DAY_START;
  for (const g of GAPS) {
    if (t >= g.from && t < g.to) return { state: g.state, since: g.from };
    if (t >= g.to) since = g.to;
  }
  return { state: 'active', since };
}

/** When the person is next at the keyboard (t itself if now). */
export function backAt(t: number): number {
  const g = GAPS.find((x) => t >= x.from && t < x.to);
  return g ? g.to : t;
}

const clock = (t: number) => new Date(t).toTimeString().slice(0, 5);

/** A readable summary for results.json. */
export function describeDay() {
  return {
    date: new Date(DAY_START).toDateString(),
    from: clock(DAY_START),
    to: clock(DAY_END),
    activeHours: Math.round(activeHours() * 100) / 100,
    gaps: GAPS.map((g) => `${clock(g.from)}–${clock(g.to)} ${g.state}: ${g.what}`),
    reactions: REACTIONS.map((r) => r.kind),
  };
}

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
export type Reaction =
  | { kind: 'break'; clickAfterSec: number; doneAfterSec: number }
  | { kind: 'snooze'; afterSec: number; thenClickAfterSec: number; thenDoneAfterSec: number }
  | { kind: 'ignore' }
  | { kind: 'moved'; afterSec: number };

export interface Gap {
  /** Epoch ms of the last input. */
  from: number;
  /** Epoch ms of the next input. */
  to: number;
  state: 'idle' | 'locked';
  what: string;
}

const MIN = 60_000;
/** A Tuesday; local time of the process running the bench. */
export const DAY_START = new Date(2026, 2, 3, 9, 0).getTime();
export const DAY_END = DAY_START + 8 * 60 * MIN;
const at = (h: number, m: number) => DAY_START + ((h - 9) * 60 + m) * MIN;

export const REACTIONS: Reaction[] = [
  { kind: 'break', clickAfterSec: 20, doneAfterSec: 90 },
  { kind: 'snooze', afterSec: 30, thenClickAfterSec: 30, thenDoneAfterSec: 100 },
  { kind: 'ignore' },
  { kind: 'moved', afterSec: 40 },
];

function buildGaps(): Gap[] {
  const gaps: Gap[] = [
    { from: at(10, 30), to: at(10, 33), state: 'idle', what: 'a 3-minute coffee' },
    { from: at(11, 0), to: at(11, 30), state: 'locked', what: 'a 30-minute meeting away' },
    { from: at(12, 30), to: at(13, 15), state: 'locked', what: 'lunch' },
  ];
  for (let t = DAY_START + 13 * MIN; t < DAY_END; t += 13 * MIN) {
    if (!gaps.some((g) => t + 2 * MIN > g.from - MIN && t < g.to + MIN)) {
      gaps.push({ from: t, to: t + 2 * MIN, state: 'idle', what: 'reading pause' });
    }
  }
  return gaps.sort((a, b) => a.from - b.from);
}

export const GAPS: Gap[] = buildGaps();

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

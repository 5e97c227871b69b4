/**
 * The working day both designs live through in the quiet-worker bench: one
 * person at a desk, 09:00–17:00 local time on a Tuesday, at default settings.
 *
 * The script is the person's behaviour, not browser events: continuous typing
 * (which the browser does not report), gaps without input, and absences. The
 * idle events follow from it the way Chrome produces them: `idle` once a gap
 * has lasted the extension's detection interval (`idle.setDetectionInterval`,
 * 60 s when never set), `locked` when the screen is locked, `active` at the
 * first input after. So a design that sets a longer detection interval sees
 * fewer idle events for the same day.
 *
 * Prompts: the person answers every notification 90 s after it appears (does
 * the one-minute exercise from the popup, which sends the `done` action), or,
 * when away, 90 s after coming back.
 */
export interface Gap {
  /** Local clock time the last input happened. */
  at: string;
  /** How long without input, in seconds. */
  seconds: number;
  state: 'idle' | 'locked';
  what: string;
}

export const DAY = {
  /** A Tuesday. Local time of the process running the bench. */
  date: '2026-11-17',
  start: '09:00',
  end: '17:00',
  answerAfterSec: 90,
  gaps: [
    { at: '09:47', seconds: 120, state: 'idle', what: 'reading a long document' },
    { at: '10:15', seconds: 180, state: 'idle', what: 'a 3-minute coffee' },
    { at: '10:52', seconds: 90, state: 'idle', what: 'phone call at the desk' },
    { at: '11:00', seconds: 1800, state: 'idle', what: 'a 30-minute meeting away from the desk' },
    { at: '11:41', seconds: 240, state: 'idle', what: 'thinking at the whiteboard (under the 5-minute natural break)' },
    { at: '12:30', seconds: 2700, state: 'locked', what: 'lunch, screen locked' },
    { at: '14:05', seconds: 120, state: 'idle', what: 'reading' },
    { at: '15:20', seconds: 75, state: 'idle', what: 'talking to a colleague' },
    { at: '16:30', seconds: 150, state: 'idle', what: 'reading' },
  ] satisfies Gap[] as Gap[],
};

/** Epoch ms of a local clock time on the day. */
export function at(clock: string, date = DAY.date): number {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = clock.split(':').map(Number);
  return new Date(y!, mo! - 1, d!, h, mi, 0, 0).getTime();
}

export const DAY_START = at(DAY.start);
export const DAY_END = at(DAY.end);

/** Hours at the screen: the day minus every gap (typing pauses included). */
export function activeHours(): number {
  const awayMs = DAY.gaps.reduce((s, g) => s + g.seconds * 1000, 0);
  return (DAY_END - DAY_START - awayMs) / 3_600_000;
}

/** The person's state at time t ('active' while at the keyboard). */
export function personAt(t: number): { state: 'active' | 'idle' | 'locked'; since: number } {
  let since = DAY_START;
  for (const g of DAY.gaps) {
    const s = at(g.at);
    const e = s + g.seconds * 1000;
    if (t >= s && t < e) return { state: g.state, since: s };
    if (t >= e) since = e;
  }
  return { state: 'active', since };
}

/** Idle events the browser sends for the day, given the detection interval in seconds. */
export function idleEvents(detectionSec: number): { at: number; state: 'active' | 'idle' | 'locked' }[] {
  const out: { at: number; state: 'active' | 'idle' | 'locked' }[] = [];
  for (const g of DAY.gaps) {
    const s = at(g.at);
    const e = s + g.seconds * 1000;
    if (g.state === 'locked') {
      out.push({ at: s, state: 'locked' }, { at: e, state: 'active' });
    } else if (g.seconds > detectionSec) {
      out.push({ at: s + detectionSec * 1000, state: 'idle' }, { at: e, state: 'active' });
    }
  }
  return out;
}

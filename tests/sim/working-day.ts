/**
 * The simulated working day's away spells, shared by the engine's quiet-day
 * simulation (tests/sim/quiet-day.ts) and the bench's naive baseline
 * (bench/day-script.ts): 8 hours from `dayStart`, a 3-minute coffee at 10:30
 * (idle), a 30-minute meeting away at 11:00 (locked), lunch 12:30–13:15
 * (locked), and a 2-minute reading pause every 13 minutes away from those.
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

import { describe, expect, it } from 'vitest';
import { SIDE_SWITCH_SECONDS, type Dose } from '../../content/exercise';
import { EXERCISES } from '../../content/exercises';
import { doseSeconds, sideSwitches } from '../../core/dose';
import { planDurationMs, SESSION_MS, sessionAt, sessionPlan, stepIndexAt, type Segment } from '../../core/session-plan';

const S = 1000;
const SW = SIDE_SWITCH_SECONDS * S;
/** A compact picture of a plan: kind, side and length in seconds. */
const shape = (plan: Segment[]) =>
  plan.map((s) => [s.kind, 'side' in s ? s.side : s.kind === 'switch' ? s.to : null, (s.endMs - s.startMs) / S]);

describe('sessionPlan', () => {
  it.each<[string, Dose, unknown[]]>([
    [
      'a single hold, padded to a minute',
      { type: 'hold', holdSeconds: 30, rounds: 1, perSide: false },
      [['hold', null, 30], ['ease', null, 30]],
    ],
    [
      'a per-side hold: first side, a switch, second side, then the rest of the minute',
      { type: 'hold', holdSeconds: 25, rounds: 1, perSide: true },
      [['hold', 'first', 25], ['switch', 'second', SIDE_SWITCH_SECONDS], ['hold', 'second', 25], ['ease', null, 5]],
    ],
    [
      'per-side rounds alternating sides with a switch before each change',
      { type: 'hold', holdSeconds: 10, rounds: 2, perSide: true },
      [
        ['hold', 'first', 10], ['switch', 'second', 5], ['hold', 'second', 10],
        ['switch', 'first', 5], ['hold', 'first', 10], ['switch', 'second', 5], ['hold', 'second', 10],
        ['ease', null, 5],
      ],
    ],
    [
      'rounds on both sides at once back to back',
      { type: 'hold', holdSeconds: 20, rounds: 3, perSide: false },
      [['hold', null, 20], ['hold', null, 20], ['hold', null, 20]],
    ],
    [
      'reps paced by seconds per rep',
      { type: 'reps', reps: 12, secondsPerRep: 4, perSide: false },
      [['reps', null, 48], ['ease', null, 12]],
    ],
    [
      'per-side reps with a switch in between',
      { type: 'reps', reps: 8, secondsPerRep: 3, perSide: true },
      [['reps', 'first', 24], ['switch', 'second', 5], ['reps', 'second', 24], ['ease', null, 7]],
    ],
    [
      'a dose longer than a minute, kept whole',
      { type: 'hold', holdSeconds: 30, rounds: 1, perSide: true },
      [['hold', 'first', 30], ['switch', 'second', 5], ['hold', 'second', 30]],
    ],
  ])('plans %s', (_, dose, expected) => {
    const plan = sessionPlan(dose);
    expect(shape(plan)).toEqual(expected);
    // Contiguous from 0, never shorter than a minute.
    plan.forEach((s, i) => expect(s.startMs).toBe(i === 0 ? 0 : plan[i - 1]!.endMs));
    expect(planDurationMs(plan)).toBeGreaterThanOrEqual(SESSION_MS);
  });
});

describe('sessionAt', () => {
  const perSideHold = sessionPlan({ type: 'hold', holdSeconds: 25, rounds: 1, perSide: true });
  const reps = sessionPlan({ type: 'reps', reps: 10, secondsPerRep: 5, perSide: false });

  it.each([
    [0, 'hold', 'first', 60 * S],
    [25 * S - 1, 'hold', 'first', 35 * S + 1],
    [25 * S, 'switch', 'second', 35 * S],
    [25 * S + SW - 1, 'switch', 'second', 35 * S - SW + 1],
    [25 * S + SW, 'hold', 'second', 30 * S],
    [55 * S, 'ease', null, 5 * S],
  ])('per-side hold at %i ms: %s on the %s side, %i ms left', (elapsed, kind, side, remaining) => {
    const at = sessionAt(perSideHold, elapsed);
    expect([at.segment.kind, at.side, at.remainingMs, at.done]).toEqual([kind, side, remaining, false]);
  });

  it.each([
    [0, 1],
    [4_999, 1],
    [5_000, 2],
    [27_500, 6],
    [49_999, 10],
  ])('counts reps: at %i ms it is rep %i', (elapsed, rep) => {
    expect(sessionAt(reps, elapsed).rep).toBe(rep);
  });

  it('has no rep outside a reps segment', () => {
    expect(sessionAt(reps, 55_000).rep).toBeNull();
    expect(sessionAt(perSideHold, 1_000).rep).toBeNull();
  });

  it.each([
    ['exactly at the end', 60 * S],
    ['well after the end', 600 * S],
  ])('is done %s, with nothing left', (_, elapsed) => {
    const at = sessionAt(reps, elapsed);
    expect([at.done, at.remainingMs, at.index]).toEqual([true, 0, reps.length - 1]);
  });

  it('is not done a millisecond before the end', () => {
    expect(sessionAt(reps, 60 * S - 1).done).toBe(false);
  });

  it('treats a negative elapsed time (clock skew) as the start', () => {
    expect(sessionAt(reps, -5_000)).toMatchObject({ index: 0, rep: 1, remainingMs: 60 * S });
  });
});

describe('stepIndexAt', () => {
  const plan = sessionPlan({ type: 'hold', holdSeconds: 25, rounds: 1, perSide: true });
  const rounds = sessionPlan({ type: 'hold', holdSeconds: 20, rounds: 3, perSide: false });

  it.each([
    ['the start of a hold lights the first step', plan, 0, 0],
    ['set-up steps take 4 s each', plan, 4_000, 1],
    ['the last step stays lit to the end of the hold', plan, 24_999, 3],
    ['a switch lights nothing', plan, 26_000, -1],
    ['the second side starts from the first step again', plan, 30_000, 0],
    ['the easy end lights nothing', plan, 57_000, -1],
    ['a later round on the same side lights only the last step', rounds, 21_000, 3],
  ])('%s', (_, p, elapsed, step) => {
    expect(stepIndexAt(sessionAt(p, elapsed), 4)).toBe(step);
  });

  it('squeezes set-up steps into the first half of a short segment', () => {
    const short = sessionPlan({ type: 'hold', holdSeconds: 6, rounds: 1, perSide: false });
    // 6 steps in 6 s: 5 set-up steps share 3 s, 600 ms each.
    expect([0, 599, 600, 2_999, 3_000, 5_999].map((e) => stepIndexAt(sessionAt(short, e), 6))).toEqual([0, 0, 1, 4, 5, 5]);
  });
});

describe('every catalogue exercise', () => {
  it.each(EXERCISES.map((e) => [e.id, e.dose] as const))('%s: the timer agrees with doseSeconds and sideSwitches', (_, dose) => {
    const plan = sessionPlan(dose);
    expect(planDurationMs(plan)).toBe(Math.max(SESSION_MS, doseSeconds(dose) * S));
    expect(plan.filter((s) => s.kind === 'switch')).toHaveLength(sideSwitches(dose));
  });
});

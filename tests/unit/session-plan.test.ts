import { describe, expect, it } from 'vitest';
import type { Dose, Exercise } from '../../core/exercise';
import { EXERCISES } from '../../content/exercises';
import { doseSeconds, sideSwitches } from '../../core/session/dose';
import {
  planDurationMs,
  readyLeftMs,
  readyMs,
  SESSION_MS,
  sessionAt,
  sessionPlan,
  stepIndexAt,
  type Segment,
} from '../../core/session/session-plan';
import { sessionSpec } from '../../core/session/session-spec';
import { skipAhead } from '../../core/session/guided-session';
import { breaking } from '../breaking';

const S = 1000;
/** A compact picture of a plan: kind, side and length in seconds. */
const shape = (plan: Segment[]) =>
  plan.map((s) => [s.kind, 'side' in s ? s.side : s.kind === 'switch' ? s.to : null, (s.endMs - s.startMs) / S]);
const spec = (dose: Dose, getReadySeconds = 5, switchSeconds = 5) => ({ dose, getReadySeconds, switchSeconds });

describe('sessionPlan', () => {
  it.each<[string, ReturnType<typeof spec>, unknown[]]>([
    [
      'a get-ready, then a single hold padded to a minute',
      spec({ type: 'hold', holdSeconds: 30, rounds: 1, perSide: false }),
      [
        ['ready', null, 5],
        ['hold', null, 30],
        ['ease', null, 30],
      ],
    ],
    [
      'a per-side hold: first side, a switch, second side, then the rest of the minute',
      spec({ type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }),
      [
        ['ready', null, 5],
        ['hold', 'first', 25],
        ['switch', 'second', 5],
        ['hold', 'second', 25],
        ['ease', null, 5],
      ],
    ],
    [
      'a floor exercise with a 10 s get-ready and an 8 s switch',
      spec({ type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, 10, 8),
      [
        ['ready', null, 10],
        ['hold', 'first', 25],
        ['switch', 'second', 8],
        ['hold', 'second', 25],
        ['ease', null, 2],
      ],
    ],
    [
      'per-side rounds alternating sides with a switch before each change',
      spec({ type: 'hold', holdSeconds: 10, rounds: 2, perSide: true }),
      [
        ['ready', null, 5],
        ['hold', 'first', 10],
        ['switch', 'second', 5],
        ['hold', 'second', 10],
        ['switch', 'first', 5],
        ['hold', 'first', 10],
        ['switch', 'second', 5],
        ['hold', 'second', 10],
        ['ease', null, 5],
      ],
    ],
    [
      'reps paced by seconds per rep, counted only after the get-ready',
      spec({ type: 'reps', reps: 12, secondsPerRep: 4, perSide: false }),
      [
        ['ready', null, 5],
        ['reps', null, 48],
        ['ease', null, 12],
      ],
    ],
    [
      'per-side reps with a switch in between',
      spec({ type: 'reps', reps: 8, secondsPerRep: 3, perSide: true }),
      [
        ['ready', null, 5],
        ['reps', 'first', 24],
        ['switch', 'second', 5],
        ['reps', 'second', 24],
        ['ease', null, 7],
      ],
    ],
    [
      'a walk timed for a minute, no hold',
      spec({ type: 'timed', seconds: 60, perSide: false }),
      [
        ['ready', null, 5],
        ['timed', null, 60],
      ],
    ],
    [
      'no get-ready when the catalogue sets none',
      spec({ type: 'hold', holdSeconds: 60, rounds: 1, perSide: false }, 0),
      [['hold', null, 60]],
    ],
  ])('plans %s', (_, s, expected) => {
    const plan = sessionPlan(s);
    expect(shape(plan)).toEqual(expected);
    // Contiguous from 0; the part after the get-ready never shorter than a minute.
    plan.forEach((seg, i) => expect(seg.startMs).toBe(i === 0 ? 0 : plan[i - 1]!.endMs));
    expect(planDurationMs(plan) - readyMs(plan)).toBeGreaterThanOrEqual(SESSION_MS);
  });
});

describe('sessionAt', () => {
  const perSideHold = sessionPlan(spec({ type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, 5, 8));
  const reps = sessionPlan(spec({ type: 'reps', reps: 10, secondsPerRep: 5, perSide: false }));

  it.each([
    [0, 'ready', null, 65 * S],
    [5 * S - 1, 'ready', null, 60 * S + 1],
    [5 * S, 'hold', 'first', 60 * S],
    [30 * S - 1, 'hold', 'first', 35 * S + 1],
    [30 * S, 'switch', 'second', 35 * S],
    [38 * S - 1, 'switch', 'second', 27 * S + 1],
    [38 * S, 'hold', 'second', 27 * S],
    [63 * S, 'ease', null, 2 * S],
  ])('per-side hold at %i ms: %s on the %s side, %i ms left', (elapsed, kind, side, remaining) => {
    const at = sessionAt(perSideHold, elapsed);
    expect([at.segment.kind, at.side, at.remainingMs, at.done]).toEqual([kind, side, remaining, false]);
  });

  it.each([
    [0, null],
    [4_999, null],
    [5_000, 1],
    [9_999, 1],
    [10_000, 2],
    [32_500, 6],
    [54_999, 10],
    [55_000, null],
  ])('counts reps only after the get-ready: at %i ms it is rep %s', (elapsed, rep) => {
    expect(sessionAt(reps, elapsed).rep).toBe(rep);
  });

  it.each([
    ['exactly at the end', 65 * S],
    ['well after the end', 600 * S],
  ])('is done %s, with nothing left', (_, elapsed) => {
    const at = sessionAt(reps, elapsed);
    expect([at.done, at.remainingMs, at.index]).toEqual([true, 0, reps.length - 1]);
  });

  it('is not done a millisecond before the end', () => {
    expect(sessionAt(reps, 65 * S - 1).done).toBe(false);
  });

  it('treats a negative elapsed time (clock skew) as the start', () => {
    expect(sessionAt(reps, -5_000)).toMatchObject({ index: 0, rep: null, remainingMs: 65 * S });
  });
});

describe('skipping the get-ready (skipAhead by what is left of it)', () => {
  const plan = sessionPlan(spec({ type: 'reps', reps: 10, secondsPerRep: 5, perSide: false }, 10));
  const session = { exerciseId: 'x', startedAt: 1_000_000, pausedAt: null, pausedMs: 0, plannedMs: 60_000 } as const;

  it.each([
    ['at the start, moves the start back by the whole get-ready', 0, 1_000_000 - 10_000],
    ['3 s in, moves it back by the 7 s left', 3_000, 1_000_000 - 7_000],
  ])('%s', (_, elapsed, startedAt) => {
    const skipped = skipAhead(session, readyLeftMs(plan, elapsed), session.startedAt + elapsed);
    expect(skipped).toEqual({ ...session, startedAt });
    expect(sessionAt(plan, elapsed + (session.startedAt - skipped.startedAt))).toMatchObject({ rep: 1, index: 1 });
  });

  it('changes nothing once the dose has started', () => {
    expect(readyLeftMs(plan, 10_000)).toBe(0);
    expect(skipAhead(session, readyLeftMs(plan, 10_000), session.startedAt + 10_000)).toBe(session);
  });
});

describe('stepIndexAt: set-up steps during get-ready and switches, movement steps during the dose', () => {
  // 5 steps: 2 set-up, 3 movement.
  const steps = { setupSteps: 2, stepCount: 5 };
  const hold = sessionPlan(spec({ type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, 6, 8));
  const reps = sessionPlan(spec({ type: 'reps', reps: 10, secondsPerRep: 6, perSide: false }, 6));
  const at = (plan: Segment[], ms: number) => stepIndexAt(sessionAt(plan, ms), steps);

  it.each([
    ['get-ready starts on the first set-up step', hold, 0, 0],
    ['get-ready moves to the second set-up step halfway', hold, 3_000, 1],
    ['the hold starts on the first movement step', hold, 6_000, 2],
    ['movement steps take 3 s each', hold, 9_000, 3],
    ['the last step stays lit to the end of the hold', hold, 30_999, 4],
    ['the switch walks through the set-up again', hold, 31_000, 0],
    ['…for the other side', hold, 35_000, 1],
    ['the second side starts on the movement again', hold, 39_000, 2],
    ['the easy end lights nothing', hold, 64_500, -1],
    ['each rep starts on the first movement step', reps, 12_000, 2],
    ['a rep walks through the movement steps', reps, 14_000, 3],
    ['…to the last one before the next rep', reps, 17_999, 4],
  ])('%s', (_, plan, ms, step) => {
    expect(at(plan, ms)).toBe(step);
  });

  it('lights the first step throughout a get-ready when there is no set-up step', () => {
    expect(stepIndexAt(sessionAt(hold, 4_000), { setupSteps: 0, stepCount: 3 })).toBe(0);
  });
});

describe('sessionSpec: the catalogue’s times, set-up steps and first side', () => {
  const base = EXERCISES.find((e) => e.dose.perSide)!;
  it.each<[string, Partial<Exercise>, Partial<ReturnType<typeof sessionSpec>>]>([
    [
      'the catalogue’s own get-ready and switch times',
      { getReadySeconds: 12, switchSeconds: 10 },
      { getReadySeconds: 12, switchSeconds: 10 },
    ],
    [
      'the catalogue’s first side and set-up steps',
      { firstSide: 'left', setupSteps: 2, steps: ['a', 'b', 'c'] },
      { firstSide: 'left', setupSteps: 2 },
    ],
    [
      'the last step is always the movement, whatever the set-up count says',
      { setupSteps: 5, steps: ['a', 'b', 'c'] },
      { setupSteps: 2, stepCount: 3 },
    ],
    [
      'no switch and no side when not per side',
      { dose: { type: 'hold', holdSeconds: 60, rounds: 1, perSide: false }, firstSide: 'left', switchSeconds: 8 },
      { switchSeconds: 0, firstSide: null },
    ],
  ])('%s', (_, patch, expected) => {
    expect(sessionSpec({ ...base, ...patch } as Exercise)).toMatchObject(expected);
  });
});

describe('every catalogue exercise', () => {
  it('has a timer that agrees with doseSeconds and sideSwitches', () => {
    expect(
      breaking(
        EXERCISES.map((e) => e.id),
        (id) => {
          const s = sessionSpec(EXERCISES.find((e) => e.id === id)!);
          const plan = sessionPlan(s);
          const work = planDurationMs(plan) - readyMs(plan);
          if (work !== Math.max(SESSION_MS, doseSeconds(s.dose, s.switchSeconds) * S)) return `${work} ms of work`;
          if (readyMs(plan) !== s.getReadySeconds * S) return `${readyMs(plan)} ms to get ready`;
          const switches = plan.filter((seg) => seg.kind === 'switch').length;
          return switches !== sideSwitches(s.dose) && `${switches} switches`;
        },
      ),
    ).toEqual([]);
  });
});

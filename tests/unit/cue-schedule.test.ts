import { describe, expect, it } from 'vitest';
import { cueSchedule, dueCue, type Cue } from '../../core/session/cue-schedule';
import { sessionPlan } from '../../core/session/session-plan';
import type { Dose } from '../../core/exercise';

const spec = (dose: Dose, getReadySeconds = 5, switchSeconds = 5) => ({ dose, getReadySeconds, switchSeconds });
/** "5s begin first" style lines: the schedule as a reader would check it. */
const lines = (dose: Dose, ready = 5, sw = 5) =>
  cueSchedule(sessionPlan(spec(dose, ready, sw))).map(({ atMs, cue }) => `${atMs / 1000}s ${describeCue(cue)}`);
function describeCue(c: Cue): string {
  switch (c.kind) {
    case 'begin':
      return `begin${c.walk ? ' walk' : ''}${c.side ? ` ${c.side}` : ''}`;
    case 'rep':
      return `rep ${c.n}`;
    case 'switch':
      return `switch to ${c.to}`;
    case 'count':
      return String(c.n);
    default:
      return c.kind;
  }
}

describe('cueSchedule', () => {
  it('a per-side 25 s hold: 3-2-1 into each hold, halfway, 3-2-1 out of it, the switch, the end', () => {
    expect(lines({ type: 'hold', holdSeconds: 25, rounds: 1, perSide: true }, 5, 8)).toEqual([
      '2s 3',
      '3s 2',
      '4s 1',
      '5s begin first',
      '17.5s halfway',
      '27s 3',
      '28s 2',
      '29s 1',
      '30s switch to second',
      '38s begin second',
      '50.5s halfway',
      '60s 3',
      '61s 2',
      '62s 1',
      '65s done',
    ]);
  });

  it('reps: a tick at every rep after the first, 3-2-1 before the end of the minute', () => {
    expect(lines({ type: 'reps', reps: 10, secondsPerRep: 5, perSide: false })).toEqual([
      '2s 3',
      '3s 2',
      '4s 1',
      '5s begin',
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `${5 + (n - 1) * 5}s rep ${n}`),
      '62s 3',
      '63s 2',
      '64s 1',
      '65s done',
    ]);
  });

  it('per-side reps: the switch names the side to start, and the count restarts', () => {
    const l = lines({ type: 'reps', reps: 3, secondsPerRep: 4, perSide: true });
    expect(l.slice(3, 10)).toEqual([
      '5s begin first',
      '9s rep 2',
      '13s rep 3',
      '17s switch to second',
      '22s begin second',
      '26s rep 2',
      '30s rep 3',
    ]);
  });

  it('a walk: begins as a walk, with a halfway call and 3-2-1 before the end', () => {
    expect(lines({ type: 'timed', seconds: 60, perSide: false })).toEqual([
      '2s 3',
      '3s 2',
      '4s 1',
      '5s begin walk',
      '35s halfway',
      '62s 3',
      '63s 2',
      '64s 1',
      '65s done',
    ]);
  });

  it('no halfway call on short holds', () => {
    expect(lines({ type: 'hold', holdSeconds: 15, rounds: 4, perSide: false }).filter((l) => l.includes('halfway'))).toEqual([]);
  });
});

describe('dueCue', () => {
  const schedule = cueSchedule(sessionPlan(spec({ type: 'reps', reps: 10, secondsPerRep: 5, perSide: false })));
  it.each([
    ['nothing between two cues', 5_000, 5_250, null],
    ['the cue the tick crossed', 9_900, 10_100, { kind: 'rep', n: 2 }],
    ['a cue exactly at the tick', 9_750, 10_000, { kind: 'rep', n: 2 }],
    ['not the cue the last tick already played', 10_000, 10_250, null],
    ['only the latest after a throttled gap', 9_000, 21_000, { kind: 'rep', n: 4 }],
  ])('%s', (_, from, to, cue) => {
    expect(dueCue(schedule, from, to)).toEqual(cue);
  });
});

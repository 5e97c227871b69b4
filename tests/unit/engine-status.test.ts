import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../core/engine';
import type { Status } from '../../core/engine/status-types';
import { EngineDriver, MIN } from '../sim/engine-driver';
import { useBerlinTimeZone } from '../use-berlin-time-zone';

useBerlinTimeZone();

const T0 = new Date(2026, 2, 2, 10, 0).getTime();
const WORK = {
  enabled: true,
  days: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ enabled: d >= 1 && d <= 5, start: '09:00', end: '18:00' })) as never,
};

function driver(setup: (d: EngineDriver) => void, opts: ConstructorParameters<typeof EngineDriver>[1] = {}) {
  const d = new EngineDriver(T0, opts);
  d.send({ type: 'start', reason: 'browser', activity: 'active' });
  setup(d);
  return computeStatus(d.state, d.settings, d.now, MIN);
}

describe('computeStatus: what the popup shows', () => {
  it.each<[string, (d: EngineDriver) => void, Partial<Status>, ConstructorParameters<typeof EngineDriver>[1]?]>([
    [
      '38 min into a bout: active, next prompt at 45',
      (d) => d.toMin(38),
      { phase: 'active', boutStart: T0, screenMs: 38 * MIN, nextPromptAt: T0 + 45 * MIN },
    ],
    [
      'idle 2 min ago at minute 20: away, screen time frozen at 20 min',
      (d) => {
        d.toMin(21).send({ type: 'activity', activity: 'idle', since: T0 + 20 * MIN });
        d.toMin(22);
      },
      { phase: 'away', screenMs: 20 * MIN, nextPromptAt: null },
    ],
    [
      'away past the threshold: the bout is over even before any event',
      (d) => {
        d.toMin(21).send({ type: 'activity', activity: 'locked' });
        d.toMin(40);
      },
      { phase: 'away', boutStart: null, screenMs: 0 },
    ],
    ['prompt shown: due, next nudge in 5 min', (d) => d.toMin(46), { phase: 'due', nextPromptAt: T0 + 50 * MIN }],
    [
      'snoozed at 46 for 10 min',
      (d) => {
        d.toMin(46).send({ type: 'action', action: { kind: 'snooze', minutes: 10 } });
      },
      { phase: 'snoozed', snoozedUntil: T0 + 56 * MIN, nextPromptAt: T0 + 56 * MIN },
    ],
    [
      'paused for an hour',
      (d) => {
        d.toMin(10).send({ type: 'action', action: { kind: 'pause', until: T0 + 70 * MIN } });
      },
      { phase: 'paused', pausedUntil: T0 + 70 * MIN, boutStart: null, nextPromptAt: T0 + 115 * MIN },
    ],
    [
      'a pause that has run out with the browser running: a fresh bout from its end',
      (d) => {
        d.toMin(10).send({ type: 'action', action: { kind: 'pause', until: T0 + 30 * MIN } });
        d.toMin(40);
      },
      { phase: 'active', pausedUntil: null, boutStart: T0 + 30 * MIN, screenMs: 10 * MIN },
    ],
    [
      'a pause that ran out while the browser was closed: the popup opened now shows a fresh bout from now',
      (d) => {
        d.toMin(10).send({ type: 'action', action: { kind: 'pause', until: T0 + 30 * MIN } });
        d.now = T0 + 40 * MIN; // the wake at 30 never came
      },
      { phase: 'active', pausedUntil: null, boutStart: T0 + 40 * MIN, screenMs: 0 },
    ],
    [
      'paused indefinitely',
      (d) => {
        d.send({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
      },
      { phase: 'paused', pausedUntil: 'indefinitely', nextPromptAt: null },
    ],
    [
      'deferred by fullscreen: shown at the latest when the 30-min hold ends',
      (d) => {
        d.fullscreen = true;
        d.toMin(45);
      },
      { phase: 'deferred', nextPromptAt: T0 + 75 * MIN },
    ],
  ])('%s', (_n, setup, expected, opts) => {
    expect(driver(setup, opts)).toMatchObject(expected);
  });

  it('outside work hours (Monday 19:00): outside, next prompt 09:45 Tuesday', () => {
    const d = new EngineDriver(new Date(2026, 2, 2, 19, 0).getTime(), { settings: { workHours: WORK } });
    d.send({ type: 'start', reason: 'browser', activity: 'active' });
    expect(computeStatus(d.state, d.settings, d.now, MIN)).toMatchObject({
      phase: 'outside',
      boutStart: null,
      nextPromptAt: new Date(2026, 2, 3, 9, 45).getTime(),
    });
  });

  it('names the exercise picked for the coming break', () => {
    expect(driver((d) => d.toMin(1)).exerciseId).toBe('ex-a');
  });
});

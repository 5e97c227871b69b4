const TZ_BEFORE = process.env.TZ;
process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  configFrom,
  freshTracker,
  isWorkTime,
  parseTracker,
  screenMsAt,
  step,
  type EngineEvent,
  type TrackerState,
} from '../../core/engine';
import { DEFAULT_SETTINGS, SNOOZE_CHOICES, type Settings } from '../../core/settings';

// Leave the process time zone as other test files expect it.
afterAll(() => {
  if (TZ_BEFORE === undefined) delete process.env.TZ;
  else process.env.TZ = TZ_BEFORE;
});

const MIN = 60_000;
/** Around the spring DST change in Berlin, so some sequences cross it. */
const T0 = new Date(2026, 2, 27, 8, 0).getTime();

type Op =
  | { kind: 'wait'; ms: number }
  | { kind: 'clockBack'; ms: number }
  | { kind: 'event'; event: EngineEvent }
  | { kind: 'alarmOnTime' }
  | { kind: 'alarmLate'; ms: number }
  | { kind: 'settings'; change: Partial<Settings> }
  | { kind: 'fullscreen'; on: boolean };

const action = fc.oneof(
  fc.constant({ kind: 'startBreak' } as const),
  fc.record({ kind: fc.constant('snooze' as const), minutes: fc.constantFrom(...SNOOZE_CHOICES) }),
  fc.constant({ kind: 'skip' } as const),
  fc.constant({ kind: 'done', exerciseId: 'ex-done' } as const),
  fc.constant({ kind: 'moved' } as const),
  fc.record({
    kind: fc.constant('pause' as const),
    until: fc.oneof(fc.constantFrom('tomorrow' as const, 'indefinitely' as const), fc.integer({ min: T0, max: T0 + 3 * 24 * 60 * MIN })),
  }),
  fc.constant({ kind: 'resume' } as const),
  fc.constant({ kind: 'anotherExercise' } as const),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.oneof(fc.integer({ min: 0, max: 10 * MIN }), fc.integer({ min: 0, max: 600 * MIN })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clockBack' as const), ms: fc.integer({ min: 1, max: 120 * MIN }) }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'alarmOnTime' } as const) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('alarmLate' as const), ms: fc.integer({ min: 0, max: 300 * MIN }) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      event: fc.oneof(
        fc.record({ type: fc.constant('activity' as const), activity: fc.constantFrom('active' as const, 'idle' as const, 'locked' as const), since: fc.option(fc.integer({ min: -2 * MIN, max: 0 }), { nil: undefined }) }),
        fc.record({ type: fc.constant('start' as const), reason: fc.constantFrom('worker' as const, 'browser' as const, 'installed' as const), activity: fc.constantFrom('active' as const, 'idle' as const) }),
        fc.record({ type: fc.constant('action' as const), action }),
        fc.record({ type: fc.constant('alarm' as const), scheduledTime: fc.integer({ min: T0 - 60 * MIN, max: T0 + 5000 * MIN }) }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      change: fc.record(
        {
          intervalMin: fc.integer({ min: 5, max: 180 }),
          naturalBreakMin: fc.integer({ min: 1, max: 30 }),
          snoozeMin: fc.constantFrom(...SNOOZE_CHOICES),
          repeatNudges: fc.boolean(),
          deferWhileFullscreen: fc.boolean(),
          workHours: fc.constantFrom(DEFAULT_SETTINGS.workHours, { ...DEFAULT_SETTINGS.workHours, enabled: true }),
        },
        { requiredKeys: [] },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fullscreen' as const), on: fc.boolean() }) },
);

const pick = ({ seed, anotherThan }: { seed: number; anotherThan?: string }) => {
  const ids = ['a', 'b', 'c'];
  const id = ids[seed % 3]!;
  return id === anotherThan ? ids[(seed + 1) % 3]! : id;
};

/** Applies the ops; after every step checks the invariants. */
function run(ops: Op[]): void {
  let now = T0;
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  let fullscreen = false;
  let state: TrackerState = freshTracker(T0);
  let boutWallStart: number | null = null; // wall time (unaffected by clock jumps) when the bout began
  let wall = T0;

  const send = (event: EngineEvent) => {
    const ctx = { now, config: configFrom(settings, MIN), fullscreen, pick };
    const result = step(state, event, ctx);
    // Round trip: the same event on the state reloaded from JSON gives the same result.
    const reloaded = parseTracker(JSON.parse(JSON.stringify(state)));
    const again = step(reloaded, event, ctx);
    expect(again.effects).toEqual(result.effects);
    expect(again.state).toEqual(result.state);
    expect(parseTracker(JSON.parse(JSON.stringify(result.state)))).toEqual(result.state);

    const s = result.state;
    const shows = result.effects.filter((e) => e.type === 'showNotification');
    // At most one pending prompt, and only inside a bout.
    expect(shows.length).toBeLessThanOrEqual(1);
    if (s.prompt) expect(s.bout).not.toBeNull();
    // No prompt while paused or outside work hours.
    if (shows.length) {
      expect(s.pausedUntil).toBeNull();
      expect(isWorkTime(now, settings.workHours)).toBe(true);
    }
    // Bout length: never negative, never more than the wall time since the bout began.
    if (s.bout) {
      if (!state.bout || state.bout.start !== s.bout.start) boutWallStart = wall - (now - s.bout.start);
      const screen = screenMsAt(s, now);
      expect(screen).toBeGreaterThanOrEqual(0);
      expect(s.bout.start).toBeLessThanOrEqual(now);
      expect(screen).toBeLessThanOrEqual(now - s.bout.start);
      expect(screen).toBeLessThanOrEqual(wall - boutWallStart!);
    }
    for (const e of result.effects) {
      if (e.type === 'appendHistory') {
        expect(e.entry.screenMs).toBeGreaterThanOrEqual(0);
        expect(e.entry.end).toBeGreaterThanOrEqual(e.entry.start);
        expect(e.entry.screenMs).toBeLessThanOrEqual(e.entry.end - e.entry.start);
      }
    }
    if (s.wakeAt !== null) expect(s.wakeAt).toBeGreaterThan(now);
    state = s;
  };

  send({ type: 'start', reason: 'browser', activity: 'active' });
  for (const o of ops) {
    switch (o.kind) {
      case 'wait':
        now += o.ms;
        wall += o.ms;
        break;
      case 'clockBack':
        now -= o.ms;
        break;
      case 'alarmOnTime':
        if (state.wakeAt !== null) {
          if (state.wakeAt > now) wall += state.wakeAt - now;
          now = Math.max(now, state.wakeAt);
          send({ type: 'alarm', scheduledTime: state.wakeAt });
        }
        break;
      case 'alarmLate':
        if (state.wakeAt !== null) {
          const at = Math.max(now, state.wakeAt + o.ms);
          wall += at - now;
          now = at;
          send({ type: 'alarm', scheduledTime: state.wakeAt });
        }
        break;
      case 'event':
        send(o.event.type === 'activity' && o.event.since !== undefined ? { ...o.event, since: now + o.event.since } : o.event);
        break;
      case 'settings':
        settings = { ...settings, ...o.change };
        send({ type: 'settings' });
        break;
      case 'fullscreen':
        // The worker reads fullscreen before each event; nothing reports the change itself.
        fullscreen = o.on;
        send({ type: 'settings' });
        break;
    }
  }
}

describe('engine properties over random event sequences', () => {
  it('10 000 sequences: bout length within [0, wall time], ≤ 1 pending prompt, none while paused/outside, JSON round trip identical', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => run(ops)),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('an event that changes nothing returns the same state object (no storage write)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 20 }), fc.integer({ min: 0, max: 5 * MIN }), (ops, wait) => {
        let state = freshTracker(T0);
        let now = T0;
        const cfg = configFrom(DEFAULT_SETTINGS, MIN);
        state = step(state, { type: 'start', reason: 'browser', activity: 'active' }, { now, config: cfg, pick }).state;
        for (const o of ops) if (o.kind === 'event') state = step(state, o.event, { now: (now += MIN), config: cfg, pick }).state;
        // Repeating the last reconcile with no time passed is always a no-op.
        now += wait;
        const once = step(state, { type: 'settings' }, { now, config: cfg, pick }).state;
        const twice = step(once, { type: 'settings' }, { now, config: cfg, pick });
        expect(twice.state).toBe(once);
        expect(twice.effects).toEqual([]);
      }),
      { numRuns: 2_000 },
    );
  });
});

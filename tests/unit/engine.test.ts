import { describe, expect, it } from 'vitest';
import { computeStatus, parseTracker } from '../../core/engine';
import { EngineDriver, MIN } from '../sim/engine-driver';
import { useBerlinTimeZone } from '../use-berlin-time-zone';

useBerlinTimeZone();

/** Monday 2 March 2026, 10:00 local. */
const MON_10 = new Date(2026, 2, 2, 10, 0).getTime();

function day(opts: ConstructorParameters<typeof EngineDriver>[1] = {}, t0 = MON_10): EngineDriver {
  const d = new EngineDriver(t0, opts);
  d.send({ type: 'start', reason: 'browser', activity: 'active' });
  return d;
}

const idle = (d: EngineDriver, fromMin: number, toMin: number, kind: 'idle' | 'locked' = 'idle') => {
  // Chrome reports idle one detection interval (60 s) after input stops; lock at once.
  const reportedAt = kind === 'idle' ? fromMin + 1 : fromMin;
  d.toMin(reportedAt).send({ type: 'activity', activity: kind, since: d.t0 + fromMin * MIN });
  d.toMin(toMin).send({ type: 'activity', activity: 'active' });
};

describe('sitting bout and prompt timing (45-min interval, 5-min natural break)', () => {
  it('continuous 45 min of screen time → exactly one prompt, at 45:00', () => {
    const d = day({ settings: { repeatNudges: false } }).toMin(90);
    expect(d.prompts).toEqual([45]);
    expect(d.nudges).toEqual([]);
  });

  it.each([
    ['a 3-min idle at minute 20 is credited back → prompt at 48:00', 3, 'idle', [48]],
    ['a 4-min lock at minute 20 is credited back → prompt at 49:00', 4, 'locked', [49]],
    ['a 6-min idle at minute 20 is a natural break → new bout, prompt at 26 + 45 = 71:00', 6, 'idle', [71]],
    ['a 5-min lock (exactly the threshold) is a natural break → prompt at 70:00', 5, 'locked', [70]],
  ] as const)('%s', (_name, awayMin, kind, expected) => {
    const d = day({ settings: { repeatNudges: false } });
    idle(d, 20, 20 + awayMin, kind);
    d.toMin(100);
    expect(d.prompts).toEqual(expected);
  });

  it('a natural break logs the bout that ended, with its screen time', () => {
    const d = day();
    idle(d, 20, 26);
    expect(d.history).toEqual([{ start: MON_10, end: MON_10 + 20 * MIN, screenMs: 20 * MIN, outcome: 'natural', snoozes: 0 }]);
    expect(d.state.bout?.start).toBe(MON_10 + 26 * MIN);
  });

  it('while away the prompt does not fire, even past its time; the only wake is when the absence becomes a break', () => {
    const d = day();
    d.toMin(44).send({ type: 'activity', activity: 'locked' });
    expect(d.alarm).toBe(MON_10 + 49 * MIN);
    d.toMin(47).send({ type: 'activity', activity: 'active' });
    expect(d.prompts).toEqual([]);
    d.toMin(60);
    expect(d.prompts).toEqual([48]);
  });

  it('a 2-hour sleep (the alarm fires 2 h late) → no prompt, a new bout from waking', () => {
    const d = day();
    idle(d, 8, 9); // the last thing we hear before the lid closes
    d.toMin(10).sleepTo(MON_10 + 130 * MIN);
    expect(d.prompts).toEqual([]);
    expect(d.state.bout?.start).toBe(MON_10 + 130 * MIN);
    // The bout is cut at the last moment we know the user was here.
    expect(d.history).toMatchObject([{ outcome: 'natural', end: MON_10 + 9 * MIN, screenMs: 8 * MIN }]);
    d.toMin(200);
    expect(d.prompts).toEqual([175]);
  });

  it('an alarm only a little late (under the threshold) still prompts', () => {
    const d = day().toMin(44);
    d.sleepTo(MON_10 + 48 * MIN);
    expect(d.prompts).toEqual([48]);
  });

  it('a prompt alarm 65 s late on a busy machine that never slept (natural break 1 min) still prompts: not a break', () => {
    const d = day({ settings: { naturalBreakMin: 1, repeatNudges: false } }).toMin(44);
    d.sleepTo(MON_10 + 45 * MIN + 65_000);
    expect(d.prompts).toEqual([45 + 65 / 60]);
    expect(d.history).toEqual([]);
    expect(d.state.bout?.start).toBe(MON_10);
  });

  it('a worker start long after an overdue wake (browser closed) is a natural break too', () => {
    const d = day();
    d.now = MON_10 + 3 * 60 * MIN; // the browser was closed; Firefox forgets alarms
    d.alarm = null;
    d.send({ type: 'start', reason: 'browser', activity: 'active' });
    expect(d.prompts).toEqual([]);
    expect(d.state.bout?.start).toBe(MON_10 + 180 * MIN);
    d.toMin(230);
    expect(d.prompts).toEqual([225]);
  });

  it('a worker start with nothing overdue changes nothing (the bout goes on, no write)', () => {
    const d = day();
    d.toMin(30);
    const before = d.state;
    const effects = d.send({ type: 'start', reason: 'worker', activity: 'active' });
    expect(d.state).toBe(before);
    expect(effects).toEqual([]);
  });

  it('the clock moved back 1 h mid-bout → no negative times, the bout keeps its screen time', () => {
    const d = day({ settings: { repeatNudges: false } });
    idle(d, 18, 20); // last change at minute 20: 18 min of screen time
    d.now = MON_10 - 40 * MIN; // clock set back by an hour
    d.alarm = null; // the browser re-schedules nothing by itself
    d.send({ type: 'settings' });
    const status = computeStatus(d.state, d.settings, d.now, MIN);
    expect(status.screenMs).toBe(18 * MIN);
    expect(status.boutStart).toBeLessThanOrEqual(d.now);
    d.runTo(MON_10 + 60 * MIN);
    expect(d.prompts).toEqual([-13]); // 27 more real minutes after the jump
    expect(d.history.every((h) => h.screenMs >= 0 && h.end >= h.start)).toBe(true);
  });

  it('the same alarm delivered twice → one prompt', () => {
    const d = day({ settings: { repeatNudges: false } }).toMin(45);
    const before = d.state;
    const again = d.send({ type: 'alarm', scheduledTime: MON_10 + 45 * MIN });
    expect(again).toEqual([]);
    expect(d.state).toBe(before);
    expect(d.prompts).toEqual([45]);
  });
});

describe('prompts: nudges, snooze, actions', () => {
  it('an ignored prompt is nudged twice, one snooze length apart, then stays quiet with the badge on', () => {
    const d = day().toMin(120);
    expect(d.prompts).toEqual([45]);
    expect(d.nudges).toEqual([50, 55]);
    expect(d.badge).toBe(true);
    // Only a sign of life 25 min after the last change and the silent check an interval after the
    // last nudge, so a sleep (a lid closed without a lock) still shows up as a late wake.
    expect(d.log.filter((l) => l.event.type === 'alarm').map((l) => d.min(l.at))).toEqual([25, 45, 50, 55, 80, 100]);
    expect(d.alarm).toBe(MON_10 + 125 * MIN);
  });

  it('an ignored prompt, then the browser closed overnight → the next start ends the bout as ignored, badge off', () => {
    const d = day().toMin(60);
    d.now = MON_10 + 15 * 60 * MIN;
    d.alarm = null; // Firefox forgets alarms with the browser
    d.send({ type: 'start', reason: 'browser', activity: 'active' });
    expect(d.history.map((h) => h.outcome)).toEqual(['ignored']);
    expect(d.badge).toBe(false);
    expect(d.state.bout?.start).toBe(d.now);
  });

  it('snooze → re-prompt after 5 min', () => {
    const d = day({ settings: { repeatNudges: false } }).toMin(46);
    d.send({ type: 'action', action: { kind: 'snooze' } });
    expect(d.badge).toBe(true);
    d.toMin(60);
    expect(d.prompts).toEqual([45, 51]);
  });

  it('an honest snooze: prompt at 10:45, snoozed at 10:46 and 10:52, the third snooze at 10:58 is refused; skipped, the history keeps both snoozes', () => {
    const d = day({ settings: { repeatNudges: false } }).toMin(46);
    d.send({ type: 'action', action: { kind: 'snooze' } });
    d.toMin(52);
    d.send({ type: 'action', action: { kind: 'snooze' } });
    d.toMin(58);
    const before = d.state;
    d.send({ type: 'action', action: { kind: 'snooze' } });
    expect(d.state).toBe(before); // refused: nothing changes, no notification cleared
    expect(d.prompts).toEqual([45, 51, 57]);
    d.send({ type: 'action', action: { kind: 'skip' } });
    expect(d.history.map((h) => [h.outcome, h.snoozes])).toEqual([['skipped', 2]]);
  });

  it("the notification's second button snoozes while snoozes are left, and skips the break after the last", () => {
    const d = day({ settings: { repeatNudges: false, snoozeLimit: 1 } }).toMin(46);
    d.send({ type: 'action', action: { kind: 'snooze', orSkip: true } });
    expect(d.state.prompt?.phase).toBe('snoozed');
    d.toMin(52);
    d.send({ type: 'action', action: { kind: 'snooze', orSkip: true } });
    expect(d.history.map((h) => [h.outcome, h.snoozes])).toEqual([['skipped', 1]]);
  });

  it.each([
    [0, 'never: the first prompt offers Start and Skip only', []],
    [5, 'five times', [50, 56, 62, 68, 74]],
  ] as const)('a limit of %i snoozes a break %s', (limit, _, reprompts) => {
    const d = day({ settings: { repeatNudges: false, snoozeLimit: limit } }).toMin(45);
    for (let i = 0; i < 6; i += 1) {
      d.send({ type: 'action', action: { kind: 'snooze' } });
      d.toMin(d.min() + 6);
    }
    expect(d.prompts).toEqual([45, ...reprompts]);
  });

  it('with nothing due, postponing counts against the same limit: four clicks a minute apart postpone twice', () => {
    const d = day({ settings: { repeatNudges: false } });
    for (let i = 0; i < 4; i += 1) d.toMin(20 + i).send({ type: 'action', action: { kind: 'snooze', minutes: 10 } });
    d.toMin(70);
    // Two postpones of 10 min: the prompt at 65, not 85.
    expect(d.prompts).toEqual([65]);
  });

  it('a double click on Snooze (twice within 2 s) is one snooze: the second neither postpones nor spends one', () => {
    const d = day({ settings: { repeatNudges: false } }).toMin(20);
    d.send({ type: 'action', action: { kind: 'snooze', minutes: 10 } });
    d.now += 400;
    d.send({ type: 'action', action: { kind: 'snooze', minutes: 10 } });
    expect(d.state.bout?.snoozes).toBe(1);
    d.toMin(60);
    expect(d.prompts).toEqual([55]);
  });

  it.each([2, 10, 15])('snooze for %i min → re-prompt that much later', (m) => {
    const d = day({ settings: { repeatNudges: false } }).toMin(45);
    d.send({ type: 'action', action: { kind: 'snooze', minutes: m } });
    d.toMin(45 + m + 1);
    expect(d.prompts).toEqual([45, 45 + m]);
  });

  it.each([
    [
      'a guided minute finished after the prompt → taken',
      [{ kind: 'sessionStart', exerciseId: 'ex-z' }, { kind: 'sessionFinish' }],
      'taken',
    ],
    ['"I already moved" → moved', [{ kind: 'moved' }], 'moved'],
    ['skip → skipped', [{ kind: 'skip' }], 'skipped'],
  ] as const)('%s; logged, badge off, the bout restarts', (_n, actions, outcome) => {
    const d = day({ settings: { repeatNudges: false } }).toMin(47);
    for (const action of actions) d.send({ type: 'action', action });
    expect(d.history.map((h) => h.outcome)).toEqual([outcome]);
    expect(d.history[0]).toMatchObject({ start: MON_10, end: MON_10 + 47 * MIN, screenMs: 47 * MIN });
    expect(d.badge).toBe(false);
    d.toMin(100);
    expect(d.prompts).toEqual([45, 92]);
  });

  it('a guided minute finished before the prompt → early, and the next prompt is a full interval later', () => {
    const d = day().toMin(30);
    d.send({ type: 'action', action: { kind: 'sessionStart', exerciseId: 'ex-z' } });
    d.send({ type: 'action', action: { kind: 'sessionFinish' } });
    d.toMin(80);
    expect(d.history.map((h) => h.outcome)).toEqual(['early']);
    expect(d.prompts).toEqual([75]);
  });

  it('an ignored prompt ended by a natural break is logged as ignored', () => {
    const d = day().toMin(60);
    idle(d, 60, 70);
    expect(d.history.map((h) => h.outcome)).toEqual(['ignored']);
    expect(d.badge).toBe(false);
  });

  it('the notification names the picked exercise; another exercise picks a different one', () => {
    const d = day().toMin(45);
    const shown = d.log.flatMap((l) => l.effects).find((e) => e.type === 'showNotification');
    expect(shown).toMatchObject({ exerciseId: 'ex-a' });
    d.send({ type: 'action', action: { kind: 'anotherExercise' } });
    expect(d.state.exerciseId).toBe('ex-b');
  });

  it('start break opens the break, clears the notification and holds nudges while it runs', () => {
    const d = day().toMin(45);
    const fx = d.send({ type: 'action', action: { kind: 'startBreak' } });
    expect(fx.map((e) => e.type)).toEqual(expect.arrayContaining(['openBreak', 'clearNotification']));
    d.toMin(49);
    expect(d.nudges).toEqual([]);
  });
});

describe('pause, work hours, settings, fullscreen', () => {
  it('pause 1 h → no prompt while paused; a fresh bout starts when it ends', () => {
    const d = day({ settings: { repeatNudges: false } }).toMin(10);
    d.send({ type: 'action', action: { kind: 'pause', until: MON_10 + 70 * MIN } });
    d.toMin(69);
    expect(d.prompts).toEqual([]);
    expect(computeStatus(d.state, d.settings, d.now, MIN).phase).toBe('paused');
    d.toMin(200);
    expect(d.prompts).toEqual([115]);
  });

  it('pause until tomorrow (work hours off) → nothing until 06:00 next day', () => {
    const d = day({ settings: { repeatNudges: false } }, new Date(2026, 2, 2, 15, 0).getTime());
    d.send({ type: 'action', action: { kind: 'pause', until: 'tomorrow' } });
    expect(d.state.pausedUntil).toBe(new Date(2026, 2, 3, 6, 0).getTime());
    d.runTo(new Date(2026, 2, 3, 7, 0).getTime());
    expect(d.prompts.map((m) => new Date(d.t0 + m * MIN).toString())).toEqual([new Date(2026, 2, 3, 6, 45).toString()]);
  });

  it('pause until tomorrow on a Friday with work hours → Monday 09:00', () => {
    const fri = new Date(2026, 2, 6, 16, 0).getTime();
    const d = day({ settings: { workHours: { enabled: true, days: structuredClone(DEFAULT_DAYS) } } }, fri);
    d.send({ type: 'action', action: { kind: 'pause', until: 'tomorrow' } });
    expect(d.state.pausedUntil).toBe(new Date(2026, 2, 9, 9, 0).getTime());
  });

  it('pause indefinitely → no prompts and no alarm until resume; resume starts a fresh bout', () => {
    const d = day().toMin(44);
    d.send({ type: 'action', action: { kind: 'pause', until: 'indefinitely' } });
    expect(d.alarm).toBeNull();
    d.toMin(500).send({ type: 'action', action: { kind: 'resume' } });
    d.toMin(546);
    expect(d.prompts).toEqual([545]);
  });

  it.each([
    ['active from 08:30: the bout starts at 09:00 → prompt 09:45', [8, 30], [9, 45]],
    ['active from 17:30: due 18:15 is after hours → no prompt that day; next 09:45', [17, 30], null],
    ['active from 17:00: prompt 17:45 just inside work hours', [17, 0], [17, 45]],
  ] as const)('work hours Mon–Fri 09–18: %s', (_n, [h, m], expected) => {
    const t0 = new Date(2026, 2, 2, h, m).getTime();
    const d = day({ settings: { repeatNudges: false, workHours: { enabled: true, days: structuredClone(DEFAULT_DAYS) } } }, t0);
    d.runTo(new Date(2026, 2, 2, 23, 0).getTime());
    const at = d.prompts.map((p) => new Date(t0 + p * MIN).getTime());
    expect(at).toEqual(expected ? [new Date(2026, 2, 2, expected[0], expected[1]).getTime()] : []);
  });

  it('work hours: a bout running at 18:00 ends there, and the next one starts at 09:00 the next work day', () => {
    const fri = new Date(2026, 2, 6, 17, 30).getTime();
    const d = day({ settings: { workHours: { enabled: true, days: structuredClone(DEFAULT_DAYS) } } }, fri);
    d.runTo(new Date(2026, 2, 6, 18, 0).getTime());
    expect(d.state.bout).toBeNull();
    // One wake when the next bout may start, so a closed browser cannot back-date it.
    expect(d.alarm).toBe(new Date(2026, 2, 9, 9, 0).getTime());
    expect(computeStatus(d.state, d.settings, d.now + MIN, MIN).phase).toBe('outside');
  });

  it('work hours: a due prompt at 18:00 is cleared (badge off) and logged as ignored', () => {
    const t0 = new Date(2026, 2, 2, 17, 0).getTime();
    const d = day({ settings: { repeatNudges: false, workHours: { enabled: true, days: structuredClone(DEFAULT_DAYS) } } }, t0);
    d.runTo(new Date(2026, 2, 2, 18, 1).getTime());
    expect(d.badge).toBe(false);
    expect(d.history.map((h) => [h.outcome, h.end])).toEqual([['ignored', new Date(2026, 2, 2, 18, 0).getTime()]]);
  });

  it('work hours switched on at 19:00 mid-bout → the bout ends now (not logged); the next starts at 09:00', () => {
    const t0 = new Date(2026, 2, 2, 18, 30).getTime();
    const d = day({}, t0).toMin(30);
    d.settings = { ...d.settings, workHours: { enabled: true, days: structuredClone(DEFAULT_DAYS) } };
    d.send({ type: 'settings' });
    expect(d.state.bout).toBeNull();
    expect(d.history).toEqual([]);
    expect(d.alarm).toBe(new Date(2026, 2, 3, 9, 0).getTime());
  });

  it('entering work hours starts a fresh bout even after a long evening at the screen', () => {
    const t0 = new Date(2026, 2, 2, 20, 0).getTime();
    const d = day({ settings: { repeatNudges: false, workHours: { enabled: true, days: structuredClone(DEFAULT_DAYS) } } }, t0);
    d.runTo(new Date(2026, 2, 3, 9, 30).getTime());
    // No wake was needed at 09:00: the status applies the start lazily…
    expect(computeStatus(d.state, d.settings, d.now, MIN)).toMatchObject({ phase: 'active', screenMs: 30 * MIN });
    d.runTo(new Date(2026, 2, 3, 9, 46).getTime());
    // …and the 09:45 wake finds the bout that began at 09:00.
    expect(d.state.bout?.start).toBe(new Date(2026, 2, 3, 9, 0).getTime());
    expect(d.prompts.map((m) => d.t0 + m * MIN)).toEqual([new Date(2026, 2, 3, 9, 45).getTime()]);
  });

  it.each([
    ['interval lowered below the bout (45 → 20 at minute 30) → prompt now', 20, [30]],
    ['interval lowered above the bout (45 → 35 at minute 30) → prompt at 35', 35, [35]],
    ['interval raised (45 → 60 at minute 30) → prompt at 60', 60, [60]],
  ] as const)('%s, same bout', (_n, interval, expected) => {
    const d = day({ settings: { repeatNudges: false } }).toMin(30);
    d.settings = { ...d.settings, intervalMin: interval };
    d.send({ type: 'settings' });
    d.toMin(interval + 1);
    expect(d.prompts).toEqual(expected);
    expect(d.state.bout!.start).toBe(MON_10);
  });

  it('fullscreen defers the prompt with no polling; shown when fullscreen ends (the window event)', () => {
    const d = day({ settings: { repeatNudges: false } });
    d.fullscreen = true;
    d.toMin(45);
    expect(d.prompts).toEqual([]);
    expect(computeStatus(d.state, d.settings, d.now, MIN).phase).toBe('deferred');
    d.toMin(51);
    expect(d.log.filter((l) => l.event.type === 'alarm').map((l) => d.min(l.at))).toEqual([25, 45]);
    d.fullscreen = false;
    d.send({ type: 'media' });
    expect(d.prompts).toEqual([51]);
  });

  it('fullscreen deferral is bounded: after 30 min the prompt shows anyway', () => {
    const d = day({ settings: { repeatNudges: false } });
    d.fullscreen = true;
    d.toMin(120);
    expect(d.prompts).toEqual([75]);
  });

  it('defer-while-fullscreen off → prompt at once even in fullscreen', () => {
    const d = day({ settings: { repeatNudges: false, deferWhileFullscreen: false } });
    d.fullscreen = true;
    d.toMin(46);
    expect(d.prompts).toEqual([45]);
  });
});

describe('DST (Europe/Berlin, 29 March 2026: 02:00 → 03:00)', () => {
  it('a bout across the jump prompts after 45 real minutes (01:45 → 03:30 on the wall)', () => {
    const t0 = new Date(2026, 2, 29, 1, 45).getTime();
    const d = day({ settings: { repeatNudges: false } }, t0).toMin(60);
    expect(d.prompts).toEqual([45]);
    expect(new Date(t0 + 45 * MIN).getHours()).toBe(3);
  });

  it('pause until tomorrow the evening before lasts 9 real hours (to 06:00 local)', () => {
    const t0 = new Date(2026, 2, 28, 20, 0).getTime();
    const d = day({}, t0);
    d.send({ type: 'action', action: { kind: 'pause', until: 'tomorrow' } });
    expect(d.state.pausedUntil).toBe(t0 + 9 * 60 * MIN);
  });

  it('work hours on the DST day start at 09:00 local', () => {
    const days = structuredClone(DEFAULT_DAYS);
    days[0] = { enabled: true, start: '09:00', end: '18:00' };
    const t0 = new Date(2026, 2, 29, 1, 0).getTime();
    const d = day({ settings: { workHours: { enabled: true, days } } }, t0);
    expect(d.alarm).toBe(new Date(2026, 2, 29, 9, 0).getTime());
    d.runTo(new Date(2026, 2, 29, 10, 0).getTime());
    expect(d.prompts.map((m) => d.t0 + m * MIN)).toEqual([new Date(2026, 2, 29, 9, 45).getTime()]);
  });
});

describe('JSON round trip', () => {
  /** A busy morning touching every rule: idles, lock, prompt, nudges, snooze, actions, pause, sleep, clock change. */
  const busyMorning = (d: EngineDriver) => {
    idle(d, 10, 13);
    idle(d, 20, 27, 'locked');
    d.toMin(75).send({ type: 'action', action: { kind: 'snooze', minutes: 2 } });
    d.toMin(80).send({ type: 'action', action: { kind: 'anotherExercise' } });
    d.send({ type: 'action', action: { kind: 'startBreak' } });
    d.toMin(81).send({ type: 'action', action: { kind: 'sessionStart', exerciseId: 'ex-z' } });
    d.send({ type: 'action', action: { kind: 'sessionFinish' } });
    d.toMin(140);
    idle(d, 140, 150);
    d.toMin(151).send({ type: 'action', action: { kind: 'pause', until: d.t0 + 181 * MIN } });
    d.toMin(200).sleepTo(d.t0 + 400 * MIN);
    d.now -= 30 * MIN;
    d.send({ type: 'settings' });
    d.fullscreen = true;
    d.toMin(500);
    d.fullscreen = false;
    d.toMin(560).send({ type: 'action', action: { kind: 'skip' } });
    d.toMin(700);
  };

  it('a busy morning gives identical effects and states whether or not the state is reloaded from JSON before every event', () => {
    const live = day();
    const reloaded = day({ roundTrip: true });
    busyMorning(live);
    busyMorning(reloaded);
    expect(reloaded.log).toEqual(live.log);
    expect(reloaded.state).toEqual(live.state);
    expect(live.prompts.length).toBeGreaterThan(3);
    expect(new Set(live.history.map((h) => h.outcome))).toEqual(new Set(['natural', 'taken', 'skipped', 'ignored']));
  });
});

describe('stored state', () => {
  it.each([
    ['nothing stored', undefined],
    ['garbage', 'hello'],
    ['a future version', { version: 99 }],
    ['a half-written object', { version: 1, activity: 'active' }],
  ])('parseTracker(%s) → a fresh state, never throws', (_n, raw) => {
    const s = parseTracker(raw, 5);
    expect(s.version).toBe(2);
    expect(s.bout).toBeNull();
  });

  it('a corrupt stored state starts a fresh bout at the next event', () => {
    const d = day();
    d.state = parseTracker('corrupt', 0);
    d.toMin(5).send({ type: 'start', reason: 'worker', activity: 'active' });
    expect(d.state.bout?.start).toBe(MON_10 + 5 * MIN);
  });
});

const DEFAULT_DAYS = [
  { enabled: false, start: '09:00', end: '18:00' },
  ...Array.from({ length: 5 }, () => ({ enabled: true, start: '09:00', end: '18:00' })),
  { enabled: false, start: '09:00', end: '18:00' },
] as [
  { enabled: boolean; start: string; end: string },
  { enabled: boolean; start: string; end: string },
  { enabled: boolean; start: string; end: string },
  { enabled: boolean; start: string; end: string },
  { enabled: boolean; start: string; end: string },
  { enabled: boolean; start: string; end: string },
  { enabled: boolean; start: string; end: string },
];

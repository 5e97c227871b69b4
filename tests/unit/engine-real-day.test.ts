import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../core/engine';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { EngineDriver, MIN } from '../sim/engine-driver';
import { useBerlinTimeZone } from '../use-berlin-time-zone';

useBerlinTimeZone();

/** Monday 2 March 2026. */
const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime();
const WEEKDAYS = {
  enabled: true,
  days: DEFAULT_SETTINGS.workHours.days.map((d, i) => ({
    ...d,
    enabled: i >= 1 && i <= 5,
    start: '09:00',
    end: '18:00',
  })) as typeof DEFAULT_SETTINGS.workHours.days,
};
const start = (d: EngineDriver) => d.send({ type: 'start', reason: 'browser', activity: 'active' });
/** The browser was closed until t: no alarm fired; it starts again with the user at the screen. */
const reopenAt = (d: EngineDriver, t: number) => {
  d.now = t;
  d.alarm = null;
  start(d);
};
const promptTimes = (d: EngineDriver) => d.prompts.map((m) => d.t0 + m * MIN);

describe('1. a bout never starts before the user was seen', () => {
  it('work hours Mon–Fri 09–18: at the screen till 18:00, Chrome quit 18:10, opened Tuesday 09:40 → "just sat down", prompt at 10:25', () => {
    const d = new EngineDriver(at(2, 17, 0), { settings: { workHours: WEEKDAYS, repeatNudges: false } });
    start(d);
    d.runTo(at(2, 18, 10));
    reopenAt(d, at(3, 9, 40));
    expect(computeStatus(d.state, d.settings, d.now, MIN)).toMatchObject({ phase: 'active', boutStart: at(3, 9, 40), screenMs: 0 });
    d.runTo(at(3, 11, 0));
    expect(promptTimes(d).filter((t) => t > at(3, 0))).toEqual([at(3, 10, 25)]);
  });

  it('"pause until tomorrow" at 23:30, browser opened at 06:30 → prompt at 07:15, not 06:45', () => {
    const d = new EngineDriver(at(2, 23, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 23, 30)).send({ type: 'action', action: { kind: 'pause', until: 'tomorrow' } });
    reopenAt(d, at(3, 6, 30));
    d.runTo(at(3, 8, 0));
    expect(promptTimes(d)).toEqual([at(3, 7, 15)]);
  });

  it('a 1-h pause, then the browser closed across its end and opened 30 min later → a fresh bout from the opening', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 5)).send({ type: 'action', action: { kind: 'pause', until: at(2, 11, 5) } });
    reopenAt(d, at(2, 11, 35));
    expect(d.state.bout?.start).toBe(at(2, 11, 35));
  });
});

describe('2–5. sleeps, late alarms, clocks, being away', () => {
  it('a wake that fires between the last input and the idle report does not shorten the absence (seen in real Chromium)', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false, naturalBreakMin: 5 } });
    start(d);
    d.now = at(2, 10, 20);
    d.send({ type: 'alarm', scheduledTime: at(2, 10, 20), activity: 'active' }); // a quiet check, the user already gone since 10:17
    d.now = at(2, 10, 23);
    d.send({ type: 'activity', activity: 'idle', since: at(2, 10, 17) });
    d.now = at(2, 10, 24);
    d.send({ type: 'activity', activity: 'active' });
    expect(d.history.map((h) => h.outcome)).toEqual(['natural']);
    expect(d.state.bout?.start).toBe(at(2, 10, 24));
  });

  it('2. after a 2-h sleep, a "locked" event that arrives before the overdue alarm still shows the gap: no re-prompt, nothing logged as 166 min', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 14));
    d.now = at(2, 12, 30); // lid closed 10:14, opened 12:30; the lock report comes first
    d.send({ type: 'activity', activity: 'locked' });
    d.now = at(2, 12, 31);
    d.send({ type: 'activity', activity: 'active' });
    expect(d.prompts).toEqual([]);
    expect(d.history.every((h) => h.screenMs <= 15 * MIN)).toBe(true);
    expect(d.state.bout?.start).toBeGreaterThanOrEqual(at(2, 12, 30));
  });

  it('4. a sleep after continuous typing logs the bout with its screen time (to the last sign of life, 25-min grain)', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 40)); // typing without a pause; the lid closes at 10:40
    d.sleepTo(at(2, 13, 0));
    expect(d.history).toMatchObject([{ outcome: 'natural', start: at(2, 10, 0), screenMs: 25 * MIN }]);
  });

  it('4. the clock set back an hour during continuous typing keeps the bout (screen time to the last sign of life)', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 35));
    d.now = at(2, 9, 40); // set back by an hour at 10:40
    d.send({ type: 'settings' });
    expect(computeStatus(d.state, d.settings, d.now, MIN).screenMs).toBe(25 * MIN);
    expect(d.history).toEqual([]);
  });

  it('5. locked with the prompt due: one wake at away-since + 5 min ends the bout (badge off, logged ignored) with nobody back', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 46)).send({ type: 'activity', activity: 'locked' });
    expect(d.badge).toBe(true);
    d.runTo(at(2, 10, 52));
    expect(d.badge).toBe(false);
    expect(d.history.map((h) => h.outcome)).toEqual(['ignored']);
  });

  it('5. a lost "active" report is recovered at that wake (the alarm asks idle)', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 20)).send({ type: 'activity', activity: 'idle', since: at(2, 10, 19) });
    d.now = at(2, 10, 24);
    d.send({ type: 'alarm', scheduledTime: at(2, 10, 24), activity: 'active' });
    // The absence reached the threshold (a break), and the user is back: a fresh bout with its wake set.
    expect(d.state.activity).toBe('active');
    expect(d.state.bout?.start).toBe(at(2, 10, 24));
    expect(d.alarm).not.toBeNull();
  });
});

describe('7–9, 12. settings and buttons', () => {
  it('7. prompt at 45, interval raised to 90 at 46 → badge off, no nudges, prompt at 90', () => {
    const d = new EngineDriver(at(2, 10, 0));
    start(d);
    d.runTo(at(2, 10, 46));
    d.settings = { ...d.settings, intervalMin: 90 };
    d.send({ type: 'settings' });
    expect(d.badge).toBe(false);
    d.runTo(at(2, 11, 31));
    expect(promptTimes(d)).toEqual([at(2, 10, 45), at(2, 11, 30)]);
    expect(d.nudges).toEqual([]);
  });

  it('8. a night shift 22:00–06:00 is one period: a bout from 23:00 prompts at 23:45 and ends at 06:00', () => {
    const days = WEEKDAYS.days.map((x) => ({ ...x, start: '22:00', end: '06:00' })) as typeof WEEKDAYS.days;
    const d = new EngineDriver(at(3, 23, 0), { settings: { repeatNudges: false, workHours: { enabled: true, days } } });
    start(d);
    d.runTo(at(4, 0, 30));
    expect(promptTimes(d)).toEqual([at(3, 23, 45)]);
    d.runTo(at(4, 6, 1));
    expect(d.state.bout).toBeNull();
  });

  it('8. adjacent periods are one stretch: Tuesday 18:00–24:00 then Wednesday 00:00–02:00, a bout from 23:30 runs on past midnight and prompts at 00:15', () => {
    const days = WEEKDAYS.days.map((x, i) =>
      i === 2
        ? { ...x, enabled: true, start: '18:00', end: '00:00' }
        : i === 3
          ? { ...x, enabled: true, start: '00:00', end: '02:00' }
          : { ...x, enabled: false },
    ) as typeof WEEKDAYS.days;
    const d = new EngineDriver(at(3, 23, 30), { settings: { repeatNudges: false, workHours: { enabled: true, days } } });
    start(d);
    d.runTo(at(4, 0, 5));
    // Midnight is no break: the same bout, nothing logged.
    expect(d.state.bout?.start).toBe(at(3, 23, 30));
    expect(d.history).toEqual([]);
    d.runTo(at(4, 0, 20));
    expect(promptTimes(d)).toEqual([at(4, 0, 15)]);
  });

  it('8. a night shift across the DST night (28→29 March) still ends at 06:00 local', () => {
    const days = WEEKDAYS.days.map((x) => ({ ...x, enabled: true, start: '22:00', end: '06:00' })) as typeof WEEKDAYS.days;
    const d = new EngineDriver(new Date(2026, 2, 28, 23, 0).getTime(), {
      settings: { repeatNudges: false, workHours: { enabled: true, days } },
    });
    start(d);
    d.runTo(new Date(2026, 2, 29, 5, 59).getTime());
    expect(d.state.bout).not.toBeNull();
    d.runTo(new Date(2026, 2, 29, 6, 1).getTime());
    expect(d.state.bout).toBeNull();
  });

  // Found by the property test (computeStatus = the engine caught up).
  it('8. a pause ending at 17:58, its wake 3 min late at 18:01 (work hours end at 18:00): the popup shows no bout, as the engine does', () => {
    const d = new EngineDriver(at(2, 17, 40), { settings: { workHours: WEEKDAYS } });
    start(d);
    d.runTo(at(2, 17, 45)).send({ type: 'action', action: { kind: 'pause', until: at(2, 17, 58) } });
    d.now = at(2, 18, 1); // a busy machine: the wake at 17:58 comes 3 min late (under the gap tolerance)
    const popup = computeStatus(d.state, d.settings, d.now, MIN);
    d.send({ type: 'settings' });
    expect(d.state.bout).toBeNull();
    expect(popup).toMatchObject({ phase: 'outside', boutStart: null, screenMs: 0 });
    expect(popup).toEqual(computeStatus(d.state, d.settings, d.now, MIN));
  });

  it('9. snooze 10 min with nothing due postpones the next prompt by 10 min, and the status shows it', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 30)).send({ type: 'action', action: { kind: 'snooze', minutes: 10 } });
    expect(computeStatus(d.state, d.settings, d.now, MIN).nextPromptAt).toBe(at(2, 10, 55));
    d.runTo(at(2, 11, 0));
    expect(promptTimes(d)).toEqual([at(2, 10, 55)]);
  });

  it.each([
    ['snoozed for 5 min', { kind: 'snooze', minutes: 5 } as const, [at(2, 10, 45), at(2, 10, 50) + 30_000], [at(2, 10, 55) + 30_000]],
    ['due and ignored (nudges on)', null, [at(2, 10, 45)], [at(2, 10, 50), at(2, 10, 55)]],
  ])(
    'a prompt %s survives a 2-minute reading pause: nothing new on return, the re-show and nudges keep their times',
    (_story, action, shows, nudges) => {
      const d = new EngineDriver(at(2, 10, 0));
      start(d);
      d.runTo(at(2, 10, 45) + 30_000);
      if (action) d.send({ type: 'action', action });
      d.runTo(at(2, 10, 46) + 30_000).send({ type: 'activity', activity: 'idle', since: at(2, 10, 45) + 30_000 });
      d.runTo(at(2, 10, 47) + 30_000).send({ type: 'activity', activity: 'active' });
      expect(d.badge).toBe(true);
      d.runTo(at(2, 10, 56));
      expect(promptTimes(d)).toEqual(shows);
      expect(d.nudges.map((m) => d.t0 + m * MIN)).toEqual(nudges);
      expect(d.history).toEqual([]);
    },
  );

  it('12. "I already moved" pressed twice within a minute logs one break', () => {
    const d = new EngineDriver(at(2, 10, 0));
    start(d);
    d.runTo(at(2, 10, 30)).send({ type: 'action', action: { kind: 'moved' } });
    d.runTo(at(2, 10, 30) + 40_000).send({ type: 'action', action: { kind: 'moved' } });
    expect(d.history.map((h) => h.outcome)).toEqual(['moved']);
  });
});

describe('11. the running minute', () => {
  it('a minute started while the prompt is due: no nudge during it, "Break in progress", logged once at its end with the popup closed', () => {
    const d = new EngineDriver(at(2, 10, 0));
    start(d);
    d.runTo(at(2, 10, 45));
    d.runTo(at(2, 10, 46)).send({ type: 'action', action: { kind: 'sessionStart', exerciseId: 'ex-a', plannedMs: 60_000 } });
    expect(computeStatus(d.state, d.settings, d.now + 4_000, MIN).phase).toBe('break');
    d.runTo(at(2, 10, 50));
    expect(d.nudges).toEqual([]);
    expect(d.history).toMatchObject([{ outcome: 'taken', exerciseId: 'ex-a', end: at(2, 10, 47) }]);
    // The popup reports the end too: nothing more is logged.
    d.send({ type: 'action', action: { kind: 'sessionFinish' } });
    expect(d.history).toHaveLength(1);
    expect(d.state.bout?.start).toBe(at(2, 10, 47));
  });

  // Found by the property test (a bout never starts before the user was seen).
  it('a minute started, then the lid closed for an hour: the minute is logged at its end, the next bout starts when the lid opens', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 46)).send({ type: 'action', action: { kind: 'sessionStart', exerciseId: 'ex-a', plannedMs: 60_000 } });
    d.sleepTo(at(2, 11, 46));
    expect(d.history).toMatchObject([{ outcome: 'taken', end: at(2, 10, 47) }]);
    expect(d.state.bout?.start).toBe(at(2, 11, 46));
    d.runTo(at(2, 12, 40));
    expect(promptTimes(d)).toEqual([at(2, 10, 45), at(2, 12, 31)]);
  });

  it('a minute started, then the screen locked (the user left): it ends by itself, and no bout runs until the screen is unlocked', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.runTo(at(2, 10, 46)).send({ type: 'action', action: { kind: 'sessionStart', exerciseId: 'ex-a', plannedMs: 60_000 } });
    d.runTo(at(2, 10, 46) + 20_000).send({ type: 'activity', activity: 'locked' });
    d.runTo(at(2, 11, 30));
    expect(d.history).toMatchObject([{ outcome: 'taken', end: at(2, 10, 47) }]);
    expect(d.state.bout).toBeNull();
    expect(computeStatus(d.state, d.settings, d.now, MIN).phase).toBe('away');
    d.send({ type: 'activity', activity: 'active' });
    expect(d.state.bout?.start).toBe(at(2, 11, 30));
  });

  it("the notification's Start button starts the minute on the picked exercise", () => {
    const d = new EngineDriver(at(2, 10, 0));
    start(d);
    d.runTo(at(2, 10, 45)).send({ type: 'action', action: { kind: 'startBreak' } });
    expect(d.state.session).toMatchObject({ exerciseId: d.state.exerciseId, startedAt: at(2, 10, 45) });
  });
});

/** From `from`, a tab with sound (or a call sharing the camera) and no input after `quietAt`: the person listens. */
function listening(from: number, quietAt: number, sharing = false): EngineDriver {
  const d = new EngineDriver(from, { settings: { repeatNudges: false } });
  start(d);
  d.setMedia(true, sharing);
  d.runTo(quietAt + MIN).send({ type: 'activity', activity: 'idle', since: quietAt });
  return d;
}

describe('videos and calls count as sitting', () => {
  it('a 40-minute video call with no input (a tab with sound) keeps the bout: the prompt due at 10:45 is held, and shown with the call text 30 s after the sound stops at 11:00', () => {
    const d = listening(at(2, 10, 0), at(2, 10, 20));
    d.runTo(at(2, 11, 0));
    expect(d.history).toEqual([]);
    expect(d.state.bout?.start).toBe(at(2, 10, 0));
    expect(d.prompts).toEqual([]);
    d.setMedia(false);
    d.send({ type: 'activity', activity: 'active' });
    d.runTo(at(2, 11, 2));
    expect(promptTimes(d)).toEqual([at(2, 11, 0) + 30_000]);
    expect(d.words[0]?.cause).toBe('callEnded');
  });

  it('a 90-min call listened to (sound only, no input) is sitting, not a break: due at 10:45, the prompt comes when it ends at 11:30', () => {
    const d = listening(at(2, 10, 0), at(2, 10, 0));
    d.runTo(at(2, 11, 30));
    d.setMedia(false);
    d.runTo(at(2, 11, 32));
    expect(d.history).toEqual([]);
    expect(promptTimes(d)).toEqual([at(2, 11, 30) + 30_000]);
    expect(d.words[0]).toMatchObject({ cause: 'callEnded', satMin: 90 });
  });

  it('music left on over lunch with nobody there: sitting for up to 2 h, the reminder at the 60-min hold, then away from the cap on (never re-dated back to the last input)', () => {
    const d = listening(at(2, 12, 0), at(2, 12, 10));
    d.runTo(at(2, 13, 44));
    expect(d.prompts).toEqual([]); // due at 12:45, held while the sound plays
    d.runTo(at(2, 14, 30));
    expect(promptTimes(d)).toEqual([at(2, 13, 45)]);
    expect(d.history).toMatchObject([{ outcome: 'ignored', end: at(2, 14, 10), screenMs: 130 * MIN }]);
  });

  it('a 2-hour call with no input (camera shared) is sitting: the prompt is held for the 60-min call cap, then shown', () => {
    const d = listening(at(2, 10, 0), at(2, 10, 30), true);
    d.runTo(at(2, 12, 0));
    expect(promptTimes(d)).toEqual([at(2, 11, 45)]);
    expect(d.history).toEqual([]);
    expect(d.state.bout?.start).toBe(at(2, 10, 0));
  });

  it('the sound stopping while nobody touches anything ends the spell when it went quiet, once 30 s of silence confirm it', () => {
    const d = listening(at(2, 10, 0), at(2, 10, 10));
    d.runTo(at(2, 10, 20));
    d.setMedia(false);
    expect(d.state.activity).toBe('active'); // one silent look is not the end
    d.runTo(at(2, 10, 40));
    expect(d.history).toMatchObject([{ outcome: 'natural', end: at(2, 10, 20) }]);
  });

  it('a 10-s silence between speakers (sound gone at 10:20, back at 10:20:10) does not end the spell or the call', () => {
    const d = listening(at(2, 10, 0), at(2, 10, 10));
    d.runTo(at(2, 10, 20));
    d.setMedia(false);
    d.now += 10_000;
    d.setMedia(true);
    d.runTo(at(2, 10, 40));
    expect(d.history).toEqual([]);
    expect(d.state.mediaSince).toBe(at(2, 10, 10));
    expect(d.state.call).toMatchObject({ since: at(2, 10, 0), quietSince: null });
  });

  it('with "Count videos and calls as sitting" off, idle with sound is an absence as before', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false, countMediaAsSitting: false } });
    start(d);
    d.media = { audible: true, sharing: false };
    d.runTo(at(2, 10, 21)).send({ type: 'activity', activity: 'idle', since: at(2, 10, 20) });
    d.runTo(at(2, 10, 40)).send({ type: 'activity', activity: 'active' });
    expect(d.history).toMatchObject([{ outcome: 'natural', end: at(2, 10, 20) }]);
  });

  it('a locked screen is always away, sound or not', () => {
    const d = new EngineDriver(at(2, 10, 0), { settings: { repeatNudges: false } });
    start(d);
    d.media = { audible: true, sharing: true };
    d.runTo(at(2, 10, 20)).send({ type: 'activity', activity: 'locked' });
    d.runTo(at(2, 10, 40)).send({ type: 'activity', activity: 'active' });
    expect(d.history).toMatchObject([{ outcome: 'natural', end: at(2, 10, 20) }]);
  });
});

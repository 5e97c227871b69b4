import { describe, expect, it } from 'vitest';
import { computeStatus, PROMPT_PHRASINGS } from '../../core/engine';
import type { Settings } from '../../core/settings/settings';
import { EngineDriver, MIN } from '../sim/engine-driver';
import { useBerlinTimeZone } from '../use-berlin-time-zone';

useBerlinTimeZone();

/**
 * The right moment, as stories on the pure engine with the real defaults: a
 * prompt waits up to 3 min for a natural pause (15 s without input, a switch
 * of tab or window, the end of a call), is held through a call up to 60 min
 * and shows with the call's words within 30 s of it ending; snoozes are
 * limited; the words change every time.
 */
const at = (h: number, m: number, s = 0) => new Date(2026, 2, 2, h, m, s).getTime(); // Monday
const WAIT = { pauseWaitMin: 3 };

/** A person typing from 10:00, with the real natural-pause wait (3 min). */
function typing(settings: Partial<Settings> = {}) {
  const d = new EngineDriver(at(10, 0), { settings: { repeatNudges: false, ...WAIT, ...settings } });
  d.send({ type: 'start', reason: 'browser', activity: 'active' });
  return d;
}
const shownAt = (d: EngineDriver) => d.prompts.map((m) => d.t0 + m * MIN);
/** The idle report of a 15-s pause, under the wait's short detection interval. */
const pause = (d: EngineDriver, t: number) => {
  d.runTo(t);
  d.send({ type: 'activity', activity: 'idle', since: t - 15_000, pause: true });
};
const sound = (d: EngineDriver, on: boolean, t: number) => {
  d.runTo(t);
  d.media = { audible: on, sharing: false };
  d.send({ type: 'media' });
};

describe('a natural pause', () => {
  it('typing through 10:45, a pause from 10:46:20 → the prompt at 10:46:35 (the 15-s idle report); the badge from 10:45', () => {
    const d = typing();
    d.runTo(at(10, 45, 1));
    expect(d.prompts).toEqual([]);
    expect(d.badge).toBe(true);
    expect(computeStatus(d.state, d.settings, d.now, MIN).phase).toBe('due');
    pause(d, at(10, 46, 35));
    expect(shownAt(d)).toEqual([at(10, 46, 35)]);
    // The pause was a pause, not an absence: no credit, the bout and its screen time unchanged.
    expect(d.state.activity).toBe('active');
    expect(d.state.bout?.creditedMs).toBe(0);
  });

  it('a switch of tab at 10:45:40 → the prompt then', () => {
    const d = typing();
    d.runTo(at(10, 45, 40));
    d.send({ type: 'switch' });
    expect(shownAt(d)).toEqual([at(10, 45, 40)]);
  });

  it('typing with no pause at all → the prompt at the cap, 10:48, never later; and never before 10:45', () => {
    const d = typing();
    d.runTo(at(10, 44, 59));
    d.send({ type: 'switch' }); // a switch before the prompt is due is no reason to show it early
    d.runTo(at(10, 50));
    expect(shownAt(d)).toEqual([at(10, 48)]);
    // One extra alarm for the wait (the cap), no polling.
    expect(d.log.filter((l) => l.event.type === 'alarm').map((l) => l.at)).toEqual([at(10, 25), at(10, 45), at(10, 48)]);
  });

  it('a wait of 0 shows the prompt on the dot', () => {
    const d = typing({ pauseWaitMin: 0 }).runTo(at(10, 46));
    expect(shownAt(d)).toEqual([at(10, 45)]);
  });

  it('the usual 60-s idle report during the wait shows it, and counts as an absence as always (credited on return)', () => {
    const d = typing();
    d.runTo(at(10, 46));
    d.send({ type: 'activity', activity: 'idle', since: at(10, 45) });
    expect(shownAt(d)).toEqual([at(10, 46)]);
    d.runTo(at(10, 47)).send({ type: 'activity', activity: 'active' });
    expect(d.state.bout?.creditedMs).toBe(2 * MIN);
  });

  it('the end of a snooze waits for a pause too, and says the snooze is over', () => {
    const d = typing({ pauseWaitMin: 0 }).runTo(at(10, 45));
    d.settings = { ...d.settings, pauseWaitMin: 3 };
    d.send({ type: 'action', action: { kind: 'snooze', minutes: 5 } });
    d.runTo(at(10, 51));
    expect(shownAt(d)).toEqual([at(10, 45)]);
    d.send({ type: 'switch' });
    expect(shownAt(d)).toEqual([at(10, 45), at(10, 51)]);
    expect(d.words[1]?.cause).toBe('snoozed');
  });
});

describe('calls: held while they run, shown when they end', () => {
  it('call 10:20–11:05, typing through it, due at 10:45 → no prompt in the call; at 11:05:30 with the call text', () => {
    const d = typing();
    sound(d, true, at(10, 20));
    d.runTo(at(11, 5));
    expect(d.prompts).toEqual([]);
    expect(d.badge).toBe(true);
    expect(computeStatus(d.state, d.settings, d.now, MIN).phase).toBe('deferred');
    sound(d, false, at(11, 5));
    d.runTo(at(11, 6));
    expect(shownAt(d)).toEqual([at(11, 5, 30)]);
    expect(d.words[0]).toMatchObject({ cause: 'callEnded', callMin: 45, satMin: 65 });
  });

  it('short silences (10 s, a paused video) do not end a call', () => {
    const d = typing();
    sound(d, true, at(10, 20));
    for (const m of [46, 50, 55]) {
      sound(d, false, at(10, m));
      sound(d, true, at(10, m, 10));
    }
    d.runTo(at(11, 0));
    expect(d.prompts).toEqual([]);
  });

  it('a call of 40 min ending at 11:00 when the bout is past half the interval offers the break then ("a 40-min call")', () => {
    const d = typing({ intervalMin: 90 });
    sound(d, true, at(10, 20));
    sound(d, false, at(11, 0));
    d.runTo(at(11, 1));
    expect(shownAt(d)).toEqual([at(11, 0, 30)]);
    expect(d.words[0]).toMatchObject({ cause: 'longCall', callMin: 40 });
    // Offered early, it is a real prompt: Start, Snooze or Skip, and an interval raised later does not withdraw it.
    d.settings = { ...d.settings, intervalMin: 120 };
    d.send({ type: 'settings' });
    expect(d.state.prompt?.phase).toBe('due');
  });

  it('a 15-min call, or one that ends early in the bout, offers nothing', () => {
    const short = typing({ intervalMin: 90 });
    sound(short, true, at(10, 40));
    sound(short, false, at(10, 55));
    short.runTo(at(11, 0));
    const early = typing({ intervalMin: 90 });
    sound(early, true, at(10, 0, 30));
    sound(early, false, at(10, 30));
    early.runTo(at(10, 35));
    expect([short.prompts, early.prompts]).toEqual([[], []]);
  });

  it('music all afternoon: the prompt due at 10:45 is held for the 60-min cap, then shows at the next natural pause', () => {
    const d = typing();
    sound(d, true, at(10, 0, 30));
    d.runTo(at(11, 45, 30));
    expect(d.prompts).toEqual([]);
    pause(d, at(11, 46, 10));
    expect(shownAt(d)).toEqual([at(11, 46, 10)]);
  });

  it('"Calls and videos: 0" does not wait for sound: the prompt at the first pause after 10:45', () => {
    const d = typing({ callWaitMin: 0 });
    sound(d, true, at(10, 20));
    pause(d, at(10, 45, 20));
    expect(shownAt(d)).toEqual([at(10, 45, 20)]);
  });

  it('Firefox: a call sharing camera and microphone holds the prompt just the same, whatever the input', () => {
    const d = typing();
    d.runTo(at(10, 30));
    d.media = { audible: false, sharing: true };
    d.send({ type: 'media' });
    pause(d, at(10, 50));
    expect(d.prompts).toEqual([]);
    d.media = { audible: false, sharing: false };
    d.runTo(at(11, 0));
    d.send({ type: 'media' });
    d.runTo(at(11, 1));
    expect(shownAt(d)).toEqual([at(11, 0, 30)]);
  });
});

describe('an honest snooze', () => {
  it('third snooze refused: prompt at 10:45, snoozed at 10:46 and 10:52, the third at 10:58 changes nothing', () => {
    const d = typing({ pauseWaitMin: 0 });
    d.runTo(at(10, 46)).send({ type: 'action', action: { kind: 'snooze', minutes: 5 } });
    d.runTo(at(10, 52)).send({ type: 'action', action: { kind: 'snooze', minutes: 5 } });
    d.runTo(at(10, 58));
    const before = d.state;
    d.send({ type: 'action', action: { kind: 'snooze', minutes: 5 } });
    expect(d.state).toBe(before);
    expect(d.words.at(-1)).toBeDefined();
    expect(d.log.at(-2)?.effects.find((e) => e.type === 'showNotification')).toMatchObject({ snoozesLeft: 0 });
  });
});

describe('messages that do not wear out', () => {
  it(`a day of prompts uses the ${PROMPT_PHRASINGS} phrasings, never the same twice in a row, each saying how long the person sat`, () => {
    const d = typing({ pauseWaitMin: 0, intervalMin: 20 });
    for (let i = 0; i < 24; i += 1) {
      d.runTo(d.now + 21 * MIN);
      d.send({ type: 'action', action: { kind: 'skip' } });
    }
    const phrases = d.words.map((w) => w.phrase);
    expect(phrases.length).toBeGreaterThanOrEqual(20);
    expect(phrases.every((p, i) => i === 0 || p !== phrases[i - 1])).toBe(true);
    expect(new Set(phrases).size).toBeGreaterThanOrEqual(PROMPT_PHRASINGS - 2);
    expect(d.words.every((w) => w.satMin >= 20)).toBe(true);
  });
});

describe('defects of 0.2.0, fixed', () => {
  it('a 35-min lid close (no lock report) while an ignored prompt waits: the sign of life comes late, the bout ends, no screen time counted for the closure', () => {
    const d = typing({ pauseWaitMin: 0 });
    d.runTo(at(11, 10)); // prompt 10:45, nudges off: ignored
    d.sleepTo(at(11, 45));
    expect(d.history).toMatchObject([{ outcome: 'ignored' }]);
    expect(d.state.bout?.start).toBe(at(11, 45));
  });

  it('"pause until tomorrow" is a local date: after a flight from Berlin to New York it still ends at 06:00 local, 12:00 in Berlin', () => {
    const d = typing();
    d.runTo(at(22, 0)).send({ type: 'action', action: { kind: 'pause', until: 'tomorrow' } });
    expect(d.state.pausedUntilDay).toBe('2026-03-03');
    expect(d.state.pausedUntil).toBe(at(6, 0) + 24 * 60 * MIN);
    process.env.TZ = 'America/New_York';
    try {
      d.runTo(d.now + 60 * MIN).send({ type: 'activity', activity: 'active' });
      expect(new Date(d.state.pausedUntil as number).getHours()).toBe(6);
    } finally {
      process.env.TZ = 'Europe/Berlin';
    }
    expect(d.state.pausedUntil).toBe(at(12, 0) + 24 * 60 * MIN);
  });
});

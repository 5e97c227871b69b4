import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXERCISES } from '../../content/exercises';
import { parseTracker } from '../../core/engine';
import { NOTIFICATION_ID } from '../../entrypoints/background/prompt-ui';
import { MIN, WorkerDriver } from '../sim/worker-driver';

const T0 = new Date(2026, 2, 2, 10, 0).getTime();
let w: WorkerDriver;

const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const outcomes = () => w.outcomes();

beforeEach(() => {
  w = new WorkerDriver(T0);
});

describe('the worker on a real day (WXT fake browser)', () => {
  it('a minute started in the popup while the prompt is due: no nudge, stored as `session`, logged once with the popup closed', async () => {
    await w.start();
    await w.runTo(T0 + 46 * MIN);
    const shown = w.did.notification;
    const exerciseId = parseTracker(await local('tracker')).exerciseId!;
    await w.request({ type: 'action', action: { kind: 'sessionStart', exerciseId, plannedMs: 60_000 } });
    expect(await local('session')).toMatchObject({ exerciseId, startedAt: T0 + 46 * MIN, plannedMs: 60_000 });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    await w.runTo(T0 + 55 * MIN); // the popup was closed: nobody reports the end
    expect(w.did.notification).toBe(shown);
    expect(await outcomes()).toEqual(['taken']);
    expect((await local('session')) ?? null).toBeNull(); // cleared for the pages
    await w.request({ type: 'action', action: { kind: 'sessionFinish' } }); // a late report from a popup
    expect(await outcomes()).toEqual(['taken']);
  });

  it('a guided minute on hold when 0.1.0 was updated: the new worker takes it over, resumes it and logs it once it ends', async () => {
    // As 0.1.0 left it: tracker v1 (no session, no postponedMs, no mediaSince), the minute only under `session`.
    const { session: _s, mediaSince: _m, bout: _b, ...v2 } = parseTracker(null, T0, 1);
    const exerciseId = EXERCISES[0]!.id;
    await fakeBrowser.storage.local.set({
      tracker: {
        ...v2,
        version: 1,
        activity: 'active',
        readySince: null,
        bout: { start: T0 - 10 * MIN, creditedMs: 0, snoozes: 0 },
        exerciseId,
        lastEventAt: T0 - MIN,
      },
      session: { exerciseId, startedAt: T0 - 2 * MIN, pausedAt: T0 - 2 * MIN + 20_000, pausedMs: 0 },
    });
    await w.start();
    expect(parseTracker(await local('tracker'), w.clock).session).toEqual({
      exerciseId,
      startedAt: T0 - 2 * MIN,
      pausedAt: T0 - 2 * MIN + 20_000,
      pausedMs: 0,
      plannedMs: MIN,
    });
    await w.request({ type: 'action', action: { kind: 'sessionResume' } });
    expect(await local('session')).toMatchObject({ pausedAt: null, pausedMs: 100_000 });
    await w.runTo(T0 + 2 * MIN); // 40 s were left; the popup is closed
    expect(await outcomes()).toEqual(['early']);
    expect((await local('session')) ?? null).toBeNull();
  });

  it("the notification's Start button starts the minute (stored for the popup it opens)", async () => {
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    await fakeBrowser.notifications.onButtonClicked.trigger(NOTIFICATION_ID, 0);
    await w.settled();
    expect(await local('session')).toMatchObject({ startedAt: T0 + 45 * MIN, pausedAt: null });
  });

  it('a tab playing sound keeps the bout through idle (a 40-minute call is not a break)', async () => {
    await w.start();
    await w.runTo(T0 + 21 * MIN);
    w.platform.audible = true;
    await w.platform.setIdle('idle');
    await w.settled();
    await w.runTo(T0 + 61 * MIN);
    w.platform.audible = false;
    await w.platform.setIdle('active');
    await w.settled();
    expect(await outcomes()).toEqual([]);
    expect(parseTracker(await local('tracker')).bout?.start).toBe(T0);
  });

  it.each([
    ['a silence of 10 s between speakers keeps the spell and the bout', true, []],
    ['sound that really stopped ends the spell where it went quiet, once 30 s of silence confirm it', false, ['natural']],
  ])('audio smoothing: %s', async (_name, speakerResumes, logged) => {
    await w.start();
    await w.runTo(T0 + 21 * MIN);
    await w.sound(true);
    await w.platform.setIdle('idle');
    await w.settled();
    await w.runTo(T0 + 30 * MIN);
    await w.sound(false); // tabs.onUpdated: audible false
    expect((await w.tracker()).activity).toBe('active');
    w.clock += 10_000;
    if (speakerResumes) await w.sound(true);
    await w.runTo(T0 + 40 * MIN);
    expect(await outcomes()).toEqual(logged);
    if (speakerResumes) expect(parseTracker(await local('tracker')).bout?.start).toBe(T0);
    else expect((await w.history())[0]?.end).toBe(T0 + 30 * MIN);
  });

  it('each install gets its own picker seed', async () => {
    await w.start({}, { random: () => 0.25 });
    const a = parseTracker(await local('tracker'));
    fakeBrowser.reset();
    w = new WorkerDriver(T0);
    await w.start({}, { random: () => 0.75 });
    const b = parseTracker(await local('tracker'));
    expect(a.seed).not.toBe(b.seed);
  });

  it('a clock set a year ahead by mistake, then put right, never prunes the history', async () => {
    const DAY = 24 * 60 * MIN;
    const past = [30, 10, 1].map((d) => ({
      start: T0 - d * DAY - 45 * MIN,
      end: T0 - d * DAY,
      screenMs: 40 * MIN,
      outcome: 'taken',
      snoozes: 0,
    }));
    await fakeBrowser.storage.local.set({ history: { version: 1, entries: past } });
    await w.start();
    await w.runTo(T0 + 30 * MIN); // a sign of life at 25 min
    w.clock = T0 + 365 * DAY + 30 * MIN; // the user types the wrong year
    await w.request({ type: 'action', action: { kind: 'moved' } });
    // The jump reads as a year away (the bout ends as a natural break); the old log stays.
    expect(await outcomes()).toEqual(['taken', 'taken', 'taken', 'natural']);
    w.clock = T0 + 40 * MIN; // put right: a new bout, a break taken 20 min in
    await w.platform.setIdle('active');
    await w.settled();
    await w.runTo(T0 + 60 * MIN);
    await w.request({ type: 'action', action: { kind: 'moved' } });
    expect((await outcomes()).slice(0, 3)).toEqual(['taken', 'taken', 'taken']);
    expect(await outcomes()).toHaveLength(5);
  });
});

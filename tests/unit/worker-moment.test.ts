import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAUSE_INPUT_S } from '../../core/engine';
import { ALARM_NAME } from '../../entrypoints/background/ensure-alarm';
import { NOTIFICATION_ID } from '../../entrypoints/background/prompt-ui';
import { IDLE_DETECTION_S } from '../../entrypoints/background/worker-probes';
import { MIN, WorkerDriver } from '../sim/worker-driver';

/**
 * The right moment on the real worker (startBackground on WXT's fake
 * browser): the idle API's interval for the wait, the tab and sound events,
 * a worker killed during the wait, the pin state, Firefox's facts.
 */
const T0 = new Date(2026, 2, 2, 10, 0).getTime();
const DUE = T0 + 45 * MIN;
const WAIT = { pauseWaitMin: 3, repeatNudges: false };
let w: WorkerDriver;

beforeEach(() => {
  w = new WorkerDriver(T0);
});

const notifications = async () =>
  fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string; buttons?: unknown[] }>>;
const message = async () => (await notifications())[NOTIFICATION_ID]?.message ?? null;

describe('the natural-pause wait in the worker', () => {
  it('sets a 15-s idle interval only while a prompt waits, and puts the usual one back once it shows', async () => {
    await w.start(WAIT);
    expect(w.platform.detectionInterval).toBe(IDLE_DETECTION_S);
    await w.runTo(DUE);
    expect(w.shown).toEqual([]);
    expect(await w.badge()).toBe('!');
    expect(w.platform.detectionInterval).toBe(PAUSE_INPUT_S);
    w.clock = DUE + 50_000;
    await w.setIdle('idle'); // 15 s without input
    expect(w.shown).toEqual([DUE + 50_000]);
    expect(w.platform.detectionInterval).toBe(IDLE_DETECTION_S);
    // A pause, not an absence: the person is still at the screen, nothing credited.
    const t = await w.tracker();
    expect([t.activity, t.bout?.creditedMs]).toEqual(['active', 0]);
    // Chrome re-reads idle with the longer interval: "active" again, which changes nothing.
    await w.setIdle('active');
    expect((await w.tracker()).bout?.creditedMs).toBe(0);
  });

  it('a tab switch (tabs.onActivated) shows the waiting prompt; one before it is due does nothing', async () => {
    await w.start(WAIT);
    await w.runTo(DUE - MIN);
    await w.switchTab();
    expect(w.shown).toEqual([]);
    await w.runTo(DUE + 20_000);
    await w.switchTab();
    expect(w.shown).toEqual([DUE + 20_000]);
  });

  it('a worker killed during the wait resumes it: the short interval again, one prompt, at the cap', async () => {
    await w.start(WAIT);
    await w.runTo(DUE + MIN);
    await w.restart();
    expect(w.platform.detectionInterval).toBe(PAUSE_INPUT_S);
    expect(w.shown).toEqual([]);
    await w.runTo(DUE + 10 * MIN);
    expect(w.shown).toEqual([DUE + 3 * MIN]);
  });

  it('a worker start at the due wake costs one write and one alarm (the reconcile does it; the alarm after it is a no-op)', async () => {
    await w.start({ pauseWaitMin: 0 });
    await w.runTo(DUE - MIN);
    w.clock = DUE;
    const alarm = (await fakeBrowser.alarms.get(ALARM_NAME))!;
    await fakeBrowser.alarms.clear(ALARM_NAME);
    await w.restart(); // counts writes afresh
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await w.settled();
    expect(w.platform.writes.local).toBe(1);
    expect(w.did.alarmCreated).toBe(1);
    expect(w.shown).toEqual([DUE]);
  });
});

describe('calls in the worker (tabs.onUpdated)', () => {
  it('a call from 10:20 to 11:05 with typing: no notification in it; "Your call just ended" 30 s after the sound stops', async () => {
    await w.start(WAIT);
    await w.runTo(T0 + 20 * MIN);
    await w.sound(true);
    await w.runTo(T0 + 65 * MIN);
    expect(w.shown).toEqual([]);
    expect(await w.badge()).toBe('!');
    await w.sound(false);
    await w.runTo(T0 + 66 * MIN);
    expect(w.shown).toEqual([T0 + 65 * MIN + 30_000]);
    expect(await message()).toMatch(/^Your call just ended: stand up for a minute\. Next up: .+\./);
  });

  it('Firefox: a call sharing the camera holds the prompt; no buttons, a click starts the break', async () => {
    await w.start(WAIT, { firefox: true });
    await w.runTo(T0 + 30 * MIN);
    w.platform.sharing = true;
    await fakeBrowser.tabs.onUpdated.trigger(9_002, { sharingState: { camera: true } } as never, { id: 9_002 } as never);
    await w.settled();
    await w.runTo(T0 + 60 * MIN);
    expect(w.shown).toEqual([]);
    w.platform.sharing = false;
    await fakeBrowser.tabs.onRemoved.trigger(9_002, { windowId: 1, isWindowClosing: false });
    await w.settled();
    await w.runTo(T0 + 61 * MIN);
    expect(w.shown).toEqual([T0 + 60 * MIN + 30_000]);
    const n = (await notifications())[NOTIFICATION_ID]!;
    expect(n.buttons).toBeUndefined();
    expect(n.message).toMatch(/^Your call just ended.*Click to start\.$/);
  });
});

describe('a prompt that is seen', () => {
  it.each([
    ['pinned: the badge alone, as asked', true, 0],
    ['unpinned (Chrome cannot show the badge): the notification anyway', false, 1],
    ['unknown (Firefox): the badge alone, as asked', null, 0],
  ] as const)('prompt style "badge", icon %s', async (_name, pinned, notifications) => {
    await w.start({ promptStyle: 'badge' }, { pinned: async () => pinned });
    await w.runTo(DUE + MIN);
    expect(w.shown).toHaveLength(notifications);
    expect(await w.badge()).toBe('!');
  });
});

describe('how long the person has really been idle', () => {
  it('an idle report after a 35-min lid close (idle for 35 min by queryState) ends the bout as a natural break where it began', async () => {
    await w.start({ pauseWaitMin: 0 });
    await w.runTo(T0 + 26 * MIN); // the sign of life at 10:25, then the lid closes
    w.clock = T0 + 55 * MIN; // opened: the next wake (10:50) only 5 min late, within the tolerance
    w.platform.idleForS = 35 * 60;
    await w.setIdle('idle');
    const h = await w.history();
    expect(h.map((e) => e.outcome)).toEqual(['natural']);
    expect(h[0]!.end).toBeLessThanOrEqual(T0 + 50 * MIN);
  });
});

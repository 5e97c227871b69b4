import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXERCISES } from '../../content/exercises';
import { DEFAULT_SETTINGS } from '../../core/settings/settings';
import { ALARM_NAME } from '../../entrypoints/background/ensure-alarm';
import { NOTIFICATION_ID } from '../../entrypoints/background/prompt-ui';
import { readSettings, saveSettings } from '../../utils/storage/settings-store';
import { MIN, WorkerDriver } from '../sim/worker-driver';
import { ON_THE_DOT } from '../sim/engine-driver';
import { SIGN_OF_LIFE_MIN } from '../../core/engine';

const T0 = new Date(2026, 2, 2, 10, 0).getTime();

let w: WorkerDriver;

const stored = () => w.tracker();
const history = () => w.history();
const notifications = async () =>
  fakeBrowser.notifications.getAll() as Promise<Record<string, { title: string; message: string; iconUrl: string; buttons?: unknown[] }>>;

beforeEach(() => {
  w = new WorkerDriver(T0);
});

describe('background wiring (WXT fake browser, alarms fired by hand, idle stubbed)', () => {
  it('a worker start sets the idle detection interval to 60 s, starts the bout and sets the alarm at its first sign of life (+25 min)', async () => {
    await w.start();
    expect(w.platform.detectionInterval).toBe(60);
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + SIGN_OF_LIFE_MIN * MIN);
    expect((await stored()).bout?.start).toBe(T0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('the alarm at 45:00 shows one notification naming the exercise, with icon and Chrome buttons, and the "!" badge', async () => {
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    const all = await notifications();
    expect(Object.keys(all)).toEqual([NOTIFICATION_ID]);
    const n = all[NOTIFICATION_ID]!;
    const id = (await stored()).exerciseId;
    const exercise = EXERCISES.find((e) => e.id === id)!;
    expect(n.title).toContain(exercise.name);
    // A seated exercise at a prompt starts with standing up and a few steps.
    // How long they sat, the exercise again, then one line of what to do.
    expect(n.message).toContain('45 min');
    expect(n.message).toContain(exercise.name);
    expect(n.message).toMatch(
      exercise.position === 'seated'
        ? /Stand up and take a few steps first, then sit down for a one-minute exercise\.$/
        : /Stand up and move your hips for one minute\.$/,
    );
    expect(n.iconUrl).toMatch(/\/icon\/128\.png$/);
    expect(n.buttons).toHaveLength(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + 50 * MIN); // first nudge
  });

  it('a notification the browser refuses still leaves the "!" badge and the nudge alarm set, and the failure is logged', async () => {
    await w.start();
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('notifications refused'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await w.runTo(T0 + 45 * MIN);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + 50 * MIN); // first nudge
    expect((await stored()).prompt?.phase).toBe('due');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('showNotification'), expect.any(Error));
  });

  it.each([
    ['badge', 0, false],
    ['notification+window', 1, true],
  ] as const)('prompt style "%s": %i notification(s); break window opened: %s', async (style, shown, window) => {
    await saveSettings({ ...DEFAULT_SETTINGS, ...ON_THE_DOT, promptStyle: style });
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    expect(Object.keys(await notifications())).toHaveLength(shown);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect((await fakeBrowser.windows.getAll()).some((w) => w.type === 'popup')).toBe(window);
  });

  it('Firefox: no buttons, the message says a click starts the break', async () => {
    await w.start({}, { firefox: true });
    await w.runTo(T0 + 45 * MIN);
    const n = (await notifications())[NOTIFICATION_ID]!;
    expect(n.buttons).toBeUndefined();
    expect(n.message).toMatch(/Click to start\.$/);
  });

  it('a storage write that fails at the prompt shows nothing yet, keeps the alarm, and prompts once at the retry a minute later', async () => {
    await w.start();
    await w.runTo(T0 + 44 * MIN); // the signs of life before it are written as usual
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const failing = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await w.runTo(T0 + 45 * MIN);
    // The write at the prompt failed: nothing promised, the state as stored, and a wake to retry.
    expect(failing).toHaveBeenCalled();
    expect(w.did.notification).toBe(0);
    expect((await stored()).prompt).toBeNull();
    expect(await w.alarmAt()).toBe(T0 + 46 * MIN);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('storage write failed'), expect.any(Error));
    // Storage works again: the retry prompts, once, and the nudge alarm follows.
    failing.mockImplementation(set);
    await w.runTo(T0 + 46 * MIN);
    expect(w.did.notification).toBe(1);
    expect((await stored()).prompt?.phase).toBe('due');
    expect(await w.alarmAt()).toBe(T0 + 51 * MIN);
  });

  it('the same alarm delivered twice → one notification, and no storage write for the second', async () => {
    await w.start();
    const alarm = { name: ALARM_NAME, scheduledTime: T0 + 45 * MIN };
    await w.runTo(alarm.scheduledTime);
    const writes = w.platform.writes.local;
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await w.settled();
    expect(w.did.notification).toBe(1);
    expect(w.platform.writes.local).toBe(writes);
  });

  it('a killed and restarted worker mid-bout writes nothing, keeps the alarm, and still prompts once', async () => {
    await w.start();
    for (const m of [5, 12, 20, 33, 40]) {
      await w.runTo(T0 + m * MIN);
      await w.restart(); // counts writes afresh
      expect(w.platform.writes.local).toBe(0);
    }
    await w.runTo(T0 + 45 * MIN);
    expect(w.did.notification).toBe(1);
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + 50 * MIN);
  });

  it('a vanished alarm is re-created at the same time by the next reconcile (runtime.onStartup)', async () => {
    await w.start();
    await fakeBrowser.alarms.clearAll();
    w.clock = T0 + 10 * MIN;
    await fakeBrowser.runtime.onStartup.trigger();
    await w.settled();
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + SIGN_OF_LIFE_MIN * MIN);
  });

  it('the badge is restored after a browser restart, with no duplicate notification', async () => {
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    await fakeBrowser.action.setBadgeText({ text: '' }); // lost with the browser
    w.clock += MIN;
    await w.restart();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(w.did.notification).toBe(0);
  });

  it('idle for 3 min (reported after 60 s) moves the prompt 3 min later', async () => {
    await w.start();
    await w.runTo(T0 + 21 * MIN);
    await w.platform.setIdle('idle');
    w.clock = T0 + 23 * MIN;
    await w.platform.setIdle('active');
    await w.settled();
    await w.runTo(T0 + 47 * MIN);
    expect(w.did.notification).toBe(0);
    await w.runTo(T0 + 48 * MIN);
    expect(w.did.notification).toBe(1);
  });

  it('lock for 6 min ends the bout (logged as natural) and starts a new one on return', async () => {
    await w.start();
    w.clock = T0 + 20 * MIN;
    await w.platform.setIdle('locked');
    await w.settled();
    // One wake while away: when the absence becomes a natural break.
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + 25 * MIN);
    w.clock = T0 + 26 * MIN;
    await w.platform.setIdle('active');
    await w.settled();
    expect((await history()).map((h) => h.outcome)).toEqual(['natural']);
    await w.runTo(T0 + 70 * MIN);
    expect(w.did.notification).toBe(0);
    await w.runTo(T0 + 71 * MIN);
    expect(w.did.notification).toBe(1);
  });

  it('a 2-hour sleep: the alarm fires 2 h late → no notification, a new bout', async () => {
    await w.start();
    await w.fireAlarm(2 * 60 * MIN);
    expect(w.did.notification).toBe(0);
    expect((await stored()).bout?.start).toBe(w.clock);
  });

  it('clicking the notification opens the break in a small popup window where openPopup is unavailable', async () => {
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    await fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID);
    await w.settled();
    const windows = await fakeBrowser.windows.getAll();
    const created = windows.find((w) => w.type === 'popup');
    expect(created).toBeDefined();
    expect(Object.keys(await notifications())).toEqual([]);
  });

  it('the Snooze button clears the notification and re-prompts after 5 min', async () => {
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    w.clock += 30_000;
    await fakeBrowser.notifications.onButtonClicked.trigger(NOTIFICATION_ID, 1);
    await w.settled();
    expect(Object.keys(await notifications())).toEqual([]);
    const at = await w.fireAlarm();
    expect(at).toBe(T0 + 45 * MIN + 30_000 + 5 * MIN);
    expect(Object.keys(await notifications())).toEqual([NOTIFICATION_ID]);
  });

  it('the notification says what is left of the snoozes; after the last its second button skips the break', async () => {
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    const buttons = async () => ((await notifications())[NOTIFICATION_ID]?.buttons as { title: string }[] | undefined)?.map((b) => b.title);
    expect(await buttons()).toEqual(['Start 1-minute break', 'Snooze 5 min · 2 left']);
    for (const left of ['Snooze 5 min · 1 left', 'Skip this break']) {
      w.clock += 30_000;
      await fakeBrowser.notifications.onButtonClicked.trigger(NOTIFICATION_ID, 1);
      await w.settled();
      await w.fireAlarm();
      expect((await buttons())?.[1]).toBe(left);
    }
    expect((await notifications())[NOTIFICATION_ID]!.message).toMatch(/No snoozes left for this one: start or skip\.$/);
    await fakeBrowser.notifications.onButtonClicked.trigger(NOTIFICATION_ID, 1);
    await w.settled();
    expect((await history()).map((h) => h.outcome)).toEqual(['skipped']);
    expect(await notifications()).toEqual({});
  });

  it('the keyboard command start-break opens the break', async () => {
    await w.start();
    await w.platform.command('start-break');
    await w.settled();
    expect((await fakeBrowser.windows.getAll()).some((w) => w.type === 'popup')).toBe(true);
  });

  it('a guided minute finished after the prompt ends the bout as taken, clears the badge, writes state, history and the cleared session in one set', async () => {
    await w.start();
    await w.runTo(T0 + 45 * MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'action', action: { kind: 'sessionStart', exerciseId: 'glute-squeeze' } });
    await w.settled();
    w.clock += MIN;
    const before = w.platform.writes.local;
    const reply = await fakeBrowser.runtime.sendMessage({ type: 'action', action: { kind: 'sessionFinish' } });
    await w.settled();
    expect(reply).toEqual({ ok: true });
    expect(w.platform.writes.local - before).toBe(1);
    // No version mark beside them: each value carries its own `version`.
    expect(w.platform.writes.keys.at(-1)?.sort()).toEqual(['history', 'session', 'tracker']);
    expect((await history()).map((h) => h.outcome)).toEqual(['taken']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('"another exercise" always picks a different one, and reaches the other kind within two clicks', async () => {
    await w.start();
    const first = (await stored()).exerciseId;
    const kinds = [EXERCISES.find((e) => e.id === first)!.kind];
    for (let i = 0; i < 6; i += 1) {
      const before = (await stored()).exerciseId!;
      w.clock += MIN;
      await w.request({ type: 'action', action: { kind: 'anotherExercise' } });
      const after = (await stored()).exerciseId!;
      expect(after).not.toBe(before);
      kinds.push(EXERCISES.find((e) => e.id === after)!.kind);
    }
    // Never three of one kind in a row: "Another" is a way to the other kind, too.
    for (let i = 2; i < kinds.length; i += 1) expect(new Set(kinds.slice(i - 2, i + 1)).size).toBe(2);
  });

  it.each([
    // The first card is seated or standing: one of these two always excludes it.
    ['seated only', { positions: ['seated'] }, (e: (typeof EXERCISES)[number]) => e.position === 'seated'],
    ['standing only', { positions: ['standing'] }, (e: (typeof EXERCISES)[number]) => e.position === 'standing'],
  ] as const)('a preference change (%s) re-picks a card it no longer allows; one it allows stays', async (_n, patch, fits) => {
    await w.start();
    const before = (await stored()).exerciseId!;
    await saveSettings({
      ...DEFAULT_SETTINGS,
      exercises: { ...DEFAULT_SETTINGS.exercises, ...patch } as unknown as typeof DEFAULT_SETTINGS.exercises,
    });
    await w.settled();
    const afterId = (await stored()).exerciseId;
    const after = EXERCISES.find((e) => e.id === afterId)!;
    expect(fits(after)).toBe(true);
    if (fits(EXERCISES.find((e) => e.id === before)!)) expect(after.id).toBe(before);
  });

  it('lowering the interval in settings below the current bout prompts at once', async () => {
    await w.start();
    await w.runTo(T0 + 30 * MIN);
    await saveSettings({ ...DEFAULT_SETTINGS, ...ON_THE_DOT, intervalMin: 20 });
    await w.settled();
    expect(w.did.notification).toBe(1);
  });

  it('importData replaces history and saves settings; an invalid history imports nothing', async () => {
    await w.start();
    const entry = { start: T0 - 50 * MIN, end: T0 - 5 * MIN, screenMs: 45 * MIN, outcome: 'taken', snoozes: 0 };
    const bad = await w.request({
      type: 'importData',
      settings: { ...DEFAULT_SETTINGS, ...ON_THE_DOT, intervalMin: 30 },
      history: [entry, { ...entry, outcome: 'nap' }] as never,
    });
    expect(bad.ok).toBe(false);
    expect((await readSettings()).settings.intervalMin).toBe(45);
    const good = await w.request({
      type: 'importData',
      settings: { ...DEFAULT_SETTINGS, ...ON_THE_DOT, intervalMin: 30 },
      history: [entry] as never,
    });
    await w.settled();
    expect(good).toEqual({ ok: true });
    expect((await readSettings()).settings.intervalMin).toBe(30);
    expect(await history()).toEqual([entry]);
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + SIGN_OF_LIFE_MIN * MIN);
    await w.runTo(T0 + 30 * MIN);
    expect(w.did.notification).toBe(1);
  });

  it('resetData clears history and tracker and restores default settings', async () => {
    await w.start();
    w.clock = T0 + 10 * MIN;
    await w.request({ type: 'action', action: { kind: 'moved' } });
    await saveSettings({ ...DEFAULT_SETTINGS, ...ON_THE_DOT, intervalMin: 30 });
    await w.settled();
    w.clock = T0 + 12 * MIN;
    expect(await w.request({ type: 'resetData' })).toEqual({ ok: true });
    await w.settled();
    expect(await history()).toEqual([]);
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect((await stored()).bout?.start).toBe(T0 + 12 * MIN);
  });

  it('pause 1 h via message: no prompt in the hour, alarm at resume + 45 min', async () => {
    await w.start();
    w.clock = T0 + 10 * MIN;
    await w.request({ type: 'action', action: { kind: 'pause', until: T0 + 70 * MIN } });
    // One wake when the pause ends (so a browser closed across it cannot back-date the next bout)…
    expect((await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime).toBe(T0 + 70 * MIN);
    await w.runTo(T0 + 114 * MIN);
    expect(w.did.notification).toBe(0);
    // …and the prompt 45 min after it.
    await w.runTo(T0 + 115 * MIN);
    expect(w.did.notification).toBe(1);
  });

  it('a settings change that alters nothing for the tracker writes nothing', async () => {
    await w.start();
    w.clock = T0 + 10 * MIN;
    const before = w.platform.writes.local;
    await saveSettings({ ...DEFAULT_SETTINGS, ...ON_THE_DOT, sound: 'off' });
    await w.settled();
    expect(w.platform.writes.local).toBe(before);
  });
});

describe('first install', () => {
  it.each([
    ['install', ['/options.html?welcome=1']],
    ['update', []],
    ['browser_update', []],
  ] as const)('on onInstalled with reason "%s" opens %j', async (reason, expected) => {
    await w.start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
    await w.settled();
    // The welcome tab opens beside the queue (fire and forget): wait for it, not for time.
    const optionsTabs = async () =>
      (await fakeBrowser.tabs.query({}))
        .map((t) => t.url ?? '')
        .filter((u) => u.includes('options.html'))
        .map((u) => u.slice(u.indexOf('/options.html')));
    await vi.waitFor(async () => expect(await optionsTabs()).toEqual(expected));
  });

  const welcomeTabs = async () =>
    (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '').filter((u) => u.includes('options.html?welcome=1'));

  /** A browser start: a new worker, then onInstalled with `reason`. */
  async function browserStart(reason: 'install' | 'update') {
    await w.restart();
    await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
    await w.settled();
    await new Promise((r) => setTimeout(r, 0));
  }

  // Chromium reports "install" at every start of a --load-extension folder.
  it('opens the welcome once per profile even when "install" is reported at every browser start', async () => {
    await browserStart('install');
    await browserStart('install');
    await browserStart('install');
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('an update from a version without the marker records the user as welcomed and opens nothing, then or later', async () => {
    await fakeBrowser.storage.local.set({ tracker: { version: 1 } });
    await browserStart('update');
    expect(await fakeBrowser.storage.local.get('welcomed')).toEqual({ welcomed: true });
    await browserStart('install');
    expect(await welcomeTabs()).toEqual([]);
  });

  it('a profile that already holds a tracker from a version without the marker gets no welcome on "install"', async () => {
    await fakeBrowser.storage.local.set({ tracker: { version: 1 } });
    await w.start();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await w.settled();
    await new Promise((r) => setTimeout(r, 0));
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '').filter((u) => u.includes('options.html'));
    expect(urls).toEqual([]);
    expect(await fakeBrowser.storage.local.get('welcomed')).toEqual({ welcomed: true });
  });
});

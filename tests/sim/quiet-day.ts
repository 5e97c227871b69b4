import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXERCISES } from '../../content/exercises';
import { STORAGE_KEYS } from '../../core/storage-keys';
import type { UserAction } from '../../core/messages';
import type { BackgroundApp } from '../../utils/background/background-app';
import { ALARM_NAME } from '../../utils/background/ensure-alarm';
import { NOTIFICATION_ID } from '../../utils/background/prompt-ui';
import { startBackground } from '../../utils/background/start-background';
import { installFakePlatform, type FakePlatform } from './fake-platform';
import { DAY_HOURS, workingDayGaps } from './working-day';

/**
 * A simulated 8-hour working day against the REAL background code
 * (startBackground) on WXT's fake browser, with a fake clock and a worker
 * that dies after 30 s without events (every later event restarts it and
 * runs reconcile), as Chrome's MV3 service worker does.
 *
 * Must run inside vitest with the WxtVitest plugin (the fake browser), after
 * fakeBrowser.reset(). Issue 7's benchmark reuses it: `await runQuietDay()`.
 *
 * The day (default settings: 45-min interval, 5-min natural break, snooze 5):
 * 09:00 start; short reading pauses (idle reported after 60 s, back after
 * 2 min) every 13 min; a 3-min coffee at 10:30; a 30-min meeting away
 * (locked) at 11:00; lunch 12:30–13:15 (locked); home at 17:00. The user
 * answers prompts in turn: does the break, snoozes then does it, ignores it
 * (nudged), says "I already moved".
 */
export interface QuietDayCounts {
  hours: number;
  activeHours: number;
  /** Worker starts (each runs reconcile). */
  workerStarts: number;
  alarmWakeups: number;
  /** Alarm wake-ups that showed a bout's first prompt. */
  promptWakeups: number;
  /** Alarm wake-ups that re-showed a snoozed prompt (the user asked for them). */
  snoozeWakeups: number;
  /** Alarm wake-ups that nudged an ignored prompt. */
  nudgeWakeups: number;
  /** Silent wake-ups once an ignored prompt's nudges are done (one per interval: they reveal a sleep). */
  watchWakeups: number;
  /** Every other alarm wake-up (none expected). */
  otherWakeups: number;
  idleEvents: number;
  userActions: number;
  notifications: number;
  events: number;
  /** Events after which tracker or history differ. */
  changingEvents: number;
  /**
   * Events after which tracker and history are unchanged. The day adds some
   * on purpose: each alarm delivered a second time 2 s later, and an hourly
   * worker restart with no event (reconcile only).
   */
  noopEvents: number;
  storageWrites: number;
  /** Storage writes made while handling events that changed nothing (target 0). */
  writesOnNoopEvents: number;
  /** Most writes for one event (target ≤ 1). */
  maxWritesPerEvent: number;
  perActiveHour: {
    alarmWakeupsBesidesPrompt: number;
    idleEvents: number;
    storageWrites: number;
    notifications: number;
  };
}

type Step =
  | { at: number; kind: 'idle' | 'locked' | 'active' | 'restart' }
  | { at: number; kind: 'duplicate'; scheduledTime: number }
  | { at: number; kind: 'action'; action: UserAction; click?: boolean };

const MIN = 60_000;
const WORKER_IDLE_KILL_MS = 30_000;

export async function runQuietDay(opts: { start?: number } = {}): Promise<QuietDayCounts> {
  const day0 = opts.start ?? new Date(2026, 2, 3, 9, 0).getTime(); // a Tuesday
  const end = day0 + DAY_HOURS * 60 * MIN;
  const at = (h: number, m: number) => day0 + ((h - 9) * 60 + m) * MIN;
  shown = 0;
  let clock = day0;
  let platform: FakePlatform = installFakePlatform();
  let app: BackgroundApp | null = null;
  let lastEventAt = -Infinity;

  // Away spells (tests/sim/working-day.ts, shared with the bench's naive baseline).
  const away = workingDayGaps(day0).map((g): [number, number, 'idle' | 'locked'] => [g.from, g.to, g.state]);
  const script: Step[] = [];
  let awayMs = 0;
  for (const [from, to, how] of away) {
    // Chrome reports idle after the 60-s detection interval, a lock at once.
    script.push({ at: how === 'idle' ? from + MIN : from, kind: how }, { at: to, kind: 'active' });
    awayMs += to - from;
  }

  // A worker restarted for no reason of ours (Chrome may): reconcile must find nothing to do.
  for (let h = 10; h < 17; h += 1) script.push({ at: at(h, 7), kind: 'restart' });

  const reactions: ((shownAt: number) => Step[])[] = [
    (t) => [
      { at: t + 20_000, kind: 'action', action: { kind: 'startBreak' }, click: true },
      { at: t + 90_000, kind: 'action', action: { kind: 'done' } },
    ],
    (t) => [{ at: t + 30_000, kind: 'action', action: { kind: 'snooze' } }],
    () => [], // ignored: nudged twice, ends at the next natural break
    (t) => [{ at: t + 40_000, kind: 'action', action: { kind: 'moved' } }],
  ];
  let reaction = 0;
  let snoozedOnce = false;

  const counts: QuietDayCounts = {
    hours: DAY_HOURS,
    activeHours: 0,
    workerStarts: 0,
    alarmWakeups: 0,
    promptWakeups: 0,
    snoozeWakeups: 0,
    nudgeWakeups: 0,
    watchWakeups: 0,
    otherWakeups: 0,
    idleEvents: 0,
    userActions: 0,
    notifications: 0,
    events: 0,
    changingEvents: 0,
    noopEvents: 0,
    storageWrites: 0,
    writesOnNoopEvents: 0,
    maxWritesPerEvent: 0,
    perActiveHour: { alarmWakeupsBesidesPrompt: 0, idleEvents: 0, storageWrites: 0, notifications: 0 },
  };

  const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get([STORAGE_KEYS.tracker, STORAGE_KEYS.history]));
  const writes = () => platform.writes.local + platform.writes.sync;

  /** Delivers one event to the worker, starting a fresh worker if the last one has died. */
  async function deliver(fn: (a: BackgroundApp) => Promise<unknown>): Promise<void> {
    const before = await snapshot();
    const w0 = writes();
    if (!app || clock - lastEventAt > WORKER_IDLE_KILL_MS) {
      // The old worker is gone: its listeners with it.
      for (const ev of [fakeBrowser.alarms.onAlarm, fakeBrowser.runtime.onStartup, fakeBrowser.runtime.onInstalled, fakeBrowser.runtime.onMessage, fakeBrowser.notifications.onClicked, fakeBrowser.notifications.onButtonClicked, fakeBrowser.storage.onChanged, fakeBrowser.storage.local.onChanged, fakeBrowser.storage.sync.onChanged]) {
        (ev as { removeAllListeners?: () => void }).removeAllListeners?.();
      }
      const { writes: carried, idleState } = platform;
      platform = installFakePlatform();
      platform.writes = carried;
      platform.idleState = idleState; // the user's state does not change with the worker
      app = startBackground({ now: () => clock, minuteMs: MIN, catalogue: EXERCISES, firefox: false });
      counts.workerStarts += 1;
      await app.settled();
    }
    await fn(app);
    await app.settled();
    lastEventAt = clock;
    const w = writes() - w0;
    counts.events += 1;
    counts.storageWrites += w;
    counts.maxWritesPerEvent = Math.max(counts.maxWritesPerEvent, w);
    if ((await snapshot()) !== before) counts.changingEvents += 1;
    else {
      counts.noopEvents += 1;
      counts.writesOnNoopEvents += w;
    }
  }

  // First start of the day: the browser opens at 09:00.
  await deliver(async (a) => {
    await fakeBrowser.runtime.onStartup.trigger();
    await a.settled();
  });

  for (;;) {
    const alarm = await fakeBrowser.alarms.get(ALARM_NAME);
    script.sort((a, b) => a.at - b.at);
    const next = script[0];
    const alarmAt = alarm?.scheduledTime ?? Infinity;
    const t = Math.min(alarmAt, next?.at ?? Infinity);
    if (t > end) break;
    clock = t;
    if (alarmAt <= (next?.at ?? Infinity)) {
      await fakeBrowser.alarms.clear(ALARM_NAME);
      const wasSnoozed = (await phase()) === 'snoozed';
      const wasDue = (await phase()) === 'due';
      const n0 = notificationsShown();
      const nudges0 = await nudgeCount();
      await deliver((a) => fakeBrowser.alarms.onAlarm.trigger(alarm!).then(() => a.settled()));
      counts.alarmWakeups += 1;
      script.push({ at: clock + 2_000, kind: 'duplicate', scheduledTime: alarm!.scheduledTime });
      if (notificationsShown() > n0) {
        if ((await nudgeCount()) > nudges0) counts.nudgeWakeups += 1;
        else if (wasSnoozed) counts.snoozeWakeups += 1;
        else {
          counts.promptWakeups += 1;
          const react = reactions[reaction++ % reactions.length]!;
          script.push(...react(clock));
        }
        if (wasSnoozed && !snoozedOnce) {
          snoozedOnce = true;
          script.push({ at: clock + 30_000, kind: 'action', action: { kind: 'startBreak' }, click: true }, { at: clock + 100_000, kind: 'action', action: { kind: 'done' } });
        }
      } else if (wasDue) counts.watchWakeups += 1;
      else counts.otherWakeups += 1;
      continue;
    }
    script.shift();
    const s = next!;
    if (s.kind === 'duplicate' || s.kind === 'restart') {
      if (s.kind === 'restart') lastEventAt = -Infinity; // forces a fresh worker and its reconcile
      await deliver((a) =>
        s.kind === 'duplicate'
          ? fakeBrowser.alarms.onAlarm.trigger({ name: ALARM_NAME, scheduledTime: s.scheduledTime }).then(() => a.settled())
          : a.settled(),
      );
    } else if (s.kind === 'action') {
      counts.userActions += 1;
      if (s.click) await deliver((a) => fakeBrowser.notifications.onClicked.trigger(NOTIFICATION_ID).then(() => a.settled()));
      else await deliver((a) => a.handleRequest({ type: 'action', action: s.action }));
    } else {
      counts.idleEvents += 1;
      const kind = s.kind;
      await deliver(() => platform.setIdle(kind));
    }
  }

  function notificationsShown(): number {
    return shown;
  }
  async function nudgeCount(): Promise<number> {
    const raw = (await fakeBrowser.storage.local.get(STORAGE_KEYS.tracker))[STORAGE_KEYS.tracker] as { prompt?: { nudges: number } | null } | undefined;
    return raw?.prompt?.nudges ?? 0;
  }
  async function phase(): Promise<string | undefined> {
    const raw = (await fakeBrowser.storage.local.get(STORAGE_KEYS.tracker))[STORAGE_KEYS.tracker] as { prompt?: { phase: string } | null } | undefined;
    return raw?.prompt?.phase;
  }

  counts.notifications = shown;
  counts.activeHours = (end - day0 - awayMs) / (60 * MIN);
  const per = (n: number) => Math.round((n / counts.activeHours) * 100) / 100;
  counts.perActiveHour = {
    alarmWakeupsBesidesPrompt: per(counts.alarmWakeups - counts.promptWakeups),
    idleEvents: per(counts.idleEvents),
    storageWrites: per(counts.storageWrites),
    notifications: per(counts.notifications),
  };
  return counts;
}

// Every notifications.create the worker makes, across worker restarts.
let shown = 0;
const realCreate = fakeBrowser.notifications.create;
fakeBrowser.notifications.create = ((...args: Parameters<typeof realCreate>) => {
  shown += 1;
  return realCreate(...args);
}) as typeof realCreate;

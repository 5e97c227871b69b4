/**
 * Runs a background worker's code through the bench's working day on WXT's
 * fake browser (@webext-core/fake-browser) with vitest's fake clock, the way
 * Chrome would: alarms fire at their time, idle events follow the person's
 * script, and the worker is stopped after 30 s without events (listeners and
 * timers dropped, module state lost) and started again by the next event,
 * which re-runs the background's main().
 *
 * It counts what the browser pays: worker starts, alarm wake-ups (and which of
 * them showed a prompt), idle events delivered, storage writes (and which
 * wrote nothing new), notifications.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../core/settings';
import { activeHours, backAt, DAY_END, DAY_START, GAPS, personAt, REACTIONS } from './day-script';

const realSetImmediate = globalThis.setImmediate;
/** Lets every pending promise chain run (fake-browser APIs are promise-only, no timers). */
async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => realSetImmediate(r));
}

export interface DayCounts {
  design: string;
  activeHours: number;
  workerStarts: number;
  alarmWakeups: number;
  /** Alarm wake-ups that showed a bout's first prompt. */
  promptWakeups: number;
  /** …that showed a nudge or a snoozed prompt again. */
  repromptWakeups: number;
  /** …that showed nothing. */
  silentWakeups: number;
  /** Every alarm wake-up but first prompts (nudges, re-shows, silent). */
  otherWakeups: number;
  firstPrompts: number;
  idleEvents: number;
  idleEventsWithoutWrite: number;
  storageWrites: number;
  noopWrites: number;
  notifications: number;
  answers: number;
  detectionIntervalSec: number;
  errors: string[];
  perActiveHour: {
    otherWakeups: number;
    silentWakeups: number;
    idleEvents: number;
    storageWrites: number;
    noopWrites: number;
    notifications: number;
    workerStarts: number;
  };
  /** Local clock times of the notifications. */
  notificationTimes: string[];
}

type Listenerish = { removeAllListeners?: () => void; trigger?: (...a: unknown[]) => Promise<unknown> };

function makeEvent() {
  const listeners: ((...a: unknown[]) => unknown)[] = [];
  return {
    addListener: (l: (...a: unknown[]) => unknown) => void listeners.push(l),
    removeListener: (l: (...a: unknown[]) => unknown) => {
      const i = listeners.indexOf(l);
      if (i >= 0) listeners.splice(i, 1);
    },
    hasListener: (l: (...a: unknown[]) => unknown) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => void (listeners.length = 0),
    trigger: (...a: unknown[]) => Promise.all(listeners.map((l) => l(...a))),
  };
}

/** Every event object in the fake browser (to drop a stopped worker's listeners). */
function allEvents(root: unknown, depth = 0, out: Listenerish[] = []): Listenerish[] {
  if (!root || typeof root !== 'object' || depth > 3) return out;
  for (const v of Object.values(root as Record<string, unknown>)) {
    if (v && typeof v === 'object') {
      const e = v as Listenerish;
      if (typeof e.removeAllListeners === 'function' && typeof e.trigger === 'function') out.push(e);
      else allEvents(v, depth + 1, out);
    }
  }
  return out;
}

const clock = (t: number) => new Date(t).toTimeString().slice(0, 5);

export interface DesignUnderTest {
  name: string;
  /** The worker's top level: registers listeners. Called at every worker start. */
  start(): Promise<void> | void;
  /** Whether the code registered the listeners of a real background. */
  landed?(): boolean;
}

/**
 * The idle API, which the fake browser lacks: state from the day script,
 * events delivered by the driver.
 */
function installIdle() {
  const idle = {
    detectionSec: 60,
    onStateChanged: makeEvent(),
    setDetectionInterval(sec: number) {
      idle.detectionSec = sec;
    },
    async queryState(thresholdSec: number) {
      const p = personAt(Date.now());
      if (p.state === 'locked') return 'locked';
      if (p.state === 'idle' && Date.now() - p.since >= thresholdSec * 1000) return 'idle';
      return 'active';
    },
    IdleState: { ACTIVE: 'active', IDLE: 'idle', LOCKED: 'locked' },
  };
  (fakeBrowser as unknown as { idle: typeof idle }).idle = idle;
  // commands.onCommand throws "not implemented" in the fake.
  (fakeBrowser.commands as unknown as Record<string, unknown>).onCommand = makeEvent();
  return idle;
}

export async function runDay(design: DesignUnderTest): Promise<DayCounts> {
  fakeBrowser.reset();
  const idle = installIdle();
  vi.useFakeTimers({ now: DAY_START, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const errors: string[] = [];
  const c = {
    workerStarts: 0,
    alarmWakeups: 0,
    idleEvents: 0,
    idleEventsWithoutWrite: 0,
    storageWrites: 0,
    noopWrites: 0,
    notifications: 0,
    /** Notifications that were a bout's first prompt (not a nudge or a snooze's re-show). */
    firstPrompts: 0,
    /** Alarm wake-ups that showed a first prompt / a nudge or re-show / nothing. */
    promptWakeups: 0,
    repromptWakeups: 0,
    silentWakeups: 0,
    answers: 0,
  };
  const notificationTimes: string[] = [];

  // Count storage writes, and those that store what is already stored.
  const restore: (() => void)[] = [];
  for (const areaName of ['local', 'sync', 'session'] as const) {
    const area = fakeBrowser.storage[areaName];
    const set = area.set.bind(area);
    const remove = area.remove.bind(area);
    const get = area.get.bind(area);
    // Chrome hands out copies; the fake hands out its own objects, so a caller
    // mutating what it read would silently change the store.
    area.get = (async (keys?: unknown) => JSON.parse(JSON.stringify(await get(keys as string)))) as typeof area.get;
    area.set = async (items: Record<string, unknown>) => {
      c.storageWrites += 1;
      const old = await area.get(Object.keys(items));
      const same = Object.keys(items).every((k) => JSON.stringify(old[k]) === JSON.stringify(JSON.parse(JSON.stringify(items[k] ?? null))));
      if (same) c.noopWrites += 1;
      return set(items);
    };
    area.remove = async (keys: string | string[]) => {
      c.storageWrites += 1;
      const list = Array.isArray(keys) ? keys : [keys];
      const old = await area.get(list);
      if (list.every((k) => old[k] === undefined)) c.noopWrites += 1;
      return remove(keys);
    };
    restore.push(() => {
      area.set = set;
      area.remove = remove;
      area.get = get;
    });
  }
  // Chrome's alarm rules, which the fake lacks: a periodic alarm without a delay
  // first fires one period from now; delays and periods under 30 s become 30 s
  // (packed MV3 extensions).
  const alarmCreate = fakeBrowser.alarms.create;
  fakeBrowser.alarms.create = ((name: string | object, info?: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) => {
    if (typeof name === 'object') return (fakeBrowser.alarms.create as (n: string, i: object) => void)('', name);
    const i = { ...info };
    if (i.periodInMinutes !== undefined) i.periodInMinutes = Math.max(0.5, i.periodInMinutes);
    if (i.when === undefined) i.when = Date.now() + Math.max(0.5, i.delayInMinutes ?? i.periodInMinutes ?? 0) * 60_000;
    return (alarmCreate as (n: string, i: object) => void)(name, i);
  }) as typeof alarmCreate;
  restore.push(() => (fakeBrowser.alarms.create = alarmCreate));

  // The person's answers to prompts (bench/day-script.ts REACTIONS).
  type UserStep = { at: number; kind: 'click' } | { at: number; kind: 'action'; action: { kind: string } };
  const userSteps: UserStep[] = [];
  // Held in an object: closures change it, which control-flow narrowing cannot see.
  const person = { mode: 'none' as 'none' | 'answering' | 'snoozed' | 'ignoring' };
  let reactionIndex = 0;
  let snoozedOnce = false;
  let lastNotificationId = '';
  const onNotification = (t: number) => {
    const base = backAt(t);
    if (person.mode === 'answering' || person.mode === 'ignoring') return; // a nudge, or already on it
    if (person.mode === 'snoozed') {
      if (snoozedOnce) {
        person.mode = 'ignoring';
        return;
      }
      snoozedOnce = true;
      const r = REACTIONS.find((x) => x.kind === 'snooze')!;
      if (r.kind !== 'snooze') return;
      userSteps.push({ at: base + r.thenClickAfterSec * 1000, kind: 'click' }, { at: base + r.thenDoneAfterSec * 1000, kind: 'action', action: { kind: 'done' } });
      person.mode = 'answering';
      return;
    }
    c.firstPrompts += 1;
    const r = REACTIONS[reactionIndex++ % REACTIONS.length]!;
    if (r.kind === 'break') {
      userSteps.push({ at: base + r.clickAfterSec * 1000, kind: 'click' }, { at: base + r.doneAfterSec * 1000, kind: 'action', action: { kind: 'done' } });
      person.mode = 'answering';
    } else if (r.kind === 'snooze') {
      userSteps.push({ at: base + r.afterSec * 1000, kind: 'action', action: { kind: 'snooze' } });
      person.mode = 'answering';
    } else if (r.kind === 'moved') {
      userSteps.push({ at: base + r.afterSec * 1000, kind: 'action', action: { kind: 'moved' } });
      person.mode = 'answering';
    } else person.mode = 'ignoring';
  };
  const create = fakeBrowser.notifications.create;
  fakeBrowser.notifications.create = (async (...args: unknown[]) => {
    c.notifications += 1;
    notificationTimes.push(clock(Date.now()));
    lastNotificationId = typeof args[0] === 'string' ? args[0] : '';
    onNotification(Date.now());
    return (create as (...a: unknown[]) => Promise<string>)(...args);
  }) as typeof create;
  restore.push(() => (fakeBrowser.notifications.create = create));

  let running = false;
  let lastEventAt = DAY_START;
  const startWorker = async () => {
    c.workerStarts += 1;
    running = true;
    try {
      await design.start();
    } catch (e) {
      errors.push(`start: ${String(e)}`);
    }
    await settle();
  };
  const stopWorker = () => {
    for (const e of allEvents(fakeBrowser)) e.removeAllListeners!();
    idle.onStateChanged.removeAllListeners();
    vi.clearAllTimers();
    running = false;
  };
  /** Delivers one browser event to a live worker (starting it if it was stopped). */
  const deliver = async (what: string, fire: () => Promise<unknown>) => {
    if (!running) await startWorker();
    try {
      await fire();
    } catch (e) {
      errors.push(`${what} at ${clock(Date.now())}: ${String(e)}`);
    }
    await settle();
    lastEventAt = Date.now();
  };
  const moveTo = async (t: number) => {
    // The worker stops 30 s after its last event; timers it set run until then.
    if (running && t - lastEventAt > 30_000) {
      await vi.advanceTimersByTimeAsync(Math.max(0, lastEventAt + 30_000 - Date.now()));
      stopWorker();
    }
    const ms = t - Date.now();
    if (ms > 0) {
      if (running) await vi.advanceTimersByTimeAsync(ms);
      else vi.setSystemTime(t);
    }
  };

  // 09:00: the browser starts with the day.
  await deliver('startup', () => fakeBrowser.runtime.onStartup.trigger());

  // Gap events follow from the detection interval in force when they are reached.
  type Pending = { at: number; kind: 'idle' | 'locked' | 'active'; gap: (typeof GAPS)[number] };
  const gapEvents = (): Pending[] =>
    GAPS.flatMap((g): Pending[] =>
      g.state === 'locked'
        ? [{ at: g.from, kind: 'locked', gap: g }, { at: g.to, kind: 'active', gap: g }]
        : g.to - g.from > idle.detectionSec * 1000
          ? [{ at: g.from + idle.detectionSec * 1000, kind: 'idle', gap: g }, { at: g.to, kind: 'active', gap: g }]
          : [],
    );
  let browserState: 'active' | 'idle' | 'locked' = 'active';
  const naturalBreakMs = DEFAULT_SETTINGS.naturalBreakMin * 60_000;

  for (let guard = 0; guard < 20_000; guard++) {
    const now = Date.now();
    const alarms = (await fakeBrowser.alarms.getAll()).slice().sort((a, b) => a.scheduledTime - b.scheduledTime);
    const alarm = alarms[0];
    const alarmAt = alarm ? Math.max(alarm.scheduledTime, now) : Infinity;
    const nextGap = gapEvents()
      .filter((e) => e.at >= now && e.kind !== browserState)
      .sort((a, b) => a.at - b.at)[0];
    const gapAt = nextGap?.at ?? Infinity;
    userSteps.sort((a, b) => a.at - b.at);
    const userAt = userSteps[0]?.at ?? Infinity;
    const next = Math.min(alarmAt, gapAt, userAt);
    if (next > DAY_END) break;
    await moveTo(next);

    if (next === userAt) {
      const u = userSteps.shift()!;
      c.answers += 1;
      if (u.kind === 'click') {
        await deliver('click', () => fakeBrowser.notifications.onClicked.trigger(lastNotificationId));
      } else {
        await deliver(`action ${u.action.kind}`, () =>
          (fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()
            ? fakeBrowser.runtime.sendMessage({ type: 'action', action: u.action })
            : Promise.resolve(),
        );
        if (u.action.kind === 'snooze') person.mode = 'snoozed';
        else person.mode = 'none';
      }
    } else if (next === gapAt) {
      browserState = nextGap!.kind;
      c.idleEvents += 1;
      const before = c.storageWrites;
      await deliver(`idle ${browserState}`, () => idle.onStateChanged.trigger(browserState));
      if (c.storageWrites === before) c.idleEventsWithoutWrite += 1;
      // An ignored prompt ends with the next natural break.
      if (browserState === 'active' && person.mode === 'ignoring' && nextGap!.gap.to - nextGap!.gap.from >= naturalBreakMs) person.mode = 'none';
    } else {
      // Chrome removes a one-shot alarm before firing it; a periodic one moves on.
      if (alarm!.periodInMinutes) {
        (alarmCreate as (n: string, i: object) => void)(alarm!.name, {
          when: alarmAt + alarm!.periodInMinutes * 60_000,
          periodInMinutes: alarm!.periodInMinutes,
        });
      } else {
        await fakeBrowser.alarms.clear(alarm!.name);
      }
      c.alarmWakeups += 1;
      const shown = c.notifications;
      const firsts = c.firstPrompts;
      await deliver(`alarm ${alarm!.name}`, () => fakeBrowser.alarms.onAlarm.trigger({ ...alarm! }));
      if (c.firstPrompts > firsts) c.promptWakeups += 1;
      else if (c.notifications > shown) c.repromptWakeups += 1;
      else c.silentWakeups += 1;
    }
  }
  if (running) stopWorker();
  vi.useRealTimers();
  for (const r of restore) r();

  const hours = activeHours();
  const per = (n: number) => Math.round((n / hours) * 100) / 100;
  const otherWakeups = c.alarmWakeups - c.promptWakeups;
  return {
    design: design.name,
    activeHours: Math.round(hours * 100) / 100,
    ...c,
    otherWakeups,
    detectionIntervalSec: idle.detectionSec,
    errors,
    perActiveHour: {
      otherWakeups: per(otherWakeups),
      silentWakeups: per(c.silentWakeups),
      idleEvents: per(c.idleEvents),
      storageWrites: per(c.storageWrites),
      noopWrites: per(c.noopWrites),
      notifications: per(c.notifications),
      workerStarts: per(c.workerStarts),
    },
    notificationTimes,
  };
}

import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropWorkerListeners, installFakePlatform, type FakePlatform } from './fake-platform';
import { Person, type PersonStep } from './person';
import { DAY_HOURS, workingDayGaps } from './working-day';

/**
 * The one simulated working day, for the tests (tests/sim/quiet-day.ts) and
 * the bench (bench/quiet-day.sim.ts, which also runs its naive baseline
 * through it). A design's worker code runs on WXT's fake browser with a fake
 * clock (Date), the way Chrome runs an MV3 worker: alarms fire at their time
 * (Chrome's rules: one-shot alarms are gone once fired, periodic ones move
 * on), idle events follow the person (idle 60 s after the last input, locked
 * at once), and the worker dies 30 s after its last event (listeners dropped,
 * module state lost) and is started again by the next one. Must run inside
 * vitest with the WxtVitest plugin, after fakeBrowser.reset().
 *
 * The day (tests/sim/working-day.ts) is 8 hours from 09:00 with its away
 * spells; prompts are answered in turn (REACTIONS). With `chromeQuirks` (the
 * engine's own day) each alarm is delivered a second time 2 s later and the
 * worker is restarted at :07 every hour for no reason of ours: both must
 * change nothing.
 */
export interface Design {
  name: string;
  /** The worker's top level: registers its listeners. Called at every worker start. */
  start(): Promise<void> | void;
  /** Resolves once the worker has handled what it was given (default: let promise chains run). */
  settled?(): Promise<void>;
}

export interface DayCounts {
  design: string;
  hours: number;
  activeHours: number;
  /** Worker starts (each runs the design's start-up). */
  workerStarts: number;
  alarmWakeups: number;
  /** Alarm wake-ups that showed a first prompt (one the person answers). */
  promptWakeups: number;
  /**
   * …that found the prompt due and started its wait for a natural pause or held it through a call
   * (the badge shows; the notification comes at the pause, or at the cap: the wait's one extra alarm).
   */
  waitWakeups: number;
  /** …that re-showed a snoozed prompt (the user asked for them). */
  snoozeWakeups: number;
  /** …that nudged an ignored prompt. */
  nudgeWakeups: number;
  /** …that showed nothing: reprompts + silent = every alarm wake-up but first prompts. */
  silentWakeups: number;
  /** Silent wake-ups while an ignored prompt was due, its nudges done (one per interval: they reveal a sleep). */
  watchWakeups: number;
  /**
   * Every other silent wake-up: a sign of life 25 min after the last change (so a sleep cuts a bout
   * little), an absence becoming a natural break (so nothing stays stuck while away), a bout or pause boundary.
   */
  otherWakeups: number;
  idleEvents: number;
  userActions: number;
  notifications: number;
  events: number;
  /** Events after which stored data differ. */
  changingEvents: number;
  /** Events after which stored data are unchanged (duplicated alarms and hourly restarts add some on purpose). */
  noopEvents: number;
  storageWrites: number;
  /** Storage writes made while handling events that changed nothing (target 0). */
  writesOnNoopEvents: number;
  /** Most writes for one event (target ≤ 1). */
  maxWritesPerEvent: number;
  errors: string[];
  perActiveHour: {
    alarmWakeupsBesidesPrompt: number;
    silentWakeups: number;
    idleEvents: number;
    storageWrites: number;
    notifications: number;
    workerStarts: number;
  };
}

type Step =
  | { at: number; kind: 'idle' | 'locked' | 'active' | 'restart' }
  | { at: number; kind: 'duplicate'; alarm: { name: string; scheduledTime: number } }
  | PersonStep;

const MIN = 60_000;
const WORKER_IDLE_KILL_MS = 30_000;
const realSetImmediate = globalThis.setImmediate;
const letRun = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => realSetImmediate(r));
};
const notificationId = { current: '' };

export async function runDay(design: Design, opts: { start?: number; chromeQuirks?: boolean } = {}): Promise<DayCounts> {
  const day0 = opts.start ?? new Date(2026, 2, 3, 9, 0).getTime(); // a Tuesday
  const end = day0 + DAY_HOURS * 60 * MIN;
  const at = (h: number, m: number) => day0 + ((h - 9) * 60 + m) * MIN;
  const quirks = opts.chromeQuirks ?? true;
  vi.useFakeTimers({ now: day0, toFake: ['Date'] });
  let platform: FakePlatform = installFakePlatform();
  let running = false;
  let lastEventAt = -Infinity;
  const settled = () => (design.settled ? design.settled() : letRun());

  const script: Step[] = [];
  let awayMs = 0;
  for (const g of workingDayGaps(day0)) {
    script.push({ at: g.state === 'idle' ? g.from + MIN : g.from, kind: g.state }, { at: g.to, kind: 'active' });
    awayMs += g.to - g.from;
  }
  if (quirks) for (let h = 10; h < 17; h += 1) script.push({ at: at(h, 7), kind: 'restart' });

  const c: DayCounts = {
    design: design.name,
    hours: DAY_HOURS,
    activeHours: (end - day0 - awayMs) / (60 * MIN),
    workerStarts: 0,
    alarmWakeups: 0,
    promptWakeups: 0,
    waitWakeups: 0,
    snoozeWakeups: 0,
    nudgeWakeups: 0,
    silentWakeups: 0,
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
    errors: [],
    perActiveHour: { alarmWakeupsBesidesPrompt: 0, silentWakeups: 0, idleEvents: 0, storageWrites: 0, notifications: 0, workerStarts: 0 },
  };

  const person = new Person((steps) => script.push(...steps));
  const create = fakeBrowser.notifications.create;
  fakeBrowser.notifications.create = ((...args: Parameters<typeof create>) => {
    notificationId.current = typeof args[0] === 'string' ? args[0] : '';
    person.notified(Date.now());
    return create(...args);
  }) as typeof create;
  // Chrome's alarm rules, which the fake lacks: a periodic alarm without `when` first fires one period
  // from now; delays and periods under 30 s become 30 s (packed MV3 extensions).
  const alarmCreate = fakeBrowser.alarms.create.bind(fakeBrowser.alarms) as (n: string, i: object) => Promise<void>;
  fakeBrowser.alarms.create = ((name: string | object, info?: { when?: number; delayInMinutes?: number; periodInMinutes?: number }) => {
    if (typeof name === 'object') return alarmCreate('', name);
    const i = { ...info };
    if (i.periodInMinutes !== undefined) i.periodInMinutes = Math.max(0.5, i.periodInMinutes);
    if (i.when === undefined) i.when = Date.now() + Math.max(0.5, i.delayInMinutes ?? i.periodInMinutes ?? 0) * MIN;
    return alarmCreate(name, i);
  }) as typeof fakeBrowser.alarms.create;

  const snapshot = async () => JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);
  const writes = () => platform.writes.local + platform.writes.sync;

  /** Delivers one event, starting a fresh worker if the last one has died. */
  async function deliver(what: string, fire: () => Promise<unknown>): Promise<void> {
    const before = await snapshot();
    const w0 = writes();
    if (!running || Date.now() - lastEventAt > WORKER_IDLE_KILL_MS) {
      dropWorkerListeners();
      const { writes: carried, idleState } = platform;
      platform = installFakePlatform(); // a fresh idle API without the dead worker's listeners
      platform.writes = carried;
      platform.idleState = idleState; // the user's state does not change with the worker
      c.workerStarts += 1;
      running = true;
      await design.start();
      await settled();
    }
    try {
      await fire();
    } catch (e) {
      c.errors.push(`${what}: ${String(e)}`);
    }
    await settled();
    lastEventAt = Date.now();
    const w = writes() - w0;
    c.events += 1;
    c.storageWrites += w;
    c.maxWritesPerEvent = Math.max(c.maxWritesPerEvent, w);
    if ((await snapshot()) !== before) c.changingEvents += 1;
    else {
      c.noopEvents += 1;
      c.writesOnNoopEvents += w;
    }
  }

  // The browser opens at 09:00.
  await deliver('startup', () => fakeBrowser.runtime.onStartup.trigger());
  for (;;) {
    const alarm = (await fakeBrowser.alarms.getAll()).sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
    script.sort((a, b) => a.at - b.at);
    const next = script[0];
    const alarmAt = alarm?.scheduledTime ?? Infinity;
    const t = Math.min(alarmAt, next?.at ?? Infinity);
    if (t > end) break;
    vi.setSystemTime(t);
    if (alarm && alarmAt <= (next?.at ?? Infinity)) {
      // Chrome removes a one-shot alarm before firing it; a periodic one moves on.
      if (alarm.periodInMinutes)
        await alarmCreate(alarm.name, { when: alarmAt + alarm.periodInMinutes * MIN, periodInMinutes: alarm.periodInMinutes });
      else await fakeBrowser.alarms.clear(alarm.name);
      const shown = person.shown;
      const firsts = person.firsts;
      const before = await storedPrompt();
      await deliver(`alarm ${alarm.name}`, () => fakeBrowser.alarms.onAlarm.trigger({ ...alarm }));
      c.alarmWakeups += 1;
      if (quirks) script.push({ at: t + 2_000, kind: 'duplicate', alarm: { name: alarm.name, scheduledTime: alarm.scheduledTime } });
      // What the wake showed: by the engine's stored prompt when there is one, else by the person's view.
      const after = await storedPrompt();
      const waits = (p: { phase: string } | null | undefined) => p?.phase === 'waiting' || p?.phase === 'deferred';
      if (person.shown === shown && waits(after) && !waits(before)) c.waitWakeups += 1;
      else if (person.shown === shown) {
        c.silentWakeups += 1;
        c[before?.phase === 'due' ? 'watchWakeups' : 'otherWakeups'] += 1;
      } else if (after ? after.nudges > (before?.nudges ?? 0) : person.firsts === firsts) c.nudgeWakeups += 1;
      else if (after ? before?.phase === 'snoozed' : false) c.snoozeWakeups += 1;
      else c.promptWakeups += 1;
      continue;
    }
    const s = script.shift()!;
    if (s.kind === 'duplicate') await deliver('duplicate alarm', () => fakeBrowser.alarms.onAlarm.trigger(s.alarm as never));
    else if (s.kind === 'restart') {
      running = false; // Chrome restarted the worker: its start-up alone must find nothing to do
      await deliver('restart', async () => undefined);
    } else if (s.kind === 'action') {
      c.userActions += 1;
      if (s.click) await deliver('click', () => fakeBrowser.notifications.onClicked.trigger(notificationId.current));
      else await deliver(`action ${s.action.kind}`, () => fakeBrowser.runtime.sendMessage({ type: 'action', action: s.action }));
      person.acted(s.action.kind, s.click === true);
    } else {
      c.idleEvents += 1;
      const kind = s.kind;
      // Under the natural-pause wait's 15-s interval Chrome reports the pause first; the worker puts the
      // usual interval back, and Chrome reports the same absence again once it is that long.
      if (kind === 'idle' && (platform.detectionInterval ?? 60) < 60) await deliver('idle (pause)', () => platform.setIdle('idle'));
      await deliver(`idle ${kind}`, () => platform.setIdle(kind));
      // An ignored prompt ends with the next natural break (every away spell of this day but the coffee reaches it).
      if (kind === 'active' && workingDayGaps(day0).some((g) => g.to === s.at && g.to - g.from >= 5 * MIN)) person.backFromBreak();
    }
  }
  fakeBrowser.notifications.create = create;
  fakeBrowser.alarms.create = alarmCreate as typeof fakeBrowser.alarms.create;
  vi.useRealTimers();

  c.notifications = person.shown;
  const per = (n: number) => Math.round((n / c.activeHours) * 100) / 100;
  c.perActiveHour = {
    alarmWakeupsBesidesPrompt: per(c.alarmWakeups - c.promptWakeups - c.waitWakeups),
    silentWakeups: per(c.silentWakeups),
    idleEvents: per(c.idleEvents),
    storageWrites: per(c.storageWrites),
    notifications: per(c.notifications),
    workerStarts: per(c.workerStarts),
  };
  return c;
}

/** The engine's stored prompt, if the design stores one. */
async function storedPrompt(): Promise<{ phase: string; nudges: number } | null | undefined> {
  const raw = (await fakeBrowser.storage.local.get('tracker')).tracker as { prompt?: { phase: string; nudges: number } | null } | undefined;
  return raw?.prompt;
}

import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXERCISES } from '../../content/exercises';
import { parseTracker, statusFromStored, type TrackerState } from '../../core/engine';
import type { UserAction } from '../../core/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings/settings';
import type { Status } from '../../core/engine/status-types';
import type { BackgroundApp, BackgroundDeps, WorkerDeed } from '../../entrypoints/background/background-app';
import { ALARM_NAME } from '../../entrypoints/background/ensure-alarm';
import { startBackground } from '../../entrypoints/background/start-background';
import { readSettings, saveSettings } from '../../utils/storage/settings-store';
import { ON_THE_DOT } from './engine-driver';
import { dropWorkerListeners, installFakePlatform, type FakePlatform } from './fake-platform';

export const MIN = 60_000;

// The fake browser's own create, wrapped once per test file (fakeBrowser.reset() keeps our wrapper).
let realCreate: typeof fakeBrowser.notifications.create | undefined;
let onCreate: (() => void) | null = null;

const noDeeds = (): Record<WorkerDeed, number> => ({ event: 0, change: 0, alarmFired: 0, notification: 0, alarmCreated: 0 });

/**
 * The one worker test harness: the real background (startBackground) on WXT's fake browser with a fake
 * clock, the worker-level twin of EngineDriver (tests/sim/day-driver.ts runs a whole day on its pieces). Alarms are delivered at their
 * time (or late, by hand); settings go through the settings store as the
 * options page writes them; requests go through the worker's handler as the
 * popup sends them. Create after fakeBrowser.reset() (tests/setup.ts).
 */
export class WorkerDriver {
  clock: number;
  platform: FakePlatform;
  /** What the running worker did since it started (its observer), e.g. `did.notification`. */
  did = noDeeds();
  /** Epoch ms of every notifications.create (a prompt, a re-show or a nudge). */
  readonly shown: number[] = [];
  private app: BackgroundApp | null = null;

  constructor(readonly t0: number) {
    this.clock = t0;
    this.platform = installFakePlatform();
    realCreate ??= fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    const create = realCreate;
    onCreate = () => this.shown.push(this.clock);
    fakeBrowser.notifications.create = ((...args: Parameters<typeof create>) => {
      onCreate?.();
      return create(...args);
    }) as typeof create;
  }

  /** A worker start (listeners registered, reconcile run), with the user at the screen. */
  async start(settings: Partial<Settings> = {}, opts: Partial<Pick<BackgroundDeps, 'firefox' | 'random' | 'pinned'>> = {}): Promise<this> {
    // The first start of a test stores the drivers' defaults (prompts on the dot) under its settings.
    const stored = await fakeBrowser.storage.sync.get('settings');
    if (Object.keys(settings).length > 0 || stored.settings === undefined) {
      await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), ...ON_THE_DOT, ...settings });
    }
    this.did = noDeeds();
    this.app = startBackground({
      now: () => this.clock,
      minuteMs: MIN,
      catalogue: EXERCISES,
      firefox: false,
      ...opts,
      observe: (deed) => (this.did[deed] += 1),
    });
    await this.app.settled();
    return this;
  }

  /** The worker killed (every listener gone, storage and alarms kept; writes counted afresh), then started again. */
  async restart(opts: { firefox?: boolean } = {}): Promise<this> {
    dropWorkerListeners();
    this.platform = installFakePlatform();
    this.app = null;
    return this.start({}, opts);
  }

  /** Resolves when the worker has handled every event it was given. */
  settled(): Promise<void> {
    return this.worker.settled();
  }

  /** A page's request, as the popup or the options page sends it. */
  request: BackgroundApp['handleRequest'] = (request) => this.worker.handleRequest(request);

  private get worker(): BackgroundApp {
    if (!this.app) throw new Error('start() the worker first');
    return this.app;
  }

  /** Fires our alarm `lateMs` after its time (the browser's delivery), returning its scheduled time. */
  async fireAlarm(lateMs = 0): Promise<number> {
    const alarm = await fakeBrowser.alarms.get(ALARM_NAME);
    if (!alarm) throw new Error('no alarm');
    this.clock = alarm.scheduledTime + lateMs;
    await fakeBrowser.alarms.clear(ALARM_NAME); // a one-shot alarm is gone once it fires
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await this.worker.settled();
    return alarm.scheduledTime;
  }

  /** Lets time run to t, our alarm firing on time whenever it comes due. */
  async runTo(t: number): Promise<this> {
    for (;;) {
      const alarm = await fakeBrowser.alarms.get(ALARM_NAME);
      if (!alarm || alarm.scheduledTime > t) break;
      await this.fireAlarm();
    }
    this.clock = Math.max(this.clock, t);
    return this;
  }

  /** The next alarm's time, or null. */
  async alarmAt(): Promise<number | null> {
    return (await fakeBrowser.alarms.get(ALARM_NAME))?.scheduledTime ?? null;
  }

  /** The options page saves a change. */
  async changeSettings(patch: Partial<Settings>): Promise<void> {
    await saveSettings({ ...(await readSettings()).settings, ...patch });
    await this.worker.settled();
  }

  /** The popup (or break window) sends an action. */
  async act(action: UserAction): Promise<void> {
    await this.worker.handleRequest({ type: 'action', action });
  }

  /** A tab starts or stops playing sound: tabs.onUpdated with the `audible` change. */
  async sound(on: boolean): Promise<void> {
    this.platform.audible = on;
    await fakeBrowser.tabs.onUpdated.trigger(9_001, { audible: on }, { id: 9_001, index: 0, audible: on } as never);
    await this.worker.settled();
  }

  /** The person switches tab (tabs.onActivated). */
  async switchTab(): Promise<void> {
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9_003, windowId: 1 });
    await this.worker.settled();
  }

  /** Chrome reports a new idle state. */
  async setIdle(state: 'active' | 'idle' | 'locked'): Promise<void> {
    await this.platform.setIdle(state);
    await this.worker.settled();
  }

  async tracker(): Promise<TrackerState> {
    return parseTracker((await fakeBrowser.storage.local.get('tracker')).tracker, this.clock);
  }

  /** What the popup would show now, from storage alone. */
  async status(): Promise<Status> {
    const stored = (await fakeBrowser.storage.local.get('tracker')).tracker;
    return statusFromStored(stored, (await readSettings()).settings, this.clock, MIN);
  }

  async history(): Promise<{ outcome: string; start: number; end: number; screenMs: number }[]> {
    const h = (await fakeBrowser.storage.local.get('history')).history as
      | { entries: { outcome: string; start: number; end: number; screenMs: number }[] }
      | undefined;
    return h?.entries ?? [];
  }

  async outcomes(): Promise<string[]> {
    return (await this.history()).map((e) => e.outcome);
  }

  badge(): Promise<string> {
    return fakeBrowser.action.getBadgeText({});
  }
}
